import { createHash } from "node:crypto";
import fs from "node:fs";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { MUNICIPALITY_SLUGS } from "../../lib/domain/catalog";
import { PUBLIC_PATHS } from "../../lib/public-pages";
import { withE2eDatabase } from "./support/database";
import { signIn } from "./support/staff";

// Security headers, the Content-Security-Policy in a real browser, cross-origin
// writes, and hostile stored input in the staff views (decision 0005).

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
const scriptSrc = (response: APIResponse) =>
  (response.headers()["content-security-policy"] ?? "").split("; ").find((d) => d.startsWith("script-src ")) ?? "";

function expectBaselineHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["x-frame-options"]).toBe("DENY");
  // The test server is plain http: HSTS would be meaningless, and is not sent.
  expect(h["strict-transport-security"]).toBeUndefined();
}

function expectStrictPolicy(response: APIResponse) {
  const policy = response.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(scriptSrc(response)).not.toMatch(/unsafe-inline|unsafe-eval/);
}

/** Every inline script of the document is allowed by the policy, by nonce or by hash. */
async function expectInlineScriptsAllowed(response: APIResponse) {
  const html = await response.text();
  const sources = scriptSrc(response);
  const inline = [...html.matchAll(/<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) => !/\ssrc=/.test(attrs!));
  expect(inline.length).toBeGreaterThan(0);
  for (const [, attrs, body] of inline) {
    const nonce = /nonce="([^"]+)"/.exec(attrs!)?.[1];
    const allowed = sources.includes(`'${sha256(body!)}'`) || (nonce !== undefined && sources.includes(`'nonce-${nonce}'`));
    expect(allowed, `inline script ${body!.slice(0, 60)}`).toBe(true);
  }
}

test.describe("response headers", () => {
  test("a cached public page: stored without scripts, so its policy names none, the same from the cache", async ({ request }) => {
    const first = await request.get("/en/about");
    const second = await request.get("/en/about");
    expect(second.status()).toBe(200);
    expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
    for (const response of [first, second]) {
      expectBaselineHeaders(response);
      expectStrictPolicy(response);
      // The route cache handler hashes whatever inline script a stored page has; content pages have none (decision 0026).
      expect(scriptSrc(response)).toBe("script-src 'self'");
      expect(await response.text()).not.toMatch(/<script/i);
    }
  });

  test("the directory comes from the cache; with filters it is rendered per request under the same address, also without scripts", async ({ request }) => {
    await request.get("/en/municipalities");
    const whole = await request.get("/en/municipalities");
    expect(whole.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(scriptSrc(whole)).not.toContain("nonce-");
    const filtered = await request.get("/en/municipalities?sector=hydrogen");
    expect(filtered.status()).toBe(200);
    expect(filtered.headers()["x-nextjs-cache"]).toBeUndefined();
    expectStrictPolicy(filtered);
    // A content page rendered per request loses its scripts as the cached ones do (decision 0026).
    expect(scriptSrc(filtered)).toBe("script-src 'self'");
    const html = await filtered.text();
    expect(html).toContain('<option value="hydrogen" selected="">');
    expect(html).not.toMatch(/<script/i);
  });

  test("a dynamic page: a fresh nonce on every response, on every script", async ({ request }) => {
    const first = await request.get("/en/inquiry/status");
    const second = await request.get("/en/inquiry/status");
    for (const response of [first, second]) {
      expect(response.status()).toBe(200);
      expectBaselineHeaders(response);
      expectStrictPolicy(response);
      await expectInlineScriptsAllowed(response);
    }
    const nonce = (r: APIResponse) => /'nonce-([^']+)'/.exec(scriptSrc(r))?.[1];
    expect(nonce(first)).toBeTruthy();
    expect(nonce(second)).not.toBe(nonce(first));
  });

  test("staff pages and the CSV export are never stored", async ({ page }) => {
    await signIn(page, "gateway@example.org");
    for (const path of ["/en/admin/inquiries", "/en/admin/outbox", "/en/admin/inquiries/export"]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      expectBaselineHeaders(response);
      expect(response.headers()["cache-control"], path).toContain("no-store");
    }
    const inbox = await page.request.get("/en/admin/inquiries");
    expectStrictPolicy(inbox);
    await expectInlineScriptsAllowed(inbox);
  });

  test("the sign-in page, an API route and a 404", async ({ request }) => {
    const signInPage = await request.get("/en/admin/sign-in");
    expect(signInPage.headers()["cache-control"]).toContain("no-store");
    expectStrictPolicy(signInPage);

    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expectBaselineHeaders(health);
    expect(health.headers()["cache-control"]).toBe("no-store");

    // The 404 page is a content page without scripts (decision 0026): its policy allows none.
    const missing = await request.get("/en/no-such-page");
    expect(missing.status()).toBe(404);
    expectBaselineHeaders(missing);
    expectStrictPolicy(missing);
    expect(scriptSrc(missing)).toBe("script-src 'self'");
    expect(await missing.text()).not.toContain("<script");
  });

  test("static assets", async ({ request }) => {
    // Content pages and the question pages load no script of Next.js's (decisions 0026, 0031); the status look-up does.
    const html = await (await request.get("/en/inquiry/status")).text();
    const chunk = /<script[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(chunk).toBeTruthy();
    const stepScript = /<script src="(\/generated\/inquiry-step-[A-Z0-9]+\.js)" defer>/.exec(await (await request.get("/en/inquiry")).text())?.[1];
    expect(stepScript).toBeTruthy();
    for (const path of [chunk!, stepScript!, "/icon.svg", "/robots.txt"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectBaselineHeaders(response);
    }
    // Named by its content: cached for a year, and a script file may run nothing itself.
    const script = await request.get(stepScript!);
    expect(script.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(script.headers()["content-security-policy"]).toContain("default-src 'none'");
    // A missing asset is answered with Next's HTML error page: it must run nothing.
    const missing = await request.get("/_next/static/chunks/no-such-chunk.js");
    expect(missing.status()).toBe(404);
    expectBaselineHeaders(missing);
    expect(missing.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(scriptSrc(missing)).toBe("");
  });
});

test.describe("cross-origin writes", () => {
  const FOREIGN = ["https://evil.example", "null", "http://[::1", "evil"];

  function actionId(name: string): string {
    const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
      node: Record<string, { exportedName?: string }>;
    };
    const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name)?.[0];
    if (!id) throw new Error(`no Server Action named ${name} in the build`);
    return id;
  }

  test("a Server Action called with a foreign, opaque or malformed Origin gets 403", async ({ request }) => {
    const id = actionId("signInAction");
    for (const origin of FOREIGN) {
      const response = await request.post("/en/admin/sign-in", {
        headers: { Origin: origin, "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
        data: "[{}]",
      });
      expect(response.status(), origin).toBe(403);
      expect(response.headers()["cache-control"]).toBe("no-store");
    }
  });

  test("a same-origin Server Action called with arguments no form sends answers without a server error", async ({ request, baseURL }) => {
    const calls: [string, string][] = [
      ["/en/admin/sign-in", "signInAction"],
      ["/en/admin/sign-in/code", "secondFactorAction"],
      ["/en/admin/invitation", "acceptInvitationAction"],
      ["/en/inquiry", "saveStep"],
      ["/en/inquiry/status", "lookUpStatus"],
      ["/en/admin/inquiries", "workflowAction"],
      ["/en/admin/staff", "setActiveAction"],
    ];
    for (const [path, name] of calls) {
      for (const args of ["[]", "[{}]", '["x", "y"]', "[{}, {}]", "[null, 1]"]) {
        const response = await request.post(path, {
          headers: { Origin: new URL(baseURL!).origin, "Next-Action": actionId(name), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
          data: args,
        });
        expect(response.status(), `${name}(${args})`).toBeLessThan(500);
      }
    }
  });

  test("the no-JavaScript form post is refused cross-origin and works same-origin", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/admin/sign-in");
    await page.locator("#email").fill("gateway@example.org");
    await page.locator("#password").fill("not the password");
    const fields = await page.locator("form").first().evaluate((form) => Object.fromEntries(new FormData(form as HTMLFormElement) as unknown as Iterable<[string, string]>));
    expect(Object.keys(fields).some((name) => name.startsWith("$ACTION"))).toBe(true);
    for (const origin of FOREIGN) {
      const response = await page.request.post("/en/admin/sign-in", { headers: { Origin: origin }, multipart: fields });
      expect(response.status(), origin).toBe(403);
    }
    const sameOrigin = await page.request.post("/en/admin/sign-in", { headers: { Origin: new URL(baseURL!).origin }, multipart: fields });
    expect(sameOrigin.status()).toBe(200);
    expect(await sameOrigin.text()).toContain("The email address or password is not right");
    await context.close();
  });

  test("a cached public page, which plain reads serve without the proxy, still refuses cross-origin writes", async ({ request }) => {
    for (const origin of FOREIGN) {
      expect((await request.post("/en/about", { headers: { Origin: origin }, form: { anything: "x" } })).status(), origin).toBe(403);
    }
    expect((await request.get("/en/about")).status()).toBe(200);
  });

  test("the inquiry endpoint refuses foreign origins and answers any body without a server error", async ({ request, baseURL }) => {
    for (const origin of FOREIGN) {
      const refused = await request.post("/api/inquiries", { headers: { Origin: origin }, form: { locale: "en", idempotencyKey: "x" }, maxRedirects: 0 });
      expect(refused.status(), origin).toBe(403);
    }
    const origin = new URL(baseURL!).origin;
    // No draft: back to the start of the journey, in the form's language.
    const start = await request.post("/api/inquiries", { headers: { Origin: origin }, form: { locale: "ja" }, maxRedirects: 0 });
    expect(start.status()).toBe(303);
    expect(start.headers().location).toBe("/ja/inquiry");
    expect(start.headers()["cache-control"]).toBe("no-store");
    const json = await request.post("/api/inquiries", { headers: { Origin: origin, Accept: "application/json" }, form: { locale: "xx" } });
    expect(await json.json()).toEqual({ location: "/de/inquiry" });
    const bodies: [string, string][] = [
      ["text/plain", "not a form"],
      ["multipart/form-data; boundary=x", "--y\r\ngarbage"],
      ["application/x-www-form-urlencoded", "%%%&locale=%E0%A4%A"],
      ["application/json", "{"],
    ];
    for (const [contentType, data] of bodies) {
      const response = await request.post("/api/inquiries", { headers: { Origin: origin, "Content-Type": contentType }, data, maxRedirects: 0 });
      expect(response.status(), contentType).toBeLessThan(500);
    }
  });

  test("route handlers get 403 cross-origin and their own answer otherwise", async ({ request }) => {
    for (const origin of FOREIGN) {
      expect((await request.post("/api/health", { headers: { Origin: origin } })).status(), origin).toBe(403);
    }
    expect((await request.post("/api/health")).status()).toBe(405);
    expect((await request.get("/api/health", { headers: { Origin: "https://evil.example" } })).status()).toBe(200);
  });
});

/** Collects CSP violations and dialogs from the moment the page is created. */
async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on("dialog", async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return async () => {
    const fromPage = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    return [...problems, ...fromPage];
  };
}

test.describe("the policy in the browser", () => {
  const pages = [...PUBLIC_PATHS, ...MUNICIPALITY_SLUGS.map((slug) => `/municipalities/${slug}`)];

  for (const locale of ["de", "ja", "en"]) {
    test(`no public page in ${locale} reports a violation`, async ({ page }) => {
      // Inline scripts are checked while the document is parsed, chunks when they load.
      const violations = await watch(page);
      for (const path of pages) {
        expect((await page.goto(`/${locale}${path}`, { waitUntil: "load" }))?.ok(), path).toBe(true);
        expect(await violations(), path).toEqual([]);
      }
    });
  }

  test("client-side navigation, the language switcher and form checks run", async ({ page }) => {
    const violations = await watch(page);
    // Content pages carry no script (decision 0026): their links are full page loads. The staff
    // sign-in page keeps Next's client code: a marker on window survives only a client-side
    // navigation, which needs hydrated React.
    await page.goto("/en/admin/sign-in", { waitUntil: "networkidle" });
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole("navigation", { name: "Choose language" }).getByRole("link", { name: "Deutsch" }).click();
    await expect(page).toHaveURL(/\/de\/admin\/sign-in$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    // The inquiry form checks in the browser before anything is sent.
    await page.goto("/en/inquiry", { waitUntil: "networkidle" });
    const posts: string[] = [];
    page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator('[role="alert"][aria-labelledby="error-summary-title"]')).toContainText("Select which direction");
    expect(posts).toEqual([]);

    // The directory filters (a GET form) on a dynamic page with a nonce.
    await page.goto("/en/municipalities", { waitUntil: "networkidle" });
    const filter = page.locator("main form select").first();
    await filter.selectOption({ index: 1 });
    const chosen = await filter.inputValue();
    await page.locator("main form button[type=submit]").first().click();
    await expect(page).toHaveURL(new RegExp(`/en/municipalities\\?.*=${chosen}`));
    expect(await violations()).toEqual([]);
  });

  test("staff pages report no violation and their forms work", async ({ page }) => {
    const violations = await watch(page);
    await signIn(page, "gateway@example.org");
    for (const path of ["/en/admin/inquiries", "/en/admin/outbox", "/ja/admin/inquiries"]) {
      await page.goto(path, { waitUntil: "networkidle" });
    }
    await page.goto("/en/admin/inquiries", { waitUntil: "networkidle" });
    await page.locator("tbody tr a").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/NT-\d{4}-\d{5}/);
    expect(await violations()).toEqual([]);
  });
});

const LONG_WORD = "W".repeat(10_000);
const RLO = "\u202E";
const PAYLOADS = {
  companyName: "<script>alert(1)</script> Hostile KK",
  companyNameLatin: '"><svg onload=alert(1)> Hostile KK',
  contactName: "<img src=x onerror=alert(1)> Hostile",
  description: `"><svg onload=alert(2)> <script>alert(2)</script> <img src=x onerror=alert(2)> ${"D".repeat(3000)} we would like to expand to NRW.`,
  note: `<script>alert(3)</script> ${RLO}etoN eliroh ${"N".repeat(4800)}`,
};

/** The staff views that show an inquiry's text. Adding a view is one line. */
const STAFF_VIEWS = (reference: string) => [
  `/en/admin/inquiries?q=${reference}`,
  `/en/admin/inquiries/${reference}`,
  `/ja/admin/inquiries/${reference}`,
  "/en/admin/outbox",
];

test.describe("hostile stored input", () => {
  test.describe.configure({ timeout: 180_000 });

  async function submitHostileInquiry(page: Page): Promise<string> {
    await page.goto("/en/inquiry", { waitUntil: "networkidle" });
    await page.locator("#field-direction").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/inquiry\/company$/);
    await page.locator("#field-companyName").fill(PAYLOADS.companyName);
    await page.locator("#field-companyNameLatin").fill(PAYLOADS.companyNameLatin);
    await page.locator("#field-hqCity").fill("Tokyo");
    await page.locator("#field-hqCountry").selectOption("JP");
    await page.locator("#field-sizeBand").check();
    await page.locator("#field-isStartup").check();
    await page.locator("#field-sectors").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/inquiry\/plans$/);
    await page.locator("#field-supportNeeds").check();
    await page.locator("#field-timeline").check();
    await page.locator("#field-description").fill(PAYLOADS.description);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/inquiry\/contact$/);
    await page.locator("#field-contactName").fill(PAYLOADS.contactName);
    await page.locator("#field-contactEmail").fill("hostile@example.jp");
    await page.locator("#field-contactPhone").fill("+81 3 1234 5678");
    await page.locator("#field-privacyConsent").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/inquiry\/check$/);
    // The form refuses journeys faster than INQUIRY_MIN_FILL_SECONDS (3 s), a bot's pace.
    await page.waitForTimeout(3_500);
    await page.getByRole("button", { name: "Send inquiry" }).click();
    const reference = ((await page.getByTestId("reference").textContent()) ?? "").trim();
    expect(reference).toMatch(/^NT-\d{4}-\d{5}$/);
    return reference;
  }

  async function expectInert(page: Page, what: string) {
    // Nothing the payloads would have created exists in the document.
    expect(await page.locator('img[src="x"], svg[onload], [onerror], [onload]').count(), what).toBe(0);
    // (The flight data scripts carry the payloads as JSON strings; an injected script is the payload itself.)
    const injectedScripts = await page.locator("script").evaluateAll((scripts) => scripts.filter((s) => /^\s*alert\(/.test(s.textContent ?? "")).length);
    expect(injectedScripts, what).toBe(0);
    // Every right-to-left override sits inside a bidi isolate (<bdi>, unicode-bidi:
    // isolate/plaintext, or FSI…PDI), so it cannot reorder the text around it.
    const overrides = await page.evaluate((rlo) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const leaks: string[] = [];
      let found = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        if (!text.includes(rlo) || ["SCRIPT", "STYLE", "TEMPLATE"].includes(node.parentElement?.tagName ?? "")) continue;
        found++;
        const isolatedInText = /[\u2066-\u2068][^\u2069]*\u202E/.test(text);
        let isolated = isolatedInText;
        for (let el = node.parentElement; el && !isolated; el = el.parentElement) {
          if (["isolate", "isolate-override", "plaintext"].includes(getComputedStyle(el).unicodeBidi)) isolated = true;
          if (getComputedStyle(el).display !== "inline" && !isolated) break;
        }
        if (!isolated) leaks.push(`${node.parentElement?.tagName}: ${text.slice(0, 40)}`);
      }
      return { found, leaks };
    }, RLO);
    expect(overrides.leaks, what).toEqual([]);
    return overrides.found;
  }

  test("renders inert, isolated and wrapped in every staff view", async ({ browser }) => {
    const applicant = await browser.newPage();
    const reference = await submitHostileInquiry(applicant);
    await applicant.close();

    // What the form refuses, but an imported or older record may hold.
    await withE2eDatabase((db) =>
      db.query(
        `UPDATE "Inquiry" SET "companyName" = "companyName" || $2, "contactName" = "contactName" || $3,
           "hqCity" = $4, "description" = "description" || $5 WHERE reference = $1`,
        [reference, ` ${RLO}evil ${LONG_WORD}`, ` ${RLO}evil`, LONG_WORD, `\n${RLO}evil ${LONG_WORD}`],
      ),
    );

    const page = await browser.newPage();
    const problems = await watch(page);
    await signIn(page, "gateway@example.org");
    await page.goto(`/en/admin/inquiries/${reference}`);
    await page.getByLabel("Note", { exact: true }).fill(PAYLOADS.note);
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByText(PAYLOADS.note.slice(0, 30))).toBeVisible();

    let overrides = 0;
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of STAFF_VIEWS(reference)) {
        const response = await page.goto(path, { waitUntil: "networkidle" });
        expect(response?.status(), path).toBe(200);
        await page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        // The payloads are there, as text.
        await expect(page.getByText(PAYLOADS.companyName).first(), path).toBeVisible();
        overrides += await expectInert(page, `${path} at ${width}px`);
        // No sideways scrolling; the message names the elements that stick out.
        const overflow = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          const wide = [...document.body.querySelectorAll("*")]
            .filter((el) => el.getBoundingClientRect().right > limit + 1 && !el.closest(".overflow-x-auto"))
            .map((el) => `${el.tagName}.${el.className}`.slice(0, 80));
          return { by: document.documentElement.scrollWidth - limit, wide: wide.slice(-5) };
        });
        expect(overflow.by, `${path} at ${width}px scrolls sideways: ${overflow.wide.join(" | ")}`).toBeLessThanOrEqual(0);
      }
    }
    // The detail views show the overrides; the check above was not vacuous.
    expect(overrides).toBeGreaterThan(0);

    const csv = await page.request.get(`/en/admin/inquiries/export?q=${reference}`);
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment/);
    expect(csv.headers()["x-content-type-options"]).toBe("nosniff");
    expect(await csv.text()).toContain("<script>alert(1)</script>");
    expect(await problems()).toEqual([]);
  });
});
