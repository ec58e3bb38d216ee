// Content pages are delivered as HTML and CSS only (issue #23, decision 0026). They
// work without JavaScript by design: links are plain <a>, the phone's menu is a
// <details>, the directory's filters are a GET form. Yet Next.js writes its client
// runtime into every page it renders: script tags of its chunks, preload links for
// them and inline scripts carrying the RSC payload, some 190 KiB of compressed
// JavaScript a phone must fetch, parse and run for nothing. The route cache handler
// takes them out once, when a cached page is stored, so every visitor gets plain HTML.
// Imported by the route cache handler at run time: erasable syntax only.

// Script content is raw text up to the first `</script`; Next.js escapes `<` inside
// its RSC payload, so no payload contains that sequence.
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
// Links that make the browser fetch a script: <link rel="preload" as="script"> and
// <link rel="modulepreload">, attributes in any order.
const LINK = /<link\b[^>]*>/gi;

function fetchesScript(tag: string): boolean {
  const rel = /\srel\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
  const rels = (rel?.[1] ?? rel?.[2] ?? rel?.[3] ?? "").toLowerCase().split(/\s+/);
  if (rels.includes("modulepreload")) return true;
  return rels.includes("preload") && /\sas\s*=\s*(?:"script"|'script'|script\b)/i.test(tag);
}

/**
 * Whether the HTML is Next's error shell (`<html id="__next_error__">`, an empty body):
 * what Next.js 16 renders for notFound() in a page (vercel/next.js#62228). Its content
 * exists only in the RSC payload, which its scripts render; without them it is blank.
 */
export function isErrorShell(html: string): boolean {
  return /<html\b[^>]*\sid\s*=\s*(?:"__next_error__"|'__next_error__'|__next_error__[\s>])/i.test(html);
}

/** The page without any script element and without the links that preload scripts. */
export function withoutScripts(html: string): string {
  return html.replace(SCRIPT, "").replace(LINK, (tag) => (fetchesScript(tag) ? "" : tag));
}

/** Whether a document still loads or runs a script: a script element or a script preload. */
export function referencesScript(html: string): boolean {
  return withoutScripts(html) !== html;
}
