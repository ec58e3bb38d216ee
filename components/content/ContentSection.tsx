import type { ReactNode } from "react";

type Props = {
  /** Unique on the page; the heading gets the id `${id}-heading`. */
  id: string;
  heading: string;
  children: ReactNode;
};

/** A section of a text page, labelled by its h2. */
export function ContentSection({ id, heading, children }: Props) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-2xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}
