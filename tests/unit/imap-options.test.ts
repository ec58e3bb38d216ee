// IMAP_URL as documented in lib/env.ts and docs/deployment.md: TLS or not, default
// ports, URL-encoded user, password and mailbox, INBOX when the path is empty.
import { describe, expect, it } from "vitest";
import { imapOptions } from "@/lib/conversation/inbound/fetch";

describe("imapOptions", () => {
  it("reads imaps:// with an encoded user and mailbox", () => {
    const { options, mailbox } = imapOptions("imaps://replies%40agency.example:p%40ss%2Fw0rd@imap.agency.example/Antworten%2FPortal");
    expect(mailbox).toBe("Antworten/Portal");
    expect(options).toMatchObject({ host: "imap.agency.example", port: 993, secure: true, auth: { user: "replies@agency.example", pass: "p@ss/w0rd" }, logger: false });
  });

  it("reads imap:// with a port, and INBOX for an empty path", () => {
    const { options, mailbox } = imapOptions("imap://u:p@127.0.0.1:1143");
    expect(mailbox).toBe("INBOX");
    expect(options).toMatchObject({ host: "127.0.0.1", port: 1143, secure: false });
    expect(imapOptions("imap://u:p@[::1]/INBOX").options.host).toBe("::1");
    expect(imapOptions("imap://u:p@mail.example/").options.port).toBe(143);
  });
});
