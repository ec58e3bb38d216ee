// Failover behind the documented nginx (docs/deployment.md): two instances on one
// PostgreSQL under a submission load; one instance's server is killed with SIGKILL
// and then started again, as systemd's Restart=always would. Every submission that
// got a success answer must be stored exactly once, nginx must route around the dead
// instance, and the survivor's readiness must stay 200 throughout.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fillInquiry, sendInquiry } from "../e2e/support/inquiry-form";
import { Portal } from "../resilience/support/portal";
import { instanceEnv, SharedDatabase, startInstances } from "./support/cluster";
import { Nginx } from "./support/nginx";

const BASE_PORT = Number(process.env.INSTANCES_PORT ?? 3141) + 2;
const NGINX_PORT = Number(process.env.INSTANCES_NGINX_PORT ?? 8141);
const WORKERS = 2;
const METRICS_TOKEN = "metrics-token-of-the-failover-run";

test("a killed instance behind nginx loses no confirmed inquiry, stores none twice, and the survivor stays ready", async ({ browser, playwright }) => {
  const run = randomUUID().slice(0, 8);
  const database = await SharedDatabase.start();
  const ports: [number, number] = [BASE_PORT, BASE_PORT + 1];
  let nginx: Nginx | undefined;
  let instances: Portal[] = [];
  try {
    nginx = await Nginx.start({ instancePorts: ports, httpsPort: NGINX_PORT, httpPort: NGINX_PORT + 1 });
    // The production settings of docs/deployment.md: behind the proxy, on its public origin.
    const env = instanceEnv(database, { TRUST_PROXY: "1", PUBLIC_BASE_URL: nginx.baseURL, INQUIRY_MIN_FILL_SECONDS: "0", INQUIRY_RATE_LIMIT_PER_HOUR: "10000", METRICS_TOKEN });
    instances = await startInstances(ports, env);
    const [victim, survivor] = instances as [Portal, Portal];

    // A cached page through the proxy (decision 0025): compressed once by each instance
    // and passed on as it is (nginx's own gzip must not compress it again), the same
    // bytes and tag from both instances, so a tag from one is revalidated by the other.
    const client = await playwright.request.newContext({ ignoreHTTPSErrors: true });
    const profile = `${nginx.baseURL}/de/municipalities/essen`;
    const brotli = { "Accept-Encoding": "br, gzip" };
    // Each instance compresses a payload once, in the background after its first request.
    const codings = async () => {
      const seen: (string | undefined)[] = [];
      for (let i = 0; i < 2; i++) seen.push((await client.get(profile, { headers: brotli })).headers()["content-encoding"]);
      return seen;
    };
    await expect.poll(codings, { timeout: 10_000, intervals: [200] }).toEqual(["br", "br"]);
    const answers: { encoding?: string; etag?: string; vary?: string; text: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const answer = await client.get(profile, { headers: brotli });
      answers.push({ encoding: answer.headers()["content-encoding"], etag: answer.headers().etag, vary: answer.headers().vary, text: await answer.text() });
    }
    for (const answer of answers) {
      expect(answer.encoding).toBe("br");
      expect(answer.vary).toContain("Accept-Encoding");
      expect(answer.text).toContain(">Essen</h1>");
    }
    expect(new Set(answers.map((a) => a.etag)).size).toBe(1);
    const revalidatedBy = () => new Set(nginx!.accessLog().filter((l) => l.status === 304).map((l) => l.upstreams)).size;
    for (let i = 0; i < 6 && revalidatedBy() < 2; i++) {
      expect((await client.get(profile, { headers: { ...brotli, "If-None-Match": answers[0]!.etag! } })).status()).toBe(304);
    }
    expect(revalidatedBy()).toBe(2);
    await client.dispose();

    // The survivor's readiness, every 200 ms for the whole test.
    const survivorHealth: number[] = [];
    let watching = true;
    const watch = (async () => {
      while (watching) {
        survivorHealth.push(await survivor.health());
        await new Promise((r) => setTimeout(r, 200));
      }
    })();

    const confirmed: { reference: string; email: string; at: number }[] = [];
    let stopLoad = false;
    const worker = async (id: number) => {
      const context = await browser.newContext({ baseURL: nginx!.baseURL, ignoreHTTPSErrors: true, javaScriptEnabled: false });
      const page = await context.newPage();
      for (let n = 0; !stopLoad; n++) {
        const email = `failover.${run}.${id}.${n}@example.jp`;
        try {
          await fillInquiry(page, "/en/inquiry?municipality=koeln", {
            companyName: `Failover Test K.K. ${run}-${id}-${n}`,
            contactName: "Kenji Mori",
            email,
            phone: "+81 3 5555 0104",
            description: "We develop battery recycling equipment and look for a pilot plant partner and a first office in North Rhine-Westphalia.",
          });
          confirmed.push({ reference: await sendInquiry(page), email, at: Date.now() });
        } catch {
          // This sender saw no confirmation (the instance died under its request): allowed.
        }
      }
      await context.close();
    };
    const load = Promise.all(Array.from({ length: WORKERS }, (_, id) => worker(id)));

    const started = Date.now();
    const mark = (what: string) => console.log(`[failover] ${((Date.now() - started) / 1000).toFixed(1)} s: ${what} (${confirmed.length} confirmed)`);
    await expect.poll(() => confirmed.length, { timeout: 90_000, intervals: [250] }).toBeGreaterThanOrEqual(2);
    process.kill(victim.serverPid(), "SIGKILL");
    mark("instance killed");
    const killedAt = Date.now();
    expect(await victim.exited).not.toBe(0);

    // nginx routes around the dead instance: submissions keep being confirmed.
    await expect.poll(() => confirmed.filter((c) => c.at > killedAt).length, { timeout: 60_000, intervals: [250] }).toBeGreaterThanOrEqual(3);
    mark("confirmed through the survivor alone");

    // Started again, as systemd would, on the same port and database.
    const restarted = await Portal.start({ port: ports[0], env });
    instances.push(restarted);
    const restartedAt = Date.now();
    mark("instance restarted");
    await expect
      .poll(() => nginx!.accessLog().filter((l) => l.upstreams.includes(`127.0.0.1:${ports[0]}`) && l.status < 400).length, { timeout: 30_000, intervals: [250] })
      .toBeGreaterThan(0);
    mark("nginx sends requests to the restarted instance again");
    await expect.poll(() => confirmed.filter((c) => c.at > restartedAt).length, { timeout: 60_000, intervals: [250] }).toBeGreaterThanOrEqual(1);
    stopLoad = true;
    await load;
    watching = false;
    await watch;

    const rows = await database.query<{ reference: string; contactEmail: string }>(`SELECT reference, "contactEmail" FROM "Inquiry" WHERE "contactEmail" LIKE $1`, [`failover.${run}.%`]);
    const byEmail = Map.groupBy(rows, (row) => row.contactEmail);
    for (const { reference, email } of confirmed) expect(byEmail.get(email), `${email} (${reference})`).toEqual([{ reference, contactEmail: email }]);
    for (const [email, stored] of byEmail) expect(stored.length, email).toBe(1);
    expect(survivorHealth.length).toBeGreaterThan(20);
    expect(survivorHealth.filter((status) => status !== 200)).toEqual([]);
    // Requests went through the documented proxy to both instances, with an id each.
    const log = nginx.accessLog();
    expect(log.filter((l) => l.upstreams.includes(`127.0.0.1:${ports[1]}`)).length).toBeGreaterThan(0);
    expect(log.every((l) => /^[0-9a-f]{32}$/.test(l.id))).toBe(true);
    // The figures answer the token on an instance's own port, and never through the public proxy (section 6).
    const authorization = { Authorization: `Bearer ${METRICS_TOKEN}` };
    expect((await fetch(`${survivor.baseURL}/metrics`, { headers: authorization })).status).toBe(200);
    const outside = await playwright.request.newContext({ ignoreHTTPSErrors: true });
    for (const path of ["/metrics", "/api/metrics"]) expect((await outside.get(`${nginx.baseURL}${path}`, { headers: authorization, maxRedirects: 0 })).status(), path).toBe(404);
    await outside.dispose();
    test.info().annotations.push({
      type: "figures",
      description: `${confirmed.length} confirmed (${confirmed.filter((c) => c.at > killedAt && c.at < restartedAt).length} while one instance was dead), ${rows.length} stored, survivor ready in ${survivorHealth.length}/${survivorHealth.length} checks`,
    });
  } finally {
    await Promise.all(instances.map((portal) => portal.destroy()));
    await nginx?.stop();
    await database.stop();
  }
});
