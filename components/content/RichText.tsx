// Staff-written text in the portal's Markdown subset (lib/content/rich-text.ts), rendered
// on the server as React elements: markup typed into a field shows as the characters typed.
import type { ReactNode } from "react";
import { parseRichText, type Inline } from "@/lib/content/rich-text";

function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case "text":
        return node.text;
      case "break":
        return <br key={i} />;
      case "strong":
        return <strong key={i}>{inline(node.children)}</strong>;
      case "em":
        return <em key={i}>{inline(node.children)}</em>;
      case "link":
        return (
          <a key={i} href={node.href} rel="noopener noreferrer nofollow">
            {inline(node.children)}
          </a>
        );
    }
  });
}

export function RichText({ source, className }: { source: string; className?: string }) {
  return (
    <div className={className}>
      {parseRichText(source).map((block, i) =>
        block.type === "paragraph" ? (
          <p key={i}>{inline(block.children)}</p>
        ) : (
          <ul key={i} className="list-disc ps-6">
            {block.items.map((item, j) => (
              <li key={j}>{inline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
