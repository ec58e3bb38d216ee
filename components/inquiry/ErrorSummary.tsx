"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { fieldId } from "@/components/ui/Field";

export type SummaryItem = { field?: string; message: string };

/**
 * The list of problems at the top of the form. It takes focus when it appears,
 * so keyboard and screen-reader users land on it; each entry jumps to its field.
 */
export function ErrorSummary({ items, focusKey }: { items: SummaryItem[]; focusKey: number }) {
  const t = useTranslations("inquiryErrors");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [focusKey, items.length]);
  if (!items.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mt-6 rounded-md border-4 border-accent p-4 focus:outline-none focus-visible:outline-focus">
      <h2 id="error-summary-title" className="text-xl font-bold">
        {t("summaryTitle")}
      </h2>
      <ul className="mt-2 list-none space-y-1 p-0">
        {items.map((item, i) => (
          <li key={item.field ?? `form-${i}`}>
            {item.field ? (
              <a
                href={`#${fieldId(item.field)}`}
                className="font-semibold text-accent underline"
                onClick={(event) => {
                  const target = document.getElementById(fieldId(item.field!));
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: "center" });
                }}
              >
                {item.message}
              </a>
            ) : (
              <span className="font-semibold text-accent">{item.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
