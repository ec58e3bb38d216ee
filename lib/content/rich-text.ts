// The one rich-text format of staff-edited content (issue #19, decision 0027): a small
// Markdown subset, parsed here into a tree that components/content/RichText.tsx renders
// as React elements. Nothing is ever passed through as HTML, so markup typed into a
// field is shown as the characters typed; links keep only http(s), mailto and tel.
//
//   Paragraphs are separated by a blank line; a line break inside one is kept.
//   Lines starting with "- " form a bullet list.
//   **bold**, *emphasis*, [text](https://…) inline.
// Pure: no I/O, used by the public pages, the preview and the publish check alike.

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "break" };

export type Block = { type: "paragraph"; children: Inline[] } | { type: "list"; items: Inline[][] };

const ALLOWED_SCHEMES = /^(https?:\/\/|mailto:|tel:)/i;

/** Whether a link target may be rendered as a link: http(s), mailto or tel, nothing else (no javascript:, data:, relative paths). */
export function isAllowedHref(href: string): boolean {
  if (!ALLOWED_SCHEMES.test(href)) return false;
  // Control characters and whitespace have no place in a link target (they hide schemes from naive checks).
  if (/[\s\u0000-\u001f\u007f]/.test(href)) return false;
  if (/^https?:\/\//i.test(href)) {
    try {
      return Boolean(new URL(href).hostname);
    } catch {
      return false;
    }
  }
  return href.length > href.indexOf(":") + 1;
}

const LINK = /\[([^\]\n]{1,300})\]\(([^)\s]{1,2000})\)/y;

function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push({ type: "text", text });
    text = "";
  };
  for (let i = 0; i < source.length; ) {
    const rest = source.slice(i);
    if (source[i] === "\n") {
      flush();
      out.push({ type: "break" });
      i++;
      continue;
    }
    if (rest.startsWith("**")) {
      const end = source.indexOf("**", i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: "strong", children: parseInline(source.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if (source[i] === "*" && source[i + 1] !== "*" && source[i + 1] !== " ") {
      const end = source.indexOf("*", i + 1);
      if (end > i + 1 && source[end - 1] !== " ") {
        flush();
        out.push({ type: "em", children: parseInline(source.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (source[i] === "[") {
      LINK.lastIndex = i;
      const match = LINK.exec(source);
      if (match) {
        flush();
        const [, label, href] = match;
        const children = parseInline(label!);
        // A link to anything but http(s), mailto or tel stays its label, as plain text.
        if (isAllowedHref(href!)) out.push({ type: "link", href: href!, children });
        else out.push(...children);
        i += match[0].length;
        continue;
      }
    }
    text += source[i];
    i++;
  }
  flush();
  return out;
}

/** Parses the Markdown subset; any input gives a tree (unknown syntax stays text). */
export function parseRichText(source: string): Block[] {
  const blocks: Block[] = [];
  const chunks = source.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n+/);
  for (const chunk of chunks) {
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    if (!lines.length) continue;
    if (lines.every((line) => /^\s*[-•]\s+/.test(line))) {
      blocks.push({ type: "list", items: lines.map((line) => parseInline(line.replace(/^\s*[-•]\s+/, "").trim())) });
    } else {
      blocks.push({ type: "paragraph", children: parseInline(lines.map((l) => l.trim()).join("\n")) });
    }
  }
  return blocks;
}

/** The link targets written in a text whose scheme is not allowed (the publish check names them). */
export function disallowedLinks(source: string): string[] {
  const found: string[] = [];
  const all = /\[[^\]\n]{1,300}\]\(([^)\s]{1,2000})\)/g;
  for (let match = all.exec(source); match; match = all.exec(source)) {
    if (!isAllowedHref(match[1]!)) found.push(match[1]!);
  }
  return found;
}

/** The text without its formatting: for meta descriptions and search snippets. */
export function plainText(source: string): string {
  const flat = (nodes: Inline[]): string => nodes.map((n) => (n.type === "text" ? n.text : n.type === "break" ? " " : flat(n.children))).join("");
  return parseRichText(source)
    .map((b) => (b.type === "paragraph" ? flat(b.children) : b.items.map(flat).join(" ")))
    .join(" ");
}
