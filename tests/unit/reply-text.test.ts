// The new part of an e-mail reply: quote headers of Gmail, Outlook and Apple Mail in
// German, Japanese and English, ">" quotes and signatures are removed.
import { describe, expect, it } from "vitest";
import { extractReply, MAX_INPUT } from "@/lib/conversation/inbound/reply-text";

const quoted = "> 山田商事株式会社\n> 山田 花子 様\n>\n> NRW.Global Business からメッセージがあります。\n";

describe("extractReply", () => {
  it("cuts Gmail's Japanese quote header", () => {
    const text = `ご連絡ありがとうございます。\n来週の面談、よろしくお願いいたします。\n\n2026年12月2日(水) 10:00 NRW.Global Business <replies+abc@agency.example>:\n${quoted}`;
    expect(extractReply(text)).toBe("ご連絡ありがとうございます。\n来週の面談、よろしくお願いいたします。");
  });

  it("cuts Gmail's Japanese header when the address wrapped onto the next line", () => {
    const text = `承知しました。\n\n2026年12月2日(水) 10:00 NRW.Global Business <\nreplies+abc@agency.example>:\n${quoted}`;
    expect(extractReply(text)).toBe("承知しました。");
  });

  it("cuts Apple Mail's Japanese header", () => {
    const text = `了解です。\n\n2026/12/02 10:00、NRW.Global Business <replies+abc@agency.example>のメール：\n\n${quoted}`;
    expect(extractReply(text)).toBe("了解です。");
  });

  it("cuts Outlook's Japanese separator and header block", () => {
    const separator = "はい、参加します。\n\n-----元のメッセージ-----\n差出人: NRW.Global Business <replies@agency.example>\n送信日時: 2026年12月2日 10:00\n件名: 照会 NT-2026-00012\n\n本文";
    expect(extractReply(separator)).toBe("はい、参加します。");
    const block = "はい、参加します。\n\n________________________________\n差出人: NRW.Global Business\n送信日時: 2026年12月2日 10:00\n宛先: 山田 花子\n\n本文";
    expect(extractReply(block)).toBe("はい、参加します。");
  });

  it("cuts Gmail's German header, also wrapped, and keeps the greeting", () => {
    const text = "Vielen Dank, wir kommen gern.\n\nBeste Grüße\nAnna Schmidt\n\nAm Mi., 2. Dez. 2026 um 10:00 Uhr schrieb NRW.Global Business <\nreplies+abc@agency.example>:\n> Guten Tag Anna Schmidt,\n> alter Text";
    expect(extractReply(text)).toBe("Vielen Dank, wir kommen gern.\n\nBeste Grüße\nAnna Schmidt");
  });

  it("cuts Outlook's German separator and header block without addresses", () => {
    expect(extractReply("Passt gut.\n\n-----Ursprüngliche Nachricht-----\nVon: NRW.Global Business\nGesendet: Mittwoch, 2. Dezember 2026 10:00\nAn: Anna\nBetreff: Anfrage\n\nalt")).toBe("Passt gut.");
    expect(extractReply("Passt gut.\n\nVon: NRW.Global Business\nGesendet: Mittwoch, 2. Dezember 2026 10:00\nAn: Anna\n\nalt")).toBe("Passt gut.");
  });

  it("cuts English Gmail, Apple Mail and Outlook headers", () => {
    expect(extractReply("Thanks!\n\nOn Wed, Dec 2, 2026 at 10:00 AM NRW.Global Business <replies+abc@agency.example> wrote:\n> hello")).toBe("Thanks!");
    expect(extractReply("Thanks!\n\nOn 2 Dec 2026, at 10:00, NRW.Global Business <replies@agency.example> wrote:\n\n> hello")).toBe("Thanks!");
    expect(extractReply("Thanks!\n\n-----Original Message-----\nFrom: NRW.Global Business\nSent: Wednesday, December 2, 2026 10:00 AM\nTo: John\n\nold")).toBe("Thanks!");
  });

  it("drops the '-- ' signature and 'Sent from my iPhone'", () => {
    expect(extractReply("We would like to visit in March.\n\n-- \nJohn Smith\nACME Corp.\n+1 555 0100")).toBe("We would like to visit in March.");
    expect(extractReply("Sounds good.\n\nSent from my iPhone")).toBe("Sounds good.");
  });

  it("keeps a reply that has no quote at all", () => {
    expect(extractReply("  Just one line.  \r\n")).toBe("Just one line.");
  });

  it("answers empty when the mail only quotes", () => {
    expect(extractReply(`\n\nOn Wed, Dec 2, 2026 at 10:00 AM NRW <a@b.example> wrote:\n> hello`)).toBe("");
  });

  it("stays fast on hostile input", () => {
    const started = Date.now();
    extractReply(`On ${"a ".repeat(MAX_INPUT)}`);
    extractReply(`Op ${"x\n".repeat(MAX_INPUT / 2)}`);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
