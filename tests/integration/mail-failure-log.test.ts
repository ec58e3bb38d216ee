// A mail the SMTP server refuses is logged as one structured line (component "mail",
// the outbox id, the technical cause) that names no recipient: the server's reply
// quotes the address, and the log must not pass it on (no personal data in logs).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createSmtpTransport, deliverMail } from "@/lib/mail/deliver";

const RECIPIENT = "hanako.yamada@example.jp";
const SUBJECT = "お問い合わせを受け付けました（山田 花子 様）";
const TEXT = "山田 花子 様\n当社は協働ロボットを開発しています。";
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // A refusal that quotes the recipient, as real relays do.
    onRcptTo(address, _session, callback) {
      const error = new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`) as Error & { responseCode: number };
      error.responseCode = 550;
      callback(error);
    },
  });
  port = await new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port)));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a mail failure in the log", () => {
  it("is one JSON line with the mail's id and cause, and without its recipient, subject or text", async () => {
    const mail = await db().outboundMail.create({ data: { kind: "INQUIRY_CONFIRMATION", toAddress: RECIPIENT, locale: "ja", subject: SUBJECT, text: TEXT, status: "QUEUED" } });
    const written: string[] = [];
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`);
    let thrown: unknown;
    try {
      await deliverMail(db(), mail.id, { transport, finalAttempt: true });
    } catch (error) {
      thrown = error;
    } finally {
      stdout.mockRestore();
      transport.close();
    }
    // The relay's answer really quoted the address: a log that passed the error on would show it.
    expect(String((thrown as Error | undefined)?.message)).toContain(RECIPIENT);

    const lines = written.join("").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    const failure = lines.find((line) => line.component === "mail" && line.mailId === mail.id);
    expect(failure).toMatchObject({ level: "warn", kind: "INQUIRY_CONFIRMATION", attempt: 1, error: expect.stringMatching(/550/) });
    expect(failure!.msg).toMatch(/given up/);
    expect(new Date(String(failure!.time)).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const output = written.join("");
    for (const personal of [RECIPIENT, "hanako", "山田", SUBJECT, "協働ロボット"]) expect(output).not.toContain(personal);
    await expect(db().outboundMail.findUniqueOrThrow({ where: { id: mail.id } })).resolves.toMatchObject({ status: "FAILED", lastError: expect.not.stringContaining(RECIPIENT) });
  });
});
