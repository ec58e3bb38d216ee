import "server-only";
// Contacts, legal details and key figures as kinds of content (lib/content/kinds.ts): kept
// in SiteContent once published. Before anything was published, version 1 is what the
// pages showed: the key figures from the message files, the contacts from the seeded
// organisations, the legal details empty (the imprint's "to be added").
import deContent from "../../messages/de.json" with { type: "json" };
import enContent from "../../messages/en.json" with { type: "json" };
import jaContent from "../../messages/ja.json" with { type: "json" };
import { db } from "../db/client.ts";
import { GATEWAY_SLUG, TOKYO_PARTNER_SLUG } from "../domain/catalog.ts";
import type { KindSpec } from "./kinds.ts";
import { SITE_CONTENT_TAG, siteKey } from "./site.ts";
import {
  CONTACT_KEYS,
  contactIssues,
  contactPayload,
  emptyContact,
  emptyLegal,
  FIGURE_KEYS,
  figuresIssues,
  figuresPayload,
  legalIssues,
  legalPayload,
  type ContactKey,
  type ContactPayload,
  type FiguresPayload,
  type LegalPayload,
} from "./site-schemas.ts";

async function stored(key: string): Promise<unknown> {
  return (await db().siteContent.findUnique({ where: { key } }))?.payload;
}

const write = (key: string) => async (tx: Parameters<KindSpec<unknown>["apply"]>[0], _entity: string, payload: unknown) => {
  await tx.siteContent.upsert({ where: { key }, create: { key, payload: payload as object }, update: { payload: payload as object } });
};

const isContactKey = (key: string): key is ContactKey => (CONTACT_KEYS as readonly string[]).includes(key);

export const contact: KindSpec<ContactPayload> = {
  schema: contactPayload,
  issues: contactIssues,
  owner: async (key) => {
    if (!isContactKey(key)) return undefined;
    // The Tokyo partner keeps its own contact data; everything else is the gateway's.
    if (key !== "tokyo") return null;
    return (await db().organisation.findUnique({ where: { slug: TOKYO_PARTNER_SLUG }, select: { id: true } }))?.id ?? null;
  },
  load: async (key) => {
    if (!isContactKey(key)) return undefined;
    const found = contactPayload.safeParse(await stored(siteKey.contact(key)));
    if (found.success) return found.data;
    const slug = key === "tokyo" ? TOKYO_PARTNER_SLUG : key === "gateway" ? GATEWAY_SLUG : undefined;
    const org = slug ? await db().organisation.findUnique({ where: { slug } }) : null;
    const start = emptyContact();
    if (!org) return start;
    return { ...start, texts: { de: { name: org.name, note: "" }, ja: { name: org.name, note: "" }, en: { name: org.name, note: "" } }, email: org.email ?? "", phone: org.phone ?? "", website: org.website ?? "" };
  },
  apply: async (tx, key, payload) => write(siteKey.contact(key as ContactKey))(tx, key, payload),
  tags: [SITE_CONTENT_TAG],
};

export const legal: KindSpec<LegalPayload> = {
  schema: legalPayload,
  issues: legalIssues,
  owner: async (key) => (key === "imprint" ? null : undefined),
  load: async (key) => {
    if (key !== "imprint") return undefined;
    const found = legalPayload.safeParse(await stored(siteKey.legal));
    return found.success ? found.data : emptyLegal();
  },
  apply: write(siteKey.legal),
  tags: [SITE_CONTENT_TAG],
};

type FigureMessages = { home: { figures: Record<(typeof FIGURE_KEYS)[number], { value: string; label: string }>; figuresSource: string } };
const MESSAGES = { de: deContent as FigureMessages, ja: jaContent as FigureMessages, en: enContent as FigureMessages };

export const figures: KindSpec<FiguresPayload> = {
  schema: figuresPayload,
  issues: figuresIssues,
  owner: async (key) => (key === "home" ? null : undefined),
  load: async (key) => {
    if (key !== "home") return undefined;
    const found = figuresPayload.safeParse(await stored(siteKey.figures));
    if (found.success) return found.data;
    const per = (pick: (m: FigureMessages) => string) => ({ de: pick(MESSAGES.de), ja: pick(MESSAGES.ja), en: pick(MESSAGES.en) });
    return {
      items: FIGURE_KEYS.map((k) => ({ key: k, label: per((m) => m.home.figures[k].label), value: per((m) => m.home.figures[k].value), year: "" })),
      source: per((m) => m.home.figuresSource),
    };
  },
  apply: write(siteKey.figures),
  tags: [SITE_CONTENT_TAG],
};
