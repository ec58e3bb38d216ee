import type { ReactNode } from "react";

/** The message above a form that was not accepted: a heading and what to do. */
export function FormErrorAlert({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  return (
    <div role="alert" className="rounded-md border-2 border-accent bg-paper p-4">
      <h2 className="font-semibold text-accent">{title}</h2>
      <p className="mt-1">{message}</p>
      {children}
    </div>
  );
}
