// A throwaway IMAP server for tests: Debian's dovecot (package dovecot-imapd, which
// .ci/run installs) started in the foreground with its own configuration in a
// temporary folder: one user in a passwd-file, a Maildir in the same folder,
// plaintext login on 127.0.0.1 only, a free port, no system paths. stop() ends the
// master (which ends its children) and removes the folder, so nothing stays behind.
//
// As root (CI, this machine) dovecot still drops privileges: its internal and login
// processes run as Debian's `dovecot` and `dovenull` users, and the mail user is
// `nobody`, which owns the Maildir. As another user everything runs as that user.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const DOVECOT_BINARY = process.env.DOVECOT_BINARY ?? "/usr/sbin/dovecot";

export type Dovecot = {
  host: string;
  port: number;
  user: string;
  password: string;
  /** imap://user:password@127.0.0.1:port/INBOX, the form IMAP_URL takes. */
  url: (mailbox?: string) => string;
  stop: () => Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when the server greets on `port` with "* OK"; rejects after `timeoutMs`. */
async function untilGreeting(port: number, master: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (master.exitCode !== null) throw new Error(`dovecot exited with code ${master.exitCode}`);
    const greeted = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.setTimeout(1_000);
      socket.once("data", (data) => {
        socket.end();
        resolve(data.toString("latin1").startsWith("* OK"));
      });
      socket.once("error", () => resolve(false));
      socket.once("timeout", () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (greeted) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot did not greet on port ${port} within ${timeoutMs} ms`);
}

function idOf(name: string, flag: "-u" | "-g"): number {
  return Number(execFileSync("id", [flag, name], { encoding: "utf8" }).trim());
}

function configuration(dir: string, port: number, asRoot: boolean): string {
  const me = os.userInfo();
  const myGroup = execFileSync("id", ["-gn"], { encoding: "utf8" }).trim();
  const mailUid = asRoot ? idOf("nobody", "-u") : me.uid;
  const mailGid = asRoot ? idOf("nobody", "-g") : me.gid;
  return `# Throwaway test configuration (tests/support/dovecot.ts); reads no system file.
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
instance_name = portal-test-${port}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${asRoot ? "dovecot" : me.username}
default_internal_group = ${asRoot ? "dovecot" : myGroup}
default_login_user = ${asRoot ? "dovenull" : me.username}
first_valid_uid = ${mailUid}
first_valid_gid = ${mailGid}
mail_location = maildir:${dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${mailUid} gid=${mailGid} home=${dir}/home/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`;
}

/** Starts a fresh dovecot; throws (never skips) when the binary is missing. */
export async function startDovecot(options: { user?: string; password?: string } = {}): Promise<Dovecot> {
  if (!fs.existsSync(DOVECOT_BINARY)) {
    throw new Error(`${DOVECOT_BINARY} is missing: install Debian's dovecot-imapd (apt-get install dovecot-imapd; .ci/run does) to run the IMAP tests.`);
  }
  const user = options.user ?? "replies";
  const password = options.password ?? "imap-test-password";
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-dovecot-"));
  // The mail user (nobody, as root) must reach its Maildir inside the folder.
  fs.chmodSync(dir, 0o755);
  for (const sub of ["run", "state", "mail", "home"]) fs.mkdirSync(path.join(dir, sub));
  fs.writeFileSync(path.join(dir, "users"), `${user}:{PLAIN}${password}::::::\n`, { mode: 0o644 });
  if (asRoot) {
    const uid = idOf("nobody", "-u");
    const gid = idOf("nobody", "-g");
    fs.chownSync(path.join(dir, "mail"), uid, gid);
    fs.chownSync(path.join(dir, "home"), uid, gid);
  }

  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const conf = path.join(dir, "dovecot.conf");
    fs.writeFileSync(conf, configuration(dir, port, asRoot));
    const master = spawn(DOVECOT_BINARY, ["-F", "-c", conf], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    master.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const exited = new Promise<void>((resolve) => master.once("exit", () => resolve()));
    try {
      await untilGreeting(port, master, 15_000);
    } catch (error) {
      lastError = new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}\n${readLog(dir)}`);
      if (master.exitCode === null) master.kill("SIGKILL");
      await exited;
      continue;
    }
    return {
      host: "127.0.0.1",
      port,
      user,
      password,
      url: (mailbox = "INBOX") => `imap://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(mailbox)}`,
      stop: async () => {
        if (master.exitCode === null) {
          master.kill("SIGTERM");
          const killer = setTimeout(() => master.kill("SIGKILL"), 10_000);
          await exited;
          clearTimeout(killer);
        }
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  throw lastError instanceof Error ? lastError : new Error("dovecot did not start");
}

function readLog(dir: string): string {
  try {
    return fs.readFileSync(path.join(dir, "dovecot.log"), "utf8").slice(-4_000);
  } catch {
    return "";
  }
}
