// The content area on a real PostgreSQL (issue #19): who may do what with public content,
// versions with who and when and restore, publishing blocked by a missing translation,
// the gateway's approval, the live tables the public pages read, and the cache tags
// revalidated on publish (in this process, and announced to every other one).
import fs from "node:fs";
import pg from "pg";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RichText } from "@/components/content/RichText";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { INVALIDATION_CHANNEL, parseInvalidation } from "@/lib/cache/invalidation";
import { loadEditor } from "@/lib/content/editor";
import { contentOverview, mayUseContentArea } from "@/lib/content/overview";
import { disallowedLinks, parseRichText } from "@/lib/content/rich-text";
import type { ProfilePayload } from "@/lib/content/schemas";
import { storedLegal } from "@/lib/content/site";
import { LEGAL_FIELDS, missingLegalDetails, type FiguresPayload, type LegalPayload } from "@/lib/content/site-schemas";
import { approve, history, publishNewest, restore, saveDraft, type Editor } from "@/lib/content/versions";
import { db } from "@/lib/db/client";
import { connectionConfig } from "@/lib/db/connection";
import { GATEWAY_SLUG, TOKYO_PARTNER_SLUG } from "@/lib/domain/catalog";
import { ExpectedError } from "@/lib/expected-error";
import { seedOrganisations } from "@/prisma/seed/index";
import { principal } from "./staff-principals";

type Role = "gateway" | "essen" | "koeln" | "tokyo" | "admin" | "programmeOwner" | "adminEditor";
const staff = {} as Record<Role, Staff>;
const essen = { kind: "profile" as const, key: "essen" };
const revalidated: string[][] = [];
const revalidate = (tags: readonly string[]) => void revalidated.push([...tags]);

let listener: pg.Client;
const heard: string[] = [];

beforeAll(async () => {
  await seedOrganisations(db());
  staff.gateway = await principal("GATEWAY", GATEWAY_SLUG, "gateway");
  staff.essen = await principal("PARTNER", "essen", "essen");
  staff.koeln = await principal("PARTNER", "koeln", "koeln");
  staff.tokyo = await principal("PARTNER", TOKYO_PARTNER_SLUG, "tokyo");
  const unattached = (role: Staff["role"], name: string, contentEditor = false): Staff => ({
    sessionId: `session-${name}`, userId: `user-${name}`, role, organisationId: null, twoFactorEnabled: true, contentEditor, name, email: `${name}@example.org`, organisation: null,
  });
  staff.admin = unattached("ADMIN", "admin");
  staff.programmeOwner = unattached("PROGRAMME_OWNER", "ministry");
  staff.adminEditor = unattached("ADMIN", "editor-admin", true);
  listener = new pg.Client(connectionConfig(process.env.DATABASE_URL!));
  await listener.connect();
  listener.on("notification", (message) => heard.push(message.payload ?? ""));
  await listener.query(`LISTEN ${INVALIDATION_CHANNEL}`);
});

afterAll(async () => {
  await listener.end();
});

const liveTagline = async (slug: string, locale: string) =>
  (await db().municipalityTranslation.findFirstOrThrow({ where: { locale, profile: { organisation: { slug } } } })).tagline;

const withTagline = (payload: ProfilePayload, locale: "de" | "ja" | "en", tagline: string): ProfilePayload => ({ ...payload, texts: { ...payload.texts, [locale]: { ...payload.texts[locale], tagline } } });

async function currentPayload(who: Editor, entity = essen): Promise<ProfilePayload> {
  const editor = await loadEditor(who, entity.kind, entity.key);
  if (!editor) throw new Error("no editor");
  return editor.payload as ProfilePayload;
}

const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
    return "allowed";
  } catch (error) {
    if (error instanceof ExpectedError) return error.code;
    throw error;
  }
};

describe("the permission matrix of content", () => {
  // Each role against each content action: open the area, edit Essen's profile, edit Köln's,
  // edit the gateway's contact, publish without approval, approve a submitted version.
  const expected: Record<Role, { area: boolean; essen: boolean; koeln: boolean; gatewayOnly: boolean; direct: boolean; approve: boolean }> = {
    gateway: { area: true, essen: true, koeln: true, gatewayOnly: true, direct: true, approve: true },
    essen: { area: true, essen: true, koeln: false, gatewayOnly: false, direct: false, approve: false },
    koeln: { area: true, essen: false, koeln: true, gatewayOnly: false, direct: false, approve: false },
    tokyo: { area: true, essen: false, koeln: false, gatewayOnly: false, direct: false, approve: false },
    admin: { area: false, essen: false, koeln: false, gatewayOnly: false, direct: false, approve: false },
    programmeOwner: { area: false, essen: false, koeln: false, gatewayOnly: false, direct: false, approve: false },
    adminEditor: { area: true, essen: true, koeln: true, gatewayOnly: true, direct: true, approve: true },
  };

  for (const role of Object.keys(expected) as Role[]) {
    it(`${role}`, async () => {
      const who = staff[role];
      const want = expected[role];
      expect(mayUseContentArea(who)).toBe(want.area);
      expect(Boolean(await loadEditor(who, "profile", "essen"))).toBe(want.essen);
      expect(Boolean(await loadEditor(who, "profile", "koeln"))).toBe(want.koeln);
      // Saving is refused as "notFound" (the editor answers 404, as for a wrong address).
      const payload = await currentPayload(staff.gateway, { kind: "profile", key: "koeln" });
      expect(await refusal(saveDraft(who, { kind: "profile", key: "koeln" }, payload))).toBe(want.koeln ? "allowed" : "notFound");
      expect(can(who, "content.editAll")).toBe(want.gatewayOnly);
      expect(can(who, "content.editAll")).toBe(want.approve);
      const overview = want.area ? await contentOverview(who) : { profiles: [] };
      expect(overview.profiles.map((p) => p.slug).includes("essen")).toBe(want.essen);
    });
  }

  it("approving is the gateway's (or an editor's): a partner is refused", async () => {
    expect(await refusal(approve(staff.essen, essen, 1, revalidate))).toBe("notAllowed");
    expect(await refusal(approve(staff.admin, essen, 1, revalidate))).toBe("notAllowed");
  });

  it("the Tokyo partner edits no municipality's profile, however it asks", async () => {
    expect(await refusal(saveDraft(staff.tokyo, essen, {}))).toBe("notFound");
    expect(await refusal(restore(staff.tokyo, essen, 1))).toBe("notFound");
    expect(await refusal(publishNewest(staff.tokyo, essen, revalidate))).toBe("notFound");
  });
});

describe("versions of Essen's profile", () => {
  it("start with the seed's content as version 1, published by nobody", async () => {
    const versions = await history(essen);
    expect(versions.at(-1)).toMatchObject({ number: 1, state: "PUBLISHED", createdByLabel: "" });
    expect((versions.at(-1)!.payload as ProfilePayload).texts.de.tagline).toBe(await liveTagline("essen", "de"));
  });

  it("a draft leaves the public page's data as it was; a missing Japanese text blocks publishing, naming field and language", async () => {
    const before = await liveTagline("essen", "ja");
    const payload = withTagline(withTagline(await currentPayload(staff.essen), "de", "Neu: Essen für Wasserstoff"), "ja", "");
    const number = await saveDraft(staff.essen, essen, payload);
    expect(await liveTagline("essen", "ja")).toBe(before);
    const result = await publishNewest(staff.essen, essen, revalidate);
    expect(result).toEqual({ outcome: "blocked", issues: [{ field: "tagline", locale: "ja", problem: "missing" }] });
    expect((await history(essen))[0]).toMatchObject({ number, state: "DRAFT", createdByLabel: "essen" });
    // The message as the German editor reads it.
    const de = JSON.parse(fs.readFileSync("messages/contentAdmin/de.json", "utf8")).contentAdmin;
    expect(de.issue.missing.replace("{language}", de.languageNames.ja).replace("{field}", de.fields.tagline)).toBe("Japanisch: Kurzbeschreibung fehlt");
  });

  it("complete, it is submitted for the gateway's approval; approved, it is live and the pages' tags are revalidated everywhere", async () => {
    const payload = withTagline(await currentPayload(staff.essen), "ja", "水素のまち、エッセン");
    const number = await saveDraft(staff.essen, essen, payload);
    expect(await publishNewest(staff.essen, essen, revalidate)).toEqual({ outcome: "submitted" });
    expect(await liveTagline("essen", "de")).not.toBe("Neu: Essen für Wasserstoff");
    expect((await contentOverview(staff.gateway)).waiting).toMatchObject([{ kind: "profile", entityKey: "essen", number }]);

    revalidated.length = 0;
    heard.length = 0;
    expect(await approve(staff.gateway, essen, number, revalidate)).toEqual({ outcome: "published" });
    expect(await liveTagline("essen", "de")).toBe("Neu: Essen für Wasserstoff");
    expect(await liveTagline("essen", "ja")).toBe("水素のまち、エッセン");
    expect(revalidated).toEqual([["municipalities", "organisations"]]);
    // Every other instance hears of it through the database (decision 0015).
    for (const deadline = Date.now() + 5_000; !heard.some((p) => parseInvalidation(p)?.tags.includes("municipalities")) && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    expect(heard.some((p) => parseInvalidation(p)?.tags.includes("municipalities"))).toBe(true);

    const versions = await history(essen);
    expect(versions[0]).toMatchObject({ number, state: "PUBLISHED", createdByLabel: "essen", publishedByLabel: "gateway" });
    expect(versions.filter((v) => v.state === "PUBLISHED")).toHaveLength(1);
    expect(versions.find((v) => v.number === 1)?.state).toBe("SUPERSEDED");
  });

  it("restoring version 1 makes a new draft with its content; the gateway publishes it at once", async () => {
    const seedTagline = (((await history(essen)).at(-1)!.payload as ProfilePayload).texts.de.tagline);
    const number = await restore(staff.gateway, essen, 1);
    expect((await history(essen))[0]).toMatchObject({ number, state: "DRAFT", restoredFrom: 1 });
    expect(await publishNewest(staff.gateway, essen, revalidate)).toEqual({ outcome: "published" });
    expect(await liveTagline("essen", "de")).toBe(seedTagline);
  });

  it("refuses example addresses and links to other schemes before publishing", async () => {
    const base = await currentPayload(staff.gateway);
    const hostile = { ...base, email: "info@essen.example.org", texts: { ...base.texts, en: { ...base.texts.en, description: "See [here](javascript:alert(1))." } } };
    await saveDraft(staff.gateway, essen, hostile);
    const result = await publishNewest(staff.gateway, essen, revalidate);
    expect(result.outcome).toBe("blocked");
    expect("issues" in result && result.issues).toEqual(expect.arrayContaining([{ field: "description", locale: "en", problem: "link" }, { field: "email", problem: "email" }]));
  });
});

describe("contacts, legal details and key figures", () => {
  it("the Tokyo partner edits its own contact only; the legal details and figures are the gateway's", async () => {
    expect(Boolean(await loadEditor(staff.tokyo, "contact", "tokyo"))).toBe(true);
    for (const [kind, key] of [["contact", "gateway"], ["contact", "dataProtection"], ["legal", "imprint"], ["figures", "home"]] as const) {
      expect(Boolean(await loadEditor(staff.tokyo, kind, key))).toBe(false);
      expect(Boolean(await loadEditor(staff.essen, kind, key))).toBe(false);
      expect(Boolean(await loadEditor(staff.gateway, kind, key))).toBe(true);
    }
    expect(Boolean(await loadEditor(staff.essen, "contact", "tokyo"))).toBe(false);
    expect((await contentOverview(staff.tokyo)).site.map((s) => `${s.kind}/${s.key}`)).toEqual(["contact/tokyo"]);
  });

  it("the legal details start empty (the imprint's placeholders), are refused incomplete and published complete", async () => {
    const imprint = { kind: "legal" as const, key: "imprint" };
    expect(missingLegalDetails(await storedLegal())).toEqual([...LEGAL_FIELDS]);
    const empty = (await loadEditor(staff.gateway, "legal", "imprint"))!.payload as LegalPayload;
    const filled: LegalPayload = { ...empty, representedBy: "Dr. Felix Neugart", phone: "+49 211 13000-0", email: "nrw@nrwglobalbusiness.com", registerNumber: "HRB 59123", vatId: "DE 814 803 955", responsible: "Dr. Felix Neugart", registerCourt: { de: "Amtsgericht Düsseldorf", ja: "", en: "Düsseldorf Local Court" } };
    await saveDraft(staff.gateway, imprint, filled);
    expect(await publishNewest(staff.gateway, imprint, revalidate)).toEqual({ outcome: "blocked", issues: [{ field: "registerCourt", locale: "ja", problem: "missing" }] });
    await saveDraft(staff.gateway, imprint, { ...filled, registerCourt: { ...filled.registerCourt, ja: "デュッセルドルフ区裁判所" } });
    revalidated.length = 0;
    heard.length = 0;
    expect(await publishNewest(staff.gateway, imprint, revalidate)).toEqual({ outcome: "published" });
    expect(revalidated).toEqual([["site-content"]]);
    expect(missingLegalDetails(await storedLegal())).toEqual([]);
    for (const deadline = Date.now() + 5_000; !heard.some((p) => parseInvalidation(p)?.tags.includes("site-content")) && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    expect(heard.some((p) => parseInvalidation(p)?.tags.includes("site-content"))).toBe(true);
  });

  it("the key figures start as the home page shows them today", async () => {
    const figures = (await loadEditor(staff.gateway, "figures", "home"))!.payload as FiguresPayload;
    expect(figures.items.map((f) => f.key)).toEqual(["citizens", "companies", "trade", "investment", "universities", "office"]);
    expect(figures.items[0]!.value.de).toBe("rund 11.000");
    expect(figures.source.ja).not.toBe("");
  });
});

describe("rich text", () => {
  const html = (source: string) => renderToStaticMarkup(createElement(RichText, { source }));

  it("renders hostile input inert: markup stays text, only http(s), mailto and tel become links", () => {
    const out = html(
      [
        '<script>alert("x")</script> <img src=x onerror=alert(1)>',
        "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,<b>x</b>) [d](//evil.example) [e](vbscript:msgbox)",
        '[f](https://portal.example/"onmouseover="alert(1)) [g](mailto:info@ewg.de) [h](tel:+492018202)',
      ].join("\n\n"),
    );
    expect(out).not.toMatch(/<script|<img|href="(javascript|data|vbscript|\/\/)/i);
    expect(out).toContain("&lt;script&gt;");
    expect(out).toContain('href="mailto:info@ewg.de"');
    expect(out).toContain('href="tel:+492018202"');
    expect(out).toContain('href="https://portal.example/&quot;onmouseover=&quot;alert(1"');
    expect(out.match(/<a /g)).toHaveLength(3);
  });

  it("keeps paragraphs, lists, bold and emphasis", () => {
    expect(parseRichText("Eins\n\n- a\n- **b**\n\n*c*")).toEqual([
      { type: "paragraph", children: [{ type: "text", text: "Eins" }] },
      { type: "list", items: [[{ type: "text", text: "a" }], [{ type: "strong", children: [{ type: "text", text: "b" }] }]] },
      { type: "paragraph", children: [{ type: "em", children: [{ type: "text", text: "c" }] }] },
    ]);
    expect(disallowedLinks("[ok](https://ewg.de) [no](ftp://x.de)")).toEqual(["ftp://x.de"]);
  });
});
