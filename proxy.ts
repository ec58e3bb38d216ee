// Locale negotiation for every page: / goes to the cookie's language, then
// Accept-Language's, then German. Permission checks live beside each page and action.
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
