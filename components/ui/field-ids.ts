// The ids that tie a form control to its hint and error (aria-describedby). Plain
// functions, no React: the server's markup (Field.tsx) and the inquiry steps' own
// script (lib/inquiries/step-script.ts) must agree on them.

export const fieldId = (name: string) => `field-${name}`;
export const hintId = (name: string) => `${name}-hint`;
export const errorId = (name: string) => `${name}-error`;

/** The ids of a control's hint and error (and one more element), for aria-describedby. */
export function describedBy(name: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [hint ? hintId(name) : undefined, error ? errorId(name) : undefined, extra].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
