import type { MetadataRoute } from "next";
import { publicBaseUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/de/admin", "/ja/admin", "/en/admin"] },
    sitemap: `${publicBaseUrl()}/sitemap.xml`,
  };
}
