// The outside probe of issue #14, replayed against the production build: each test is
// one finding, sent as an outside client would send it (plain HTTP, headers of its
// choosing, several source addresses). A regression of any fix fails here.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { STATUS_LOOKUPS_PER_HOUR } from "../../playwright.config";
import { withE2eDatabase } from "./support/database";
import { e2eServer } from "./support/server";
import { actionFields, lookUpStatus, multipart, postForm, send } from "./support/outside-client";
import { DEMO_PASSWORD, freshTotpCode, signIn } from "./support/staff";

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
  test("6 look-ups beyond the allowance, each with other X-Real-IP and X-Forwarded-For values, are refused; a second client is not affected", async () => {
    const attacker = "127.0.0.12";
    const bystander = "127.0.0.13";
    const allowance = STATUS_LOOKUPS_PER_HOUR;
    const fields = await actionFields("/en/inquiry/status", attacker);
    const outcomes: string[] = [];
    for (let i = 1; i <= allowance + 6; i++) {
      const spoofed = `198.51.100.${i}`;
      const answer = await lookUpStatus("NT-2026-99999", "nobody@example.org", { from: attacker, fields, headers: { "X-Real-IP": spoofed, "X-Forwarded-For": spoofed } });
      expect(answer.status).toBe(200);
      outcomes.push(answer.outcome);
    }
    // The allowance is INQUIRY_STATUS_RATE_LIMIT_PER_HOUR (20 by default, raised for this run in playwright.config.ts).
    expect(outcomes.slice(0, allowance).every((o) => o === "not found")).toBe(true);
    expect(outcomes.slice(allowance)).toEqual(Array(6).fill("rate limited"));
    // Another connection address has its own allowance, untouched by the flood.
    expect((await lookUpStatus("NT-2026-99999", "nobody@example.org", { from: bystander, fields })).outcome).toBe("not found");
    // ...and sending no address header at all does not fall into a shared bucket that the flood used up.
    expect((await lookUpStatus("NT-2026-99999", "nobody@example.org", { from: "127.0.0.14", fields })).outcome).toBe("not found");
  });
});

/** The Server Action id a no-JavaScript form carries in its hidden fields. */
const actionId = (fields: Record<string, string>) => Object.values(fields).join(" ").match(/[0-9a-f]{40,}/)?.[0] ?? "00";

/** The text of the form's error alert in a page's HTML (the page also carries its messages for the browser). */
const formAlert = (html: string) => (/<div role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "").replace(/<[^>]+>/g, " ");

test.describe("finding 4: nobody can lock an account's owner out", () => {
  const email = "gateway@example.org";
  const attacker = "127.0.0.21";
  const signInAs = (password: string, fields: Record<string, string>) => postForm("/en/admin/sign-in", { locale: "en", email, password }, { from: attacker, fields });

  test("an attacker's failures throttle the attacker only; refused attempts do not extend the wait", async ({ page }) => {
    const fields = await actionFields("/en/admin/sign-in", attacker);
    const answers: string[] = [];
    for (let i = 0; i < 9; i++) {
      const answer = await signInAs(`not the password ${i}`, fields);
      expect(answer.status).toBe(200);
      const alert = formAlert(answer.body);
      answers.push(alert.includes("Too many failed attempts") ? "locked" : alert.includes("is not right") ? "invalid" : "other");
    }
    expect(answers).toEqual([...Array(5).fill("invalid"), ...Array(4).fill("locked")]);
    // The owner, from their own connection, signs in while the attacker is locked out.
    await signIn(page, email);
    // A minute after the fifth failure the attacker may try again: the four refused attempts did not count.
    await withE2eDatabase((client) => client.query(`UPDATE "SignInAttempt" SET "createdAt" = "createdAt" - interval '61 seconds' WHERE "ipAddress" = $1`, [attacker]));
    expect(formAlert((await signInAs("not the password again", fields)).body)).toContain("is not right");
    // ...and the sixth failure doubles the wait.
    expect(formAlert((await signInAs("and again", fields)).body)).toContain("Wait 2 minutes");
  });
});

async function gatewayPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "gateway@example.org");
  return page;
}

test.describe("finding 5: every user-chosen period is bounded", () => {
  test("the probe's dashboard URL answers at once with a translated error; inbox and export too", async ({ browser }) => {
    test.setTimeout(60_000);
    const page = await gatewayPage(browser);
    const started = Date.now();
    const dashboard = await page.goto("/en/admin/dashboard?from=0001-01-01&to=9999-12-31");
    expect(dashboard?.status()).toBe(200);
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(page.locator("#f-period-error")).toHaveText("Enter dates between 1 January 2000 and 31 December 2099.");
    await expect(page.locator("#f-from")).toHaveValue("0001-01-01");
    await page.goto("/ja/admin/dashboard?to=2099-12-31");
    await expect(page.locator("#f-period-error")).toHaveText("期間は最長5年までです。開始日を遅くするか、終了日を早めてください。");
    await page.goto("/de/admin/inquiries?from=2000-01-01&to=2026-12-31");
    await expect(page.locator("#f-period-error")).toContainText("höchstens 5 Jahre");
    const csv = await page.request.get("/en/admin/inquiries/export?from=2026-12-31&to=2026-01-01");
    expect(csv.status()).toBe(400);
    expect(await csv.text()).toContain("The start date is after the end date.");
    await page.context().close();
  });
});

test.describe("finding 6: a TOTP code signs in once", () => {
  test("the same code from a second browser is refused", async ({ browser }) => {
    const email = "admin@example.org";
    const first = await (await browser.newContext()).newPage();
    await signIn(first, email); // enrols the account on its first sign-in in this run
    const secret = (JSON.parse(fs.readFileSync(path.join(e2eServer().dataDir, "test-totp-secrets.json"), "utf8")) as Record<string, string>)[email]!;
    const code = await freshTotpCode(email, secret);
    const results: string[] = [];
    for (const context of [await browser.newContext(), await browser.newContext()]) {
      const page = await context.newPage();
      await page.goto("/en/admin/sign-in");
      await page.locator("#email").fill(email);
      await page.locator("#password").fill(DEMO_PASSWORD);
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL(/\/admin\/sign-in\/code/);
      await page.locator("#code").fill(code);
      await page.locator('form button[type="submit"]').click();
      const alert = page.locator("form [role=alert]");
      await Promise.race([page.waitForURL((url) => !url.pathname.includes("/sign-in")), alert.waitFor()]);
      results.push(new URL(page.url()).pathname.includes("/sign-in") ? ((await alert.textContent()) ?? "") : "signed in");
      await context.close();
    }
    expect(results[0]).toBe("signed in");
    expect(results[1]).toContain("This code is not correct");
  });
});

test.describe("finding 7: odd input gets an ordinary answer, never a 500", () => {
  test("a NUL byte in the sign-in e-mail and in the status look-up", async () => {
    const from = "127.0.0.31";
    const signInAnswer = await postForm("/en/admin/sign-in", { locale: "en", email: "gateway\u0000@example.org", password: "x" }, { from });
    expect(signInAnswer.status).toBe(200);
    expect(formAlert(signInAnswer.body)).toContain("is not right");
    const status = await postForm("/en/inquiry/status", { locale: "en", reference: "NT-2026-00001", email: "a\u0000@example.org" }, { from });
    expect(status.status).toBe(200);
    expect(status.body).toContain('aria-invalid="true"');
  });

  test("a NUL byte in a staff note and in a return reason: the action's translated refusal", async ({ browser }) => {
    const held = await withE2eDatabase(async (client) => {
      const { rows } = await client.query<{ reference: string; slug: string }>(
        `SELECT i.reference, o.slug FROM "Assignment" a JOIN "Inquiry" i ON i.id = a."inquiryId" JOIN "Organisation" o ON o.id = a."organisationId"
         WHERE a.state = 'ACCEPTED' AND o.kind = 'MUNICIPALITY' AND i."anonymisedAt" IS NULL ORDER BY i.reference LIMIT 1`,
      );
      return rows[0]!;
    });
    const page = await (await browser.newContext()).newPage();
    await signIn(page, `${held.slug}@example.org`);
    await page.goto(`/en/admin/inquiries/${held.reference}`);
    for (const [selector, field] of [["#note-body", "body"], ["#return-reason", "reason"]] as const) {
      const fields = await page.locator(`form:has(${selector})`).evaluate((form) => Object.fromEntries(new FormData(form as HTMLFormElement) as unknown as Iterable<[string, string]>));
      const answer = await page.request.post(`/en/admin/inquiries/${held.reference}`, {
        headers: { Origin: new URL(e2eServer().baseURL).origin },
        multipart: { ...fields, [field]: "Bitte prüfen\u0000 Sie das." },
        maxRedirects: 0,
      });
      expect(answer.status(), field).toBe(303);
      expect(answer.headers().location, field).toContain("result=invalid");
    }
    await page.goto(`/en/admin/inquiries/${held.reference}?result=invalid#result`);
    await expect(page.locator("#result")).toContainText("Fill in the required fields of the action.");
    await page.context().close();
  });

  test("a NUL byte in an inquiry step gives that field's error and keeps the rest of what was typed", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/inquiry");
    await page.locator('input[name="direction"]').first().check();
    await page.locator('main form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/inquiry\/company$/);
    const fields = await page.locator("main form").evaluate((form) => Object.fromEntries(new FormData(form as HTMLFormElement) as unknown as Iterable<[string, string]>));
    const answer = await page.request.post("/en/inquiry/company", {
      headers: { Origin: new URL(e2eServer().baseURL).origin },
      multipart: { ...fields, companyName: "Kōbō\u0000 Lighting", hqCity: "Düsseldorf" },
    });
    expect(answer.status()).toBe(200);
    const html = await answer.text();
    expect(html).toMatch(/id="field-companyName"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="field-companyName"/);
    expect(html).toContain('value="Düsseldorf"');
    await context.close();
  });

  test("Server Action bodies over 1 MB, without a length, or undecodable get a 4xx", async () => {
    const fields = await actionFields("/en/inquiry/status");
    const origin = new URL(e2eServer().baseURL).origin;
    const big = await multipart({ ...fields, locale: "en", reference: "NT-2026-00001", email: "x".repeat(1_100_000) });
    expect((await send("/en/inquiry/status", { method: "POST", body: big.body, headers: { Origin: origin, "Content-Type": big.contentType } })).status).toBe(413);
    const chunked = await send("/en/inquiry/status", { method: "POST", body: big.body, headers: { Origin: origin, "Content-Type": big.contentType, "Transfer-Encoding": "chunked" } });
    expect(chunked.status).toBe(411);
    const id = actionId(fields);
    const bodies: [string, string][] = [
      ["text/plain;charset=UTF-8", "not a reply"],
      ["text/plain;charset=UTF-8", "[\"$Q\", "],
      ["multipart/form-data; boundary=x", "--y\r\ngarbage"],
    ];
    for (const [contentType, body] of bodies) {
      const answer = await send("/en/inquiry/status", { method: "POST", body, headers: { Origin: origin, "Content-Type": contentType, "Next-Action": id, Accept: "text/x-component" } });
      expect(answer.status, body).toBeGreaterThanOrEqual(400);
      expect(answer.status, body).toBeLessThan(500);
    }
  });

  test("OPTIONS on an existing build asset is no server error", async () => {
    const page = await send("/en/inquiry/status");
    const asset = /\/_next\/static\/[^"'\s]+\.js/.exec(page.body)?.[0];
    expect(asset).toBeTruthy();
    expect((await send(asset!)).status).toBe(200);
    expect((await send(asset!, { method: "OPTIONS" })).status).toBeLessThan(500);
  });

  test("Origin equal to PUBLIC_BASE_URL with another Host (a proxy rewriting Host) works", async () => {
    const fields = await actionFields("/en/inquiry/status");
    const proxied: Record<string, string>[] = [{ Host: "portal.internal:8080" }, { Host: "portal.internal:8080", "X-Forwarded-Host": new URL(e2eServer().baseURL).host, "X-Forwarded-Proto": "http" }];
    for (const headers of proxied) {
      const answer = await lookUpStatus("NT-2026-99999", "nobody@example.org", { from: "127.0.0.32", fields, headers });
      expect(answer.status, JSON.stringify(headers)).toBe(200);
      expect(answer.outcome).toBe("not found");
      // The same through the browser's script: a fetch with the Next-Action header.
      const fetched = await send("/en/inquiry/status", {
        method: "POST",
        from: "127.0.0.32",
        body: "[]",
        headers: { ...headers, Origin: new URL(e2eServer().baseURL).origin, "Next-Action": actionId(fields), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      });
      expect(fetched.status, `fetch ${JSON.stringify(headers)}`).toBe(200);
    }
  });
});

test.describe("finding 8: headers built from PUBLIC_BASE_URL, not from the request", () => {
  test("the Link header's alternates are the HTML's, whatever Host says", async () => {
    const answer = await send("/en/municipalities?sector=digital", { headers: { Host: "evil.example", "X-Forwarded-Host": "evil.example" } });
    expect(answer.status).toBe(200);
    const fromHeader = [...(String(answer.headers.link ?? "")).matchAll(/<([^>]+)>; rel="alternate"; hreflang="([^"]+)"/g)].map(([, url, tag]) => `${tag} ${url}`).sort();
    const fromHtml = [...answer.body.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map(([, tag, url]) => `${tag} ${url}`).sort();
    expect(fromHeader.length).toBe(4);
    expect(fromHeader).toEqual(fromHtml);
    expect(String(answer.headers.link)).not.toContain("evil.example");
  });
});

test.describe("behind a reverse proxy (TRUST_PROXY=1, PUBLIC_BASE_URL https)", () => {
  // A second server on the same build and database, configured as behind a TLS-terminating proxy,
  // on the spare port of the running test's server (playwright.config.ts).
  let port = 0;
  const publicBase = "https://portal.example";
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    const { dataDir, sparePort, portalEnv } = e2eServer();
    port = sparePort;
    const { user, password } = JSON.parse(fs.readFileSync(path.join(dataDir, "postgres-credentials.json"), "utf8")) as { user: string; password: string };
    const { port: dbPort } = JSON.parse(fs.readFileSync(path.join(dataDir, "postgres-owner.json"), "utf8")) as { port: number };
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("PORTAL_")));
    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port)], {
      env: { ...env, ...portalEnv, NODE_ENV: "production", DATABASE_URL: `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${dbPort}/portal`, PUBLIC_BASE_URL: publicBase, TRUST_PROXY: "1", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error("the second server did not start");
  });

  test.afterAll(() => {
    server?.kill("SIGTERM");
  });

  const viaProxy = (extra: Record<string, string> = {}) => ({ Host: `127.0.0.1:${port}`, "X-Forwarded-Host": "portal.example", "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9", ...extra });

  const proxiedLookUp = (headers: Record<string, string>) =>
    postForm(`http://127.0.0.1:${port}/en/inquiry/status`, { locale: "en", reference: "NT-2026-99999", email: "nobody@example.org" }, { headers: { Origin: publicBase, ...headers } });

  test("Server Actions work with X-Forwarded-Host/-Proto, and with a rewritten Host alone", async () => {
    const withForwarded = await proxiedLookUp(viaProxy());
    expect(withForwarded.status).toBe(200);
    expect(withForwarded.body).toContain("could not find");
    const hostRewritten = await proxiedLookUp({ Host: `127.0.0.1:${port}` });
    expect(hostRewritten.status).toBe(200);
    const id = actionId(await actionFields(`http://127.0.0.1:${port}/en/inquiry/status`));
    for (const headers of [viaProxy(), { Host: `127.0.0.1:${port}` }]) {
      const fetched = await send(`http://127.0.0.1:${port}/en/inquiry/status`, {
        method: "POST",
        body: "[]",
        headers: { ...headers, Origin: publicBase, "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      });
      expect(fetched.status, `fetch ${JSON.stringify(headers)}`).toBe(200);
    }
  });

  test("the language cookie is Secure and the Link header names the public origin", async () => {
    // next-intl sets the cookie when the page's language is not the one Accept-Language asks for.
    const page = await send(`http://127.0.0.1:${port}/en/municipalities?sector=digital`, { headers: { ...viaProxy(), "Accept-Language": "ja" } });
    expect(page.status).toBe(200);
    const cookie = (page.headers["set-cookie"] ?? []).find((c) => c.startsWith("NEXT_LOCALE="));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(String(page.headers.link)).toContain(`<${publicBase}/de/municipalities>; rel="alternate"; hreflang="x-default"`);
  });
});
