import type { routing } from "@/lib/i18n/routing";
import type account from "./messages/account/de.json";
import type admin from "./messages/admin/de.json";
import type conversation from "./messages/conversation/de.json";
import type content from "./messages/content/de.json";
import type dashboard from "./messages/dashboard/de.json";
import type dataprotection from "./messages/dataprotection/de.json";
import type notifications from "./messages/notifications/de.json";
import type inquiry from "./messages/inquiry/de.json";
import type report from "./messages/report/de.json";
import type contentAdmin from "./messages/contentAdmin/de.json";
import type translation from "./messages/translation/de.json";
import type registration from "./messages/registration/de.json";
import type ui from "./messages/de.json";

// German is the source language: a key missing there fails type-checking.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof ui &
      typeof content &
      typeof inquiry &
      typeof admin &
      typeof dashboard &
      typeof account &
      typeof dataprotection &
      typeof conversation &
      typeof notifications &
      typeof report &
      typeof contentAdmin &
      typeof translation &
      typeof registration;
  }
}
