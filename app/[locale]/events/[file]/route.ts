import { hasLocale } from "next-intl";
import { eventToIcs } from "@/lib/events/ics";
import { getEvents } from "@/lib/events/queries";
import { routing } from "@/lib/i18n/routing";
import { notFoundResponse } from "@/lib/security/not-found-page";
import { localizedUrl } from "@/lib/seo";

type Context = { params: Promise<{ locale: string; file: string }> };

/** /{locale}/events/{slug}.ics: the event for the visitor's calendar. */
export async function GET(request: Request, { params }: Context) {
  const { locale, file } = await params;
  const slug = file.endsWith(".ics") ? file.slice(0, -4) : undefined;
  // Any other path below /events (an unknown page, not a calendar file) gets the 404 page.
  if (!hasLocale(routing.locales, locale) || !slug) return notFoundResponse(request);
  const event = (await getEvents(locale)).find((e) => e.slug === slug);
  if (!event) return notFoundResponse(request);
  const body = eventToIcs({ ...event, url: localizedUrl(locale, "/events") });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
