// Organisation names across scripts (issue #18, item 5): every organisation has a display
// name in each language, the seed puts the long names in place of the first seed's short
// placeholders without touching a name someone chose, and lists follow the reader's
// alphabetical order (Japanese by the gojūon, not by code points or the German names).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { locales } from "@/lib/i18n/routing";
import { organisationLabelsFrom } from "@/lib/organisations/names";
import { seedOrganisations } from "@/prisma/seed/index";

beforeAll(async () => {
  await seedOrganisations(db());
});

const essen = () => db().organisation.findUniqueOrThrow({ where: { slug: "essen" }, select: { id: true, shortName: true } });

describe("organisation names", () => {
  it("every organisation has a distinct display name in each language, e.g. Essen's agency", async () => {
    const organisations = await db().organisation.findMany({ select: { slug: true, names: { select: { locale: true, name: true } } } });
    expect(organisations).toHaveLength(9);
    for (const o of organisations) expect(o.names.map((n) => n.locale).sort(), o.slug).toEqual([...locales].sort());
    for (const locale of locales) {
      const names = organisations.map((o) => o.names.find((n) => n.locale === locale)!.name);
      expect(new Set(names).size, locale).toBe(9);
    }
    const names = Object.fromEntries(organisations.find((o) => o.slug === "essen")!.names.map((n) => [n.locale, n.name]));
    expect(names).toEqual({ de: "EWG – Essener Wirtschaftsförderungsgesellschaft", ja: "エッセン経済振興公社（EWG）", en: "EWG – Essen Economic Development Agency" });
  });

  it("the seed replaces a name still equal to the short name, and keeps a name someone chose", async () => {
    const { id, shortName } = await essen();
    await db().organisationName.update({ where: { organisationId_locale: { organisationId: id, locale: "de" } }, data: { name: shortName } });
    await db().organisationName.update({ where: { organisationId_locale: { organisationId: id, locale: "en" } }, data: { name: "EWG Essen (Economic Development)" } });
    await db().organisationName.delete({ where: { organisationId_locale: { organisationId: id, locale: "ja" } } });
    await seedOrganisations(db());
    const names = Object.fromEntries((await db().organisationName.findMany({ where: { organisationId: id } })).map((n) => [n.locale, n.name]));
    expect(names).toEqual({ de: "EWG – Essener Wirtschaftsförderungsgesellschaft", ja: "エッセン経済振興公社（EWG）", en: "EWG Essen (Economic Development)" });
  });

  it("sorts lists in the reader's alphabetical order", async () => {
    const organisations = await db().organisation.findMany({ select: { id: true, slug: true, shortName: true } });
    const order = async (locale: string) => {
      const labels = await organisationLabelsFrom(db(), locale);
      return labels.sorted(organisations).map((o) => labels.organisation(o));
    };
    expect(await order("ja")).toEqual([
      "NRW州経済振興公社（NRW.Global Business）",
      "アーヘン技術革新・技術移転公社（AGIT）",
      "エッセン経済振興公社（EWG）",
      "クレーフェルト経済振興公社（Krefeld Business）",
      "ケルン経済振興公社（KölnBusiness）",
      "デュッセルドルフ市経済振興局",
      "ボーフム経済開発公社",
      "ライン＝クライス・ノイス郡経済振興局",
      "東京都産業労働局",
    ]);
    const german = await order("de");
    // "KölnBusiness" sorts as Koeln… beside Krefeld, not after every unaccented name.
    expect(german.slice(0, 5)).toEqual([
      "AGIT – Aachener Gesellschaft für Innovation und Technologietransfer",
      "Bochum Wirtschaftsentwicklung",
      "EWG – Essener Wirtschaftsförderungsgesellschaft",
      "KölnBusiness Wirtschaftsförderung",
      "Krefeld Business – Wirtschaftsförderung Krefeld",
    ]);
  });
});
