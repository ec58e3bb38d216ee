"use client";
// The phone's menu: a <details> element, so it opens and closes without
// JavaScript. With JavaScript the header stays mounted across client-side
// navigations; keying it on the path closes it when the page changes.
import type { ReactNode } from "react";
import { usePathname } from "@/lib/i18n/navigation";

export function MobileMenu({ label, children }: { label: string; children: ReactNode }) {
  const pathname = usePathname();
  return (
    <details key={pathname} className="group md:hidden">
      <summary className="flex min-h-10 cursor-pointer list-none items-center gap-1.5 rounded-md border border-line px-2.5 py-1.5 text-sm font-semibold text-ink [&::-webkit-details-marker]:hidden">
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="h-5 w-5">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" className="group-open:hidden" />
          <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" className="hidden group-open:inline" />
        </svg>
        <span className="sr-only">{label}</span>
      </summary>
      <div className="absolute inset-x-0 top-full z-30 border-b border-line bg-paper shadow-lg">{children}</div>
    </details>
  );
}
