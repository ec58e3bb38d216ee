// An online event of the Tokyo partner that takes registrations, for the registration tests.
import { db } from "@/lib/db/client";

export async function createOnlineEvent(slug: string, options: { capacity: number | null; requiresApproval?: boolean; startsAt?: Date; onlineUrl: string }) {
  const startsAt = options.startsAt ?? new Date(Date.now() + 30 * 86_400_000);
  return db().informationEvent.create({
    data: {
      slug,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      format: "ONLINE",
      hostSlug: "tokyo-partner",
      registrationEnabled: true,
      capacity: options.capacity,
      requiresApproval: options.requiresApproval ?? false,
      onlineUrl: options.onlineUrl,
      translations: {
        create: [
          { locale: "de", title: "Webinar Tokyo", summary: "Zusammenfassung", location: "Online" },
          { locale: "ja", title: "東京ウェビナー", summary: "概要", location: "オンライン" },
          { locale: "en", title: "Tokyo webinar", summary: "Summary", location: "Online" },
        ],
      },
    },
  });
}
