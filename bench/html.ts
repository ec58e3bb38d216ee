// Pure HTML helpers of `npm run bench`: the assets a page loads, the hidden
// fields of a form, links. Regular expressions suffice: the input is our own markup.

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!found.has(name)) found.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return found;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|#39|apos);/gi, (whole, code: string) => {
    const lower = code.toLowerCase();
    if (lower === "amp") return "&";
    if (lower === "lt") return "<";
    if (lower === "gt") return ">";
    if (lower === "quot") return '"';
    if (lower === "apos") return "'";
    if (lower.startsWith("#x")) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return whole;
  });
}

/** Script and stylesheet URLs of a page, absolute, each once, in document order. */
export function extractAssets(html: string, pageUrl: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  // Inline script bodies (the RSC payload) may quote markup; only tags count.
  const tags = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, "$1</script>");
  for (const m of tags.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attrs = attributes(m[0].slice(m[1]!.length + 1, -1));
    if (m[1]!.toLowerCase() === "script") {
      const src = attrs.get("src");
      if (src) scripts.add(new URL(src, pageUrl).href);
      continue;
    }
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const href = attrs.get("href");
    if (!href) continue;
    if (rel.includes("stylesheet")) styles.add(new URL(href, pageUrl).href);
    else if (rel.includes("preload") && attrs.get("as") === "style") styles.add(new URL(href, pageUrl).href);
    else if (rel.includes("modulepreload") || (rel.includes("preload") && attrs.get("as") === "script")) scripts.add(new URL(href, pageUrl).href);
  }
  return { scripts: [...scripts], styles: [...styles] };
}

function findForm(html: string, select: (formHtml: string) => boolean): string {
  for (const m of html.matchAll(/<form\b[\s\S]*?<\/form>/gi)) if (select(m[0])) return m[0];
  throw new Error("no matching form in the page");
}

/**
 * Name/value pairs a browser without JavaScript would send from the first form
 * matching `select`: hidden inputs only (the caller adds what a person types).
 */
export function hiddenFields(html: string, select: (formHtml: string) => boolean = () => true): [string, string][] {
  const fields: [string, string][] = [];
  for (const input of findForm(html, select).matchAll(/<input\b[^>]*>/gi)) {
    const attrs = attributes(input[0].slice(6, -1));
    if (attrs.get("type")?.toLowerCase() !== "hidden") continue;
    const name = attrs.get("name");
    if (name) fields.push([name, attrs.get("value") ?? ""]);
  }
  return fields;
}

/** Where and how a browser without JavaScript sends the first form matching `select` (HTML's defaults where unset). */
export function formTarget(html: string, pageUrl: string, select: (formHtml: string) => boolean = () => true): { action: string; method: string; enctype: string } {
  const form = findForm(html, select);
  const attrs = attributes(form.slice(5, form.indexOf(">")));
  return {
    action: new URL(attrs.get("action") || pageUrl, pageUrl).href,
    method: (attrs.get("method") || "get").toUpperCase(),
    enctype: (attrs.get("enctype") || "application/x-www-form-urlencoded").toLowerCase(),
  };
}

/** The words a reader sees on a page: text outside scripts, styles and tags, entities decoded, split at white space. */
export function visibleWords(html: string): string[] {
  const text = html.replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]*>/g, " ");
  return decodeEntities(text).split(/\s+/).filter(Boolean);
}

/** The href of the first link whose attributes or text match `pattern`. */
export function findLink(html: string, pattern: RegExp): string | undefined {
  for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)) {
    if (!pattern.test(m[0])) continue;
    const href = attributes(m[1]!).get("href");
    if (href) return href;
  }
  return undefined;
}
