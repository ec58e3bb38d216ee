// SIGKILL of the Next.js server in the middle of a submission load: after a
// restart, every inquiry whose sender saw the confirmation is stored exactly once,
// with its two mails, and nothing is stored twice.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fillInquiry, sendInquiry } from "../e2e/support/inquiry-form";
import { Portal } from "./support/portal";

const PORT = Number(process.env.RESILIENCE_PORT ?? 3160);
const WORKERS = 4;
const KILL_AFTER_CONFIRMED = 8;
// Bots are what the minimum fill time and the rate limit are for; this load is not one.
const ENV = { INQUIRY_MIN_FILL_SECONDS: "0", INQUIRY_RATE_LIMIT_PER_HOUR: "10000" };

test("a killed app server loses no confirmed inquiry and stores none twice", async ({ browser }) => {
  const run = randomUUID().slice(0, 8);
  const emailOf = (worker: number, n: number) => `load.${run}.${worker}.${n}@example.jp`;
  let portal = await Portal.start({ port: PORT, env: ENV });
  const { dataDir } = portal;
  try {
    const confirmed: { reference: string; email: string }[] = [];
    let stopLoad = false;
    const worker = async (id: number) => {
      const context = await browser.newContext({ baseURL: portal.baseURL, javaScriptEnabled: false });
      const page = await context.newPage();
      for (let n = 0; !stopLoad; n++) {
        const email = emailOf(id, n);
        try {
          await fillInquiry(page, "/ja/inquiry?municipality=essen", {
            companyName: `負荷試験株式会社 ${run}-${id}-${n}`,
            contactName: "山田 太郎",
            email,
            phone: "+81 3 5555 0101",
            description:
              "当社は水素パイプラインの監視センサーを開発しており、欧州の最初の顧客に近いルール地方にサービス拠点を設けたいと考えています。現地の研究機関との共同開発にも関心があります。",
          });
          confirmed.push({ reference: await sendInquiry(page), email });
        } catch {
          // The server went away mid-journey: this sender saw no confirmation.
        }
      }
      await context.close();
    };
    const load = Promise.all(Array.from({ length: WORKERS }, (_, id) => worker(id)));

    console.log(`[app-kill] load running with ${WORKERS} browsers`);
    await expect.poll(() => confirmed.length, { timeout: 120_000, intervals: [250] }).toBeGreaterThanOrEqual(KILL_AFTER_CONFIRMED);
    process.kill(portal.serverPid(), "SIGKILL");
    console.log(`[app-kill] server killed after ${confirmed.length} confirmations`);
    const exitCode = await portal.exited;
    stopLoad = true;
    await load;
    // The supervisor notices and stops PostgreSQL cleanly, reporting failure.
    expect(exitCode).not.toBe(0);
    expect(portal.output()).toMatch(/^\{"level":"error",.*"component":"start",.*"exit":"SIGKILL","msg":"the server exited; stopping"\}$/m);

    portal = await Portal.start({ port: PORT, dataDir, env: ENV });
    const rows = await portal.query<{ reference: string; contactEmail: string; mails: number }>(
      `SELECT i.reference, i."contactEmail", (SELECT count(*)::int FROM "OutboundMail" m WHERE m."inquiryId" = i.id) AS mails
         FROM "Inquiry" i WHERE i."contactEmail" LIKE $1`,
      [`load.${run}.%`],
    );
    const byEmail = Map.groupBy(rows, (row) => row.contactEmail);
    for (const { reference, email } of confirmed) {
      expect(byEmail.get(email), `${email} (${reference})`).toEqual([{ reference, contactEmail: email, mails: 2 }]);
    }
    // Unconfirmed attempts may or may not have reached the database, but never twice.
    for (const [email, stored] of byEmail) expect(stored.length, email).toBe(1);
    test.info().annotations.push({ type: "figures", description: `${confirmed.length} confirmed, ${rows.length} stored` });
  } finally {
    await portal.destroy();
  }
});
