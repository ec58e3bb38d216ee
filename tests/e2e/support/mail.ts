// The mails the running test's portal server delivered in this run, as its SMTP server received them
// (tests/e2e/support/smtp-sink.ts writes each one to the server's mail folder, data/e2e/mail/ for
// the first server, as a raw .eml file).
import fs from "node:fs";
import path from "node:path";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { e2eServer } from "./server";

export type ReceivedMail = {
  file: string;
  raw: string;
  parsed: ParsedMail;
  /** Decoded subject and text. */
  subject: string;
  text: string;
  to: string[];
  replyTo: string[];
  contentLanguage: string | undefined;
  charset: string | undefined;
};

const cache = new Map<string, ReceivedMail>();

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address?.toLowerCase() ?? ""));

async function read(file: string): Promise<ReceivedMail> {
  const full = path.join(e2eServer().mailDir, file);
  const known = cache.get(full);
  if (known) return known;
  const raw = fs.readFileSync(full);
  const parsed = await simpleParser(raw);
  const contentType = parsed.headers.get("content-type") as { value: string; params?: Record<string, string> } | undefined;
  const mail: ReceivedMail = {
    file,
    raw: raw.toString("latin1"),
    parsed,
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    to: addresses(parsed.to),
    replyTo: addresses(parsed.replyTo),
    contentLanguage: parsed.headers.get("content-language") as string | undefined,
    charset: contentType?.params?.charset?.toLowerCase(),
  };
  cache.set(full, mail);
  return mail;
}

function files(): string[] {
  try {
    return fs.readdirSync(e2eServer().mailDir).filter((f) => f.endsWith(".eml")).sort();
  } catch {
    return [];
  }
}

/** Every mail received so far, in arrival order. */
export async function receivedMails(): Promise<ReceivedMail[]> {
  return Promise.all(files().map(read));
}

/** The mails received so far, to pass as `after` to `waitForMail` for the mail an action is about to send. */
export function mailMark(): Set<string> {
  return new Set(files());
}

export type MailMatch = {
  to: string;
  subject?: string | RegExp;
  text?: string | RegExp;
  /** Only mails received after this mark (see `mailMark`). */
  after?: Set<string>;
};

const matches = (value: string, expected: string | RegExp | undefined) =>
  expected === undefined || (typeof expected === "string" ? value.includes(expected) : expected.test(value));

/** Polls until a mail to `to` (whose subject and text match) has arrived; the oldest such mail. */
export async function waitForMail(match: MailMatch, timeoutMs = 20_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const file of files()) {
      if (match.after?.has(file)) continue;
      const mail = await read(file);
      if (mail.to.includes(match.to.toLowerCase()) && matches(mail.subject, match.subject) && matches(mail.text, match.text)) return mail;
    }
    if (Date.now() > deadline) {
      const seen = (await receivedMails()).filter((m) => !match.after?.has(m.file)).map((m) => `${m.to.join(",")}: ${m.subject}`);
      throw new Error(`no mail to ${match.to} matching ${String(match.subject ?? "")} ${String(match.text ?? "")} within ${timeoutMs} ms; received: ${JSON.stringify(seen)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
