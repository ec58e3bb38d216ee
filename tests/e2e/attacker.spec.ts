// The outside probe of issue #14, replayed against the production build: each test is
// one finding, sent as an outside client would send it (plain HTTP, headers of its
// choosing, several source addresses). A regression of any fix fails here.
import { expect, test } from "@playwright/test";
import { withE2eDatabase } from "./support/database";
import { actionFields, lookUpStatus } from "./support/outside-client";

type Applicant = { reference: string; email: string };

/** An inquiry that still holds personal data, whose address has a dot before the "@" (for the "_" wildcard). */
async function someApplicant(): Promise<Applicant> {
  return withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ reference: string; contactEmail: string }>(
      `SELECT reference, "contactEmail" FROM "Inquiry" WHERE "anonymisedAt" IS NULL AND "contactEmail" ~ '^[a-z]+\\.[a-z]+@' ORDER BY reference LIMIT 1`,
    );
    if (!rows[0]) throw new Error("no demo inquiry to look up");
    return { reference: rows[0].reference, email: rows[0].contactEmail };
  });
}

test.describe("finding 1: the status look-up compares the e-mail exactly", () => {
  test("patterns and their case variants get the wrong-address answer; the right pair, in any case, finds the inquiry", async () => {
    const from = "127.0.0.11";
    const { reference, email } = await someApplicant();
    const fields = await actionFields("/en/inquiry/status", from);
    const wrong = await lookUpStatus(reference, "nobody@example.org", { from, fields });
    expect(wrong.outcome).toBe("not found");
    const [local, domain] = email.split("@") as [string, string];
    const probes = [
      "%@%",
      "%@%.%",
      `${local[0]}%@%`,
      `${local[0]!.toUpperCase()}%@%`,
      `%@${domain.toUpperCase()}`,
      local.replace(".", "_") + "@" + domain,
      (local.replace(".", "_") + "@" + domain).toUpperCase(),
      "_".repeat(local.length) + "@" + domain,
      `${email}%`,
      `%${email}`,
    ];
    for (const probe of probes) {
      const answer = await lookUpStatus(reference, probe, { from, fields });
      expect(answer.outcome, probe).toBe("not found");
      expect(answer.region, probe).toBe(wrong.region);
    }
    expect((await lookUpStatus(reference, email, { from, fields })).outcome).toBe("found");
    expect((await lookUpStatus(reference, email.toUpperCase(), { from, fields })).outcome).toBe("found");
  });
});

test.describe("findings 2 and 3: one allowance per connection, whatever the client says", () => {
  test("26 look-ups with 26 different X-Real-IP and X-Forwarded-For values are refused after the allowance; a second client is not affected", async () => {
    const attacker = "127.0.0.12";
    const bystander = "127.0.0.13";
    const fields = await actionFields("/en/inquiry/status", attacker);
    const outcomes: string[] = [];
    for (let i = 1; i <= 26; i++) {
      const spoofed = `198.51.100.${i}`;
      const answer = await lookUpStatus("NT-2026-99999", "nobody@example.org", { from: attacker, fields, headers: { "X-Real-IP": spoofed, "X-Forwarded-For": spoofed } });
      expect(answer.status).toBe(200);
      outcomes.push(answer.outcome);
    }
    // The default allowance is 20 an hour (INQUIRY_STATUS_RATE_LIMIT_PER_HOUR).
    expect(outcomes.slice(0, 20).every((o) => o === "not found")).toBe(true);
    expect(outcomes.slice(20)).toEqual(Array(6).fill("rate limited"));
    // Another connection address has its own allowance, untouched by the flood.
    expect((await lookUpStatus("NT-2026-99999", "nobody@example.org", { from: bystander, fields })).outcome).toBe("not found");
    // ...and sending no address header at all does not fall into a shared bucket that the flood used up.
    expect((await lookUpStatus("NT-2026-99999", "nobody@example.org", { from: "127.0.0.14", fields })).outcome).toBe("not found");
  });
});
