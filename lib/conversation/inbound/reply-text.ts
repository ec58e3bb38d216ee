// What the applicant wrote in an e-mail reply, without the quoted history and the
// signature: as well as reasonably possible, since mail programs mark neither.
//
// Two passes. First our own cut at the first quote header that email-reply-parser
// (crisp-oss, the maintained port of GitHub's parser) does not know, or knows only
// with an address on the same line: Gmail's Japanese "2026年12月2日(水) 10:00 名前
// <…>:", Apple Mail's Japanese "2026/12/02 10:00、名前 <…>のメール：", Outlook's
// "-----元のメッセージ-----" and its header block without addresses
// ("From: NRW Global" / "Sent: …", "Von:" / "Gesendet:", "差出人:" / "送信日時:"), and
// "On … wrote:" / "Am … schrieb …:" when the client wrapped the line. Then the library
// drops ">" quotes, its own quote headers (English, German and more) and signatures
// ("-- ", "Sent from my iPhone", "Regards", …). What is left is trimmed; an empty
// result means the mail held nothing new (the caller then does not file it alone).
//
// Input is cut to MAX_INPUT characters first: the library's patterns backtrack, and a
// reply longer than that could not be filed whole anyway (MESSAGE_MAX_LENGTH).
// Not server-only: pure, and unit-tested (tests/unit/reply-text.test.ts).
import EmailReplyParser from "email-reply-parser";

export const MAX_INPUT = 16_000;

const ONE_LINE_HEADERS: readonly RegExp[] = [
  // Gmail (ja): 2026年12月2日(水) 10:00 NRW.Global Business <replies+…@agency.example>:
  /^\s*\d{4}年\s*\d{1,2}月\s*\d{1,2}日.*[:：]\s*$/,
  // Apple Mail (ja): 2026/12/02 10:00、NRW.Global Business <…>のメール：
  /^\s*\d{4}\/\d{1,2}\/\d{1,2}.*の(メール|メッセージ)\s*[:：]\s*$/,
  // Outlook separators (ja, de, en)
  /^\s*-{2,}\s*(元のメッセージ|Original Message|Ursprüngliche Nachricht|Originalnachricht)\s*-{2,}\s*$/i,
  // Gmail and Apple Mail (en, de), also when wrapped onto a second line (joined below)
  /^\s*On\s.{1,300}\swrote:\s*$/,
  /^\s*Am\s.{1,300}\sschrieb\s.{1,300}:\s*$/,
];

const HEADER_FROM = /^\s*\*?(From|Von|差出人|送信者)\s*\*?\s*[:：]/i;
const HEADER_SENT = /^\s*\*?(Sent|Date|Gesendet|Datum|送信日時|日時)\s*\*?\s*[:：]/i;
const SEPARATOR = /^\s*([-_=━─*]\s*){2,}$/;

/** The line where the quoted history starts, or -1. */
export function quoteStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const joined = i + 1 < lines.length ? `${line} ${lines[i + 1]!.trim()}` : line;
    if (ONE_LINE_HEADERS.some((header) => header.test(line) || (line.trim() !== "" && header.test(joined)))) return i;
    if (HEADER_FROM.test(line) && lines.slice(i + 1, i + 5).some((next) => HEADER_SENT.test(next))) return i;
  }
  return -1;
}

/** The new part of a reply: quoted history and signature removed, trimmed. */
export function extractReply(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").slice(0, MAX_INPUT).split("\n");
  const start = quoteStart(lines);
  const own = start >= 0 ? lines.slice(0, start) : lines;
  // An Outlook block often opens with a line of underscores: it belongs to the quote.
  while (own.length > 0 && (own.at(-1)!.trim() === "" || SEPARATOR.test(own.at(-1)!))) own.pop();
  const visible = new EmailReplyParser().read(own.join("\n")).getVisibleText();
  const kept = visible.split("\n");
  while (kept.length > 0 && (kept.at(-1)!.trim() === "" || SEPARATOR.test(kept.at(-1)!))) kept.pop();
  return kept.join("\n").trim();
}
