// Issue 24, item 14: backup codes without look-alike characters, in the format the hint describes.
import { describe, expect, it } from "vitest";
import de from "@/messages/account/de.json";
import en from "@/messages/account/en.json";
import ja from "@/messages/account/ja.json";
import { BACKUP_CODE_ALPHABET, generateBackupCodes, matchBackupCode } from "@/lib/auth/backup-codes";

const FORMAT = /^[a-z2-9]{5}-[a-z2-9]{5}$/;

describe("backup codes", () => {
  it("are ten lower-case characters in two groups of five, never 0, o, 1, l or i", () => {
    const codes = Array.from({ length: 200 }, () => generateBackupCodes()).flat();
    expect(codes).toHaveLength(2000);
    for (const code of codes) {
      expect(code).toMatch(FORMAT);
      expect(code).not.toMatch(/[0o1li]/);
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(BACKUP_CODE_ALPHABET).toHaveLength(31);
    // Every character of the alphabet is used: no bias towards a part of it.
    expect(new Set(codes.join("").replace(/-/g, ""))).toEqual(new Set(BACKUP_CODE_ALPHABET));
  });

  it("are matched whatever the case, spaces or hyphen the person typed", () => {
    const stored = ["k7m2p-x9rta", "AbC3x-9kQ1l"];
    expect(matchBackupCode("K7M2P X9RTA", stored)).toBe("k7m2p-x9rta");
    expect(matchBackupCode("k7m2px9rta", stored)).toBe("k7m2p-x9rta");
    expect(matchBackupCode("ｋ７ｍ２ｐ－ｘ９ｒｔａ", stored)).toBe("k7m2p-x9rta");
    // Codes of accounts enrolled before the new alphabet still work.
    expect(matchBackupCode("abc3x-9kq1l", stored)).toBe("AbC3x-9kQ1l");
    expect(matchBackupCode("k7m2p-x9rtb", stored)).toBeUndefined();
    expect(matchBackupCode("", stored)).toBeUndefined();
  });

  it("are described in the hint in the format they have", () => {
    for (const messages of [de, ja, en]) {
      const example = /[a-z2-9]{5}-[a-z2-9]{5}/.exec(messages.account.secondFactor.hint)?.[0];
      expect(example).toMatch(FORMAT);
      expect(example).not.toMatch(/[0o1li]/);
    }
  });
});
