// A real nginx (Debian's) running the site of docs/deployment.md section 6 as it is
// written there. Only what must differ on a test machine is replaced, each by an
// exact string: the instances' ports, the two listen ports, the certificate (a
// self-signed one made here) and the server name. The rest of nginx.conf (paths of
// a throwaway folder, a log format with the upstream address) wraps the site.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const DEPLOYMENT_MD = path.resolve(import.meta.dirname, "../../../docs/deployment.md");

/** The first ```nginx block of docs/deployment.md. */
export function documentedSite(): string {
  const block = /```nginx\n([\s\S]*?)```/.exec(fs.readFileSync(DEPLOYMENT_MD, "utf8"))?.[1];
  if (!block) throw new Error("docs/deployment.md has no ```nginx block");
  return block;
}

function replaceExactly(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`docs/deployment.md's nginx site no longer contains "${from}"; update tests/instances/support/nginx.ts`);
  return text.replaceAll(from, to);
}

export type NginxOptions = { instancePorts: [number, number]; httpsPort: number; httpPort: number };

export class Nginx {
  private constructor(
    readonly dir: string,
    private readonly master: ChildProcess,
    readonly baseURL: string,
  ) {}

  static async start(options: NginxOptions): Promise<Nginx> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-nginx-"));
    fs.chmodSync(dir, 0o755);
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")], { stdio: "ignore" });

    let site = documentedSite();
    site = replaceExactly(site, "server 127.0.0.1:3001 ", `server 127.0.0.1:${options.instancePorts[0]} `);
    site = replaceExactly(site, "server 127.0.0.1:3002 ", `server 127.0.0.1:${options.instancePorts[1]} `);
    site = replaceExactly(site, "listen 80;", `listen 127.0.0.1:${options.httpPort};`);
    site = replaceExactly(site, "listen 443 ssl http2;", `listen 127.0.0.1:${options.httpsPort} ssl http2;`);
    site = replaceExactly(site, "/etc/letsencrypt/live/portal.example.org/fullchain.pem", path.join(dir, "cert.pem"));
    site = replaceExactly(site, "/etc/letsencrypt/live/portal.example.org/privkey.pem", path.join(dir, "key.pem"));
    site = replaceExactly(site, "server_name portal.example.org;", "server_name localhost;");

    const conf = `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
    log_format upstreams '$request_id $status $request_method $uri $upstream_addr';
    access_log ${dir}/access.log upstreams;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${site}
}
`;
    fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
    execFileSync("nginx", ["-t", "-q", "-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "pipe" });
    const master = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf")], { detached: true, stdio: ["ignore", "ignore", "pipe"] });
    const nginx = new Nginx(dir, master, `https://localhost:${options.httpsPort}`);
    for (let i = 0; i < 100 && !fs.existsSync(path.join(dir, "nginx.pid")); i++) await new Promise((r) => setTimeout(r, 50));
    if (!fs.existsSync(path.join(dir, "nginx.pid"))) {
      await nginx.stop();
      throw new Error(`nginx did not start: ${fs.readFileSync(path.join(dir, "error.log"), "utf8")}`);
    }
    return nginx;
  }

  /** Lines of the access log: request id, status, method, path, the instance(s) tried. */
  accessLog(): { id: string; status: number; method: string; uri: string; upstreams: string }[] {
    const file = path.join(this.dir, "access.log");
    if (!fs.existsSync(file)) return [];
    return fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [id = "", status = "0", method = "", uri = "", ...rest] = line.split(" ");
        return { id, status: Number(status), method, uri, upstreams: rest.join(" ") };
      });
  }

  /** Stops master and workers (SIGTERM, then SIGKILL of the group) and removes the folder. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.master.exitCode !== null || this.master.signalCode !== null ? resolve() : this.master.once("exit", () => resolve())));
    try {
      process.kill(-this.master.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-this.master.pid!, "SIGKILL");
      } catch {
        // gone
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
