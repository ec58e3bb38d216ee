// Content pages rendered per request are delivered as HTML and CSS only, as the cached
// ones are (decision 0026): the directory with filters in its query string, and the
// 404 page. They work without JavaScript like every content page, yet Next.js writes
// its client runtime into them; worse, it renders notFound() of a per-request page as
// an empty error shell whose text exists only in the RSC payload (vercel/next.js#62228),
// blank without its scripts. The patched Next.js (patches/next+16.4.6.patch) asks
// `sendPlainPage` before it streams a per-request HTML result: the directory loses its
// scripts, an error shell is replaced by the cached 404 page (not-found-page.ts), and
// either way the policy's script-src narrows to 'self' (no nonce is needed once no
// script is left). The inquiry's question pages (also when a form posted without
// JavaScript comes back with its errors) get one script of our own in place of
// Next.js's, lib/inquiries/step-script.ts, a file that 'self' allows (decision 0031).
// Every other per-request page (the check and confirmation pages, the status look-up,
// the staff area) keeps its client code and its stream.
// Imported by the route cache handler at run time: erasable syntax only.
import type { IncomingMessage, ServerResponse } from "node:http";
import { locales } from "../i18n/routing.ts";
import { STEP_PAGE_PATH } from "../inquiries/form-state.ts";
import { stepScriptPath } from "../inquiries/step-script-asset.ts";
import { FILTERED_DIRECTORY_SEGMENT } from "./cached-pages.ts";
import { notFoundPageHtml } from "./not-found-page.ts";
import { isErrorShell, withoutScripts } from "./plain-html.ts";

const LOCALE = `(?:${locales.join("|")})`;
/** The directory, under its own address or its per-request twin's (next.config.ts rewrites one to the other). */
const DIRECTORY = new RegExp(`^/${LOCALE}/municipalities(?:/${FILTERED_DIRECTORY_SEGMENT})?/?$`);
/** Whether a per-request HTML response with this path and status is a content page. */
export function isPlainDynamicPage(pathname: string, status: number): boolean {
  return status === 200 && DIRECTORY.test(pathname);
}

/** The policy with its script-src reduced to 'self': the page has no inline script left to allow. */
export function withoutScriptAllowance(policy: string): string {
  return policy.replace(/(^|;\s*)script-src [^;]*/, "$1script-src 'self'");
}

/** Whether a per-request HTML response is a question page of the inquiry (see STEP_PAGE_PATH). */
export function isStepPage(pathname: string, status: number): boolean {
  const [, locale, ...rest] = pathname.split("/");
  return status === 200 && (locales as readonly string[]).includes(locale ?? "") && STEP_PAGE_PATH.test(`/${rest.join("/")}`.replace(/(.)\/$/, "$1"));
}

/** A page without scripts, given the script at `src`: deferred, so it runs once the form is parsed. */
export function withScript(html: string, src: string): string {
  return html.replace("</head>", `<script src="${src}" defer></script></head>`);
}

type RenderResult = { toUnchunkedString(stream: true): Promise<string> };

/** Sends a per-request content page without scripts; false for any other response (Next.js streams it as usual). */
export async function sendPlainPage(req: IncomingMessage, res: ServerResponse, result: RenderResult, stepScript?: string): Promise<boolean> {
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  let html: string;
  if (isPlainDynamicPage(pathname, res.statusCode)) {
    html = withoutScripts(await result.toUnchunkedString(true));
  } else if (stepScript && isStepPage(pathname, res.statusCode)) {
    html = withScript(withoutScripts(await result.toUnchunkedString(true)), stepScript);
  } else if (res.statusCode === 404) {
    // A 404 is short and sent whole; only Next's error shell is replaced.
    const rendered = await result.toUnchunkedString(true);
    const page = isErrorShell(rendered) ? await notFoundPageHtml(pathname) : null;
    if (page === null) return send(req, res, rendered);
    html = page;
    // The page's own alternates are for pages that exist; the shell's preloads are not this page's.
    res.removeHeader("Link");
  } else {
    return false;
  }
  const policy = res.getHeader("Content-Security-Policy");
  if (typeof policy === "string") res.setHeader("Content-Security-Policy", withoutScriptAllowance(policy));
  return send(req, res, html);
}

function send(req: IncomingMessage, res: ServerResponse, html: string): true {
  res.setHeader("Content-Length", Buffer.byteLength(html));
  res.end(req.method === "HEAD" ? undefined : html);
  return true;
}

const SENDER = Symbol.for("portal.sendPlainPage");

/**
 * Makes the patched Next.js send per-request content pages through `sendPlainPage` in
 * this process. Without a built step script (scripts/build-assets.ts) the question
 * pages keep Next.js's client code, which checks them as well.
 */
export function installPlainPageSender(root = process.cwd()): void {
  const stepScript = stepScriptPath(root);
  (globalThis as Record<symbol, unknown>)[SENDER] = (req: IncomingMessage, res: ServerResponse, result: RenderResult) => sendPlainPage(req, res, result, stepScript);
}
