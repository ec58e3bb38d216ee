// The Caddy example of docs/deployment.md section 6, as written: Debian's Caddy must
// accept it (`caddy validate`), and its JSON form (`caddy adapt`) must proxy to both
// instances with the readiness check, pass and return a request id, and answer 404
// for the metrics addresses. Caddy is not run in front of instances (nginx is).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const DEPLOYMENT_MD = path.resolve(import.meta.dirname, "../../docs/deployment.md");

test("the documented Caddyfile is valid for Caddy and proxies, checks and protects as the text says", () => {
  const block = /```caddyfile\n([\s\S]*?)```/.exec(fs.readFileSync(DEPLOYMENT_MD, "utf8"))?.[1];
  expect(block, "docs/deployment.md has a ```caddyfile block").toBeTruthy();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-caddy-"));
  try {
    const file = path.join(dir, "Caddyfile");
    fs.writeFileSync(file, block!);
    // Caddy keeps its state under HOME/XDG folders: a throwaway one, so that nothing stays behind.
    const env = { ...process.env, HOME: dir, XDG_DATA_HOME: path.join(dir, "data"), XDG_CONFIG_HOME: path.join(dir, "config") };
    const validated = execFileSync("caddy", ["validate", "--adapter", "caddyfile", "--config", file], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(validated).toContain("Valid configuration");

    const json = execFileSync("caddy", ["adapt", "--adapter", "caddyfile", "--config", file], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const config = JSON.parse(json) as { apps: { http: { servers: Record<string, { listen: string[]; routes: unknown[] }> } } };
    const [server] = Object.values(config.apps.http.servers);
    expect(server!.listen).toEqual([":443"]);
    const text = JSON.stringify(server!.routes);
    expect(text).toContain('"host":["portal.example.org"]');
    const proxy = JSON.stringify(server!.routes).match(/\{"handler":"reverse_proxy".*?"upstreams":\[[^\]]*\]\}/)?.[0];
    expect(proxy, "a reverse_proxy handler").toBeTruthy();
    expect(proxy).toContain('"upstreams":[{"dial":"127.0.0.1:3001"},{"dial":"127.0.0.1:3002"}]');
    expect(proxy).toContain('"uri":"/api/health/ready"');
    expect(proxy).toContain('"X-Request-Id":["{http.request.uuid}"]');
    for (const address of ["/metrics", "/api/metrics"]) {
      expect(text).toContain(`{"handle":[{"handler":"static_response","status_code":404}],"match":[{"path":["${address}"]}]}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
