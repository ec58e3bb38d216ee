import type { routing } from "@/lib/i18n/routing";
import type messages from "./messages/de.json";

// German is the source language: a key missing there fails type-checking.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
