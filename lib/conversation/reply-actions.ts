"use server";
// The applicant's reply page's Server Actions: public endpoints, so each checks
// the link itself and limits how often one client may post. Every answer but a
// successful reply gives back what was typed.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db/client.ts";
import { env } from "../env.ts";
import { consumeRateLimit } from "../security/rate-limit.ts";
import { clientIp } from "../security/client-ip.ts";
import { formLocale, isFormData, nextSubmission } from "../security/action-input.ts";
import { MESSAGE_MAX_LENGTH } from "./messages.ts";
import { checkReply, fileReply, openConversation, sendFreshLink, type ReplyProblem } from "./reply.ts";
import { MAX_TOKEN_LENGTH } from "./token.ts";

export type ReplyState = {
  body: string;
  error?: ReplyProblem;
  rateLimitedMinutes?: number;
  /** The link expired or died while the page was open. */
  linkProblem?: "expired" | "invalid" | "closed";
  submission: number;
};

export type FreshLinkState = { sent?: boolean; rateLimitedMinutes?: number; submission: number };

const tokenOf = (form: FormData) => String(form.get("token") ?? "").slice(0, MAX_TOKEN_LENGTH + 1);

export async function replyAction(previous: ReplyState, form: FormData): Promise<ReplyState> {
  const submission = nextSubmission(previous);
  if (!isFormData(form)) return { body: "", submission };
  const locale = formLocale(form);
  const token = tokenOf(form);
  const body = String(form.get("body") ?? "").slice(0, MESSAGE_MAX_LENGTH * 4);
  const checked = checkReply(body);
  if (!checked.ok) return { body, error: checked.problem, submission };
  const opened = await openConversation(token);
  if (opened.state !== "valid") return { body, linkProblem: opened.state, submission };
  const limit = await consumeRateLimit("conversation-reply", clientIp(await headers()), env.CONVERSATION_REPLY_RATE_LIMIT_PER_HOUR);
  if (!limit.allowed) return { body, rateLimitedMinutes: Math.ceil(limit.retryAfterSeconds / 60), submission };
  const filed = await fileReply(db(), opened.inquiry.id, checked.body);
  if (!filed.ok) return { body, linkProblem: filed.reason === "closed" ? "closed" : "invalid", submission };
  redirect(`/${locale}/inquiry/messages/${token}?sent=1#reply-sent`);
}

export async function freshLinkAction(previous: FreshLinkState, form: FormData): Promise<FreshLinkState> {
  const submission = nextSubmission(previous);
  if (!isFormData(form)) return { submission };
  const limit = await consumeRateLimit("conversation-link", clientIp(await headers()), 5);
  if (!limit.allowed) return { rateLimitedMinutes: Math.ceil(limit.retryAfterSeconds / 60), submission };
  // The same answer whether or not a mail went out: the form tells nobody which links are genuine.
  await sendFreshLink(tokenOf(form));
  return { sent: true, submission };
}
