import type { ReactNode } from "react";

type Props = {
  title: string;
  /** A short line under the heading, e.g. the version of a legal text. */
  meta?: ReactNode;
  lead?: ReactNode;
  children: ReactNode;
};

/** The frame of a text page: one h1, an optional lead and a readable text column. */
export function ContentPage({ title, meta, lead, children }: Props) {
  return (
    <div className="container-page py-10">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">{title}</h1>
        {meta && <p className="mt-2 text-sm text-muted">{meta}</p>}
        {lead && <p className="mt-3 text-lg">{lead}</p>}
        {children}
      </div>
    </div>
  );
}
