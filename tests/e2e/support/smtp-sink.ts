// The browser tests' SMTP server (playwright.config.ts starts it before the portal, whose
// SMTP_URL points here): every message it takes is written, as received, to
// E2E_MAIL_DIR/<arrival>.eml; tests/e2e/support/mail.ts reads them. It ends on SIGTERM
// or SIGINT (Playwright stopping its web servers) and when the process that started it is gone.
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

const port = Number(process.env.E2E_SMTP_PORT);
const dir = path.resolve(process.env.E2E_MAIL_DIR ?? "data/e2e/mail");
if (!Number.isInteger(port) || port <= 0) throw new Error("E2E_SMTP_PORT must be a port number");

fs.rmSync(dir, { recursive: true, force: true });
let received = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("error", callback);
    stream.on("end", () => {
      try {
        // The portal's start removes data/e2e after this server is up, so the folder is made on each write;
        // written under a temporary name and renamed, so a reader never sees half a message.
        fs.mkdirSync(dir, { recursive: true });
        const name = `${String(Date.now()).padStart(15, "0")}-${String(++received).padStart(6, "0")}.eml`;
        fs.writeFileSync(path.join(dir, `${name}.part`), Buffer.concat(chunks));
        fs.renameSync(path.join(dir, `${name}.part`), path.join(dir, name));
        callback();
      } catch (error) {
        callback(error as Error);
      }
    });
  },
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.on("SIGHUP", stop);
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 500).unref();

server.listen(port, "127.0.0.1", () => console.log(`e2e SMTP sink on 127.0.0.1:${port}, writing to ${dir}`));
