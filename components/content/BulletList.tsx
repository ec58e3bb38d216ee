import type { ReactNode } from "react";

/** A plain bulleted list for static text (the items never reorder, so index keys are fine). */
export function BulletList({ items }: { items: ReactNode[] }) {
  return (
    <ul className="mt-3 list-disc space-y-2 ps-6">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
