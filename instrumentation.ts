// Runs once when a Next.js server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { watchSupervisor } = await import("./lib/server/supervision");
  watchSupervisor();
  // Request ids (on every log line written while a request is answered), one log line per request, and the figures of /metrics.
  const { installRequestObserver } = await import("./lib/server/request-observer");
  installRequestObserver();
  // Tag revalidations and organisation changes from other instances (decision 0015).
  const { env } = await import("./lib/env");
  const { startInvalidationListener } = await import("./lib/cache/invalidation");
  if (env.DATABASE_URL) void startInvalidationListener(env.DATABASE_URL);
  // One log line in production while the imprint's legal details are unfilled (lib/content/, issue #19).
  const { warnAboutUnfilledLegalDetails } = await import("./lib/content/startup-check");
  void warnAboutUnfilledLegalDetails();
  // Delivers queued mails when SMTP_URL is set; idempotent, at most one worker per process.
  const { ensureMailWorker } = await import("./lib/mail/worker");
  void ensureMailWorker();
  // The daily data-retention job (anonymisation after RETENTION_MONTHS); idempotent, once per process.
  const { ensureRetentionJob } = await import("./lib/dataprotection/retention-job");
  void ensureRetentionJob();
  // Reminders for forwards pending longer than FORWARD_ACCEPT_BUSINESS_DAYS; idempotent, once per process.
  const { ensureForwardReminderJob } = await import("./lib/casework/forward-reminder-job");
  void ensureForwardReminderJob();
  // The staff notifications' daily digest (lib/notifications/); idempotent, once per process.
  const { ensureEventReminderJob } = await import("./lib/events/reminder-job");
  void ensureEventReminderJob();

  const { ensureDigestJob } = await import("./lib/notifications/digest");
  void ensureDigestJob();
  // Replies by e-mail from IMAP_URL's mailbox, every minute (lib/conversation/inbound/); nothing without IMAP_URL.
  const { ensureReplyFetchJob } = await import("./lib/conversation/inbound/job");
  void ensureReplyFetchJob();
  // Translation of the cases' free texts when an engine is configured (lib/translation/, decision 0028); nothing without one.
  const { ensureTranslationJob } = await import("./lib/translation/job");
  void ensureTranslationJob();
}
