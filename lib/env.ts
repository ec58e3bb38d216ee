// The one place that reads process.env. Everything else imports `env`.
import { z } from "zod";

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** External PostgreSQL. Unset: the start script runs an embedded PostgreSQL under DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Connections per app process. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** App processes `npm start` serves, on PORT, PORT+1, …, all on one database (behind a reverse proxy). */
  INSTANCES: z.coerce.number().int().min(1).max(16).default(1),
  /** Public origin used in canonical URLs, sitemap and mails. */
  PUBLIC_BASE_URL: z.url().optional(),
  /** Folder for the embedded database and other local state. */
  DATA_DIR: z.string().min(1).default("data"),
  /** Seed demo data even when NODE_ENV=production. */
  SEED_DEMO: flag,
  /** Promised business days until the first reply to an inquiry. */
  REPLY_BUSINESS_DAYS: z.coerce.number().int().min(1).max(60).default(10),
  /** Months after an inquiry is closed until its personal data is anonymised; also stated on /privacy. */
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** Business days a partner has to accept or return a forward; afterwards its staff are reminded once and the forward shows as overdue. */
  FORWARD_ACCEPT_BUSINESS_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  /** When the forward reminders are checked (cron, Europe/Berlin; once per installation). */
  FORWARD_REMINDER_CRON: z.string().regex(/^\S+( \S+){4}$/, "five cron fields").default("0 * * * *"),
  /** Whether a municipality's or the Tokyo partner's changes to public content need the gateway's approval before they are published ("gateway") or not ("none"). */
  CONTENT_APPROVAL: z.enum(["gateway", "none"]).default("gateway"),
  /** Months without activity after which an open inquiry is flagged to the gateway as stale (closed after RETENTION_MONTHS). */
  STALE_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /** Set by scripts/start.ts: the server exits when this supervising process is gone. */
  PORTAL_SUPERVISOR_PID: z.coerce.number().int().positive().optional(),
  /** Signs staff session cookies (32+ characters). Unset: scripts/start.ts keeps one in DATA_DIR. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** Password of the seeded demo accounts. */
  DEMO_PASSWORD: z.string().min(12).default("portal-demo-2026"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Log lines as JSON (one object per line) or for people; unset: pretty when stdout is a terminal, else JSON (lib/log.ts). */
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
  /** SMTP server for outgoing mail, e.g. smtp://user:pass@mail.example.org:587. Unset: mails stay in the outbox table. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** Seconds before the first retry of a mail the SMTP server did not take; later retries back off exponentially. */
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Sender of every mail the portal sends. */
  MAIL_FROM: z.string().min(3).default("NRW–Tokyo Portal <no-reply@nrw-tokyo.example.org>"),
  /** Where new inquiries are announced; unset: the gateway organisation's e-mail address. */
  GATEWAY_NOTIFY_EMAIL: z.email().optional(),
  /** An inquiry submitted sooner than this after its first step is treated as automated. */
  INQUIRY_MIN_FILL_SECONDS: z.coerce.number().int().min(0).max(3600).default(3),
  /** Inquiries one client IP may submit per hour. */
  INQUIRY_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(5),
  /** Status look-ups one client IP may make per hour. */
  INQUIRY_STATUS_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Days a conversation link in a mail to the applicant stays valid. */
  CONVERSATION_LINK_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Replies the applicant may send through the portal per client IP and hour. */
  CONVERSATION_REPLY_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(10),
  /**
   * Mailbox the applicants' e-mail replies arrive in, read every minute by the reply job
   * (lib/conversation/inbound/): imaps://user:password@host:993/INBOX (TLS), or
   * imap://user:password@host:143/INBOX (STARTTLS when the server offers it, else plain:
   * only for a server on the same host). User, password and mailbox are URL-encoded
   * (an @ in the user name is %40); the path is the mailbox, INBOX when empty.
   * Unset: no job, and mails to the applicant carry the handling organisation's
   * address as Reply-To. Needs REPLY_ADDRESS.
   */
  IMAP_URL: z.url({ protocol: /^imaps?$/ }).optional(),
  /**
   * The address whose mail lands in IMAP_URL's mailbox, e.g. replies@agency.example.
   * Mails to the applicant then say Reply-To: replies+<token>@agency.example, the token
   * naming and signing the inquiry (the server must deliver plus-addresses to the box).
   */
  REPLY_ADDRESS: z.email().optional(),
  /** Folder processed mail is moved to (created when missing); unset: it stays in the mailbox, flagged as read. */
  IMAP_PROCESSED_MAILBOX: z.string().min(1).max(200).optional(),
  /** Days the portal keeps a mail it fetched (an unmatched one with its text) before deleting it. */
  INBOUND_MAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(90),
  /** Months after an information event until its registrations are anonymised (counts kept); also stated on /privacy. */
  EVENT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(6),
  /** Event registrations one client IP may send per hour (the minimum fill time is INQUIRY_MIN_FILL_SECONDS). */
  EVENT_REGISTRATION_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(10),
  /** When reminders for events starting within 24 hours are sent (cron, Europe/Berlin; once per installation). */
  EVENT_REMINDER_CRON: z.string().regex(/^\S+( \S+){4}$/, "five cron fields").default("*/15 * * * *"),
  /** Behind your own reverse proxy: the client IP is the last X-Forwarded-For entry, the one the proxy appended (lib/security/client-ip.ts). */
  TRUST_PROXY: flag,
  /** Bearer token that reads /metrics (Prometheus; also /api/metrics); unset: the endpoint answers 404. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /**
   * A LibreTranslate server (self-hosted: the texts stay on the programme's servers), e.g.
   * http://127.0.0.1:5000. Unset, and no DEEPL_API_KEY: no engine; staff translate by hand
   * (lib/translation/, decision 0028). Wins over DeepL when both are set.
   */
  TRANSLATE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** LibreTranslate's api_key, if the server asks for one. */
  TRANSLATE_API_KEY: z.string().min(1).max(200).optional(),
  /** A DeepL API key: a free key (ending in ":fx") uses api-free.deepl.com, any other api.deepl.com. DeepL is a processor (Art. 28 GDPR): a contract first. */
  DEEPL_API_KEY: z.string().min(8).max(200).optional(),
  /** DeepL's address instead of the one the key implies (a forward proxy; the tests' engine). */
  DEEPL_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Which free texts may be sent to the engine, comma-separated: description, outcome (closing
   * summaries), forward (forwarding messages), return (return reasons), note (internal notes),
   * message (the conversation). Contact data is never sent, whatever this says.
   */
  TRANSLATE_FIELDS: z.string().regex(/^\s*[a-z]+(\s*,\s*[a-z]+)*\s*$/, "comma-separated field names").default("description,outcome,forward,return,withdrawal,note,message"),
  /** Seconds before the first retry of a text the engine did not translate (outage, 429); later retries back off up to 1 h. */
  TRANSLATE_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
})
  .refine((e) => !e.IMAP_URL || e.REPLY_ADDRESS, { path: ["REPLY_ADDRESS"], message: "IMAP_URL is set: REPLY_ADDRESS names the address that mailbox receives" })
  // replies+<42-character token> must fit the 64 characters of a local part (MAX_REPLY_LOCAL_PART).
  .refine((e) => !e.REPLY_ADDRESS || e.REPLY_ADDRESS.lastIndexOf("@") <= 21, { path: ["REPLY_ADDRESS"], message: "the part before @ may have at most 21 characters (a 42-character token is added)" });

export type Env = z.infer<typeof schema>;

function load(): Env {
  // An empty variable means "not set", as in most shells' `FOO= command`.
  const raw = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const result = schema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return result.data;
}

export const env = load();

export function publicBaseUrl(): string {
  return (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

/** Demo data is seeded outside production, or in production when SEED_DEMO=1. */
export function shouldSeedDemo(): boolean {
  return env.NODE_ENV !== "production" || env.SEED_DEMO;
}
