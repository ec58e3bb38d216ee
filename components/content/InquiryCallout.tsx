import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  id: string;
  heading: string;
  text: string;
  /** Descriptive text of the link to the inquiry form. */
  linkLabel: string;
  /** Further links shown beside the main one. */
  children?: ReactNode;
};

/** The closing call to action of a text page: a link to the inquiry form. */
export function InquiryCallout({ id, heading, text, linkLabel, children }: Props) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="mt-12 rounded-lg bg-brand-soft p-6">
      <h2 id={headingId} className="text-2xl font-bold">
        {heading}
      </h2>
      <p className="mt-2">{text}</p>
      <div className="mt-5 flex flex-wrap gap-3">
        <Link href="/inquiry" className="button-primary">
          {linkLabel}
        </Link>
        {children}
      </div>
    </section>
  );
}
