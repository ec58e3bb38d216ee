// Translations as data on a real PostgreSQL, against engines served over real HTTP as
// their published APIs describe (tests/support/translation-engines.ts): the background
// sweep translates a case's texts into its readers' languages, retries an outage and a
// rate limit without losing anything, never sends contact data, follows the original's
// visibility and is blanked by erasure.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadInquiryDetail } from "@/lib/casework/staff-detail";
import { addNote, performAction } from "@/lib/casework/workflow-service";
import { EXPORT_COLUMNS, inquiriesCsvStream } from "@/lib/casework/export-csv";
import { inquiryFilterSql } from "@/lib/casework/filters";
import { sendMessage } from "@/lib/conversation/messages";
import { exportApplicantData } from "@/lib/dataprotection/applicant";
import { anonymiseInquiry } from "@/lib/dataprotection/anonymise";
import { db } from "@/lib/db/client";
import { deepl, deeplBaseUrl, libreTranslate } from "@/lib/translation/engines";
import { planTranslations, saveHumanTranslation, translateDue } from "@/lib/translation/store";
import { sourcesAllowedToLeave, TRANSLATION_SOURCES, withoutContactData } from "@/lib/translation/texts";
import { caseTranslations, readingView, translationKey } from "@/lib/translation/view";
import { seedOrganisations } from "@/prisma/seed/index";
import { startDeepL, startLibreTranslate, type TestEngine } from "../support/translation-engines";
import { principal } from "./staff-principals";
import { submitJapaneseInquiry } from "./submitted-inquiry";

const ALL = new Set(TRANSLATION_SOURCES);
const DESCRIPTION = "エッセンに欧州拠点を開設したいと考えています。協働ロボットの販売とサービスを計画しており、来年春の事務所開設を目指しています。";
let libre: TestEngine;
let deeplServer: TestEngine;

beforeAll(async () => {
  await seedOrganisations(db());
  libre = await startLibreTranslate({ apiKey: "libre-key" });
  deeplServer = await startDeepL({ authKey: "deepl-key:fx" });
});
afterAll(async () => {
  await libre.close();
  await deeplServer.close();
});

const version = async (reference: string) => (await db().inquiry.findUniqueOrThrow({ where: { reference } })).version;
const rowsOf = (inquiryId: string) => db().textTranslation.findMany({ where: { inquiryId }, orderBy: [{ source: "asc" }, { targetLocale: "asc" }] });

describe("the engines", () => {
  it("LibreTranslate: the documented request, the detected language, the translation stored beside the original", async () => {
    const engine = libreTranslate({ url: libre.url, apiKey: "libre-key" });
    const { id } = await submitJapaneseInquiry({ description: DESCRIPTION });
    expect(await planTranslations(db(), id, ALL)).toBe(1);
    const swept = await translateDue(db(), engine, { firstDelaySeconds: 30 });
    expect(swept.translated).toBeGreaterThanOrEqual(1);
    const [row] = await rowsOf(id);
    expect(row).toMatchObject({ source: "DESCRIPTION", sourceId: id, sourceLocale: "ja", targetLocale: "de", status: "DONE", kind: "MACHINE", engine: "LibreTranslate" });
    expect(row!.body).toBe("Wir möchten in Essen einen europäischen Standort eröffnen. Wir planen Vertrieb und Service für kollaborative Roboter und wollen im nächsten Frühjahr ein Büro eröffnen.");
    expect(row!.translatedAt).toBeInstanceOf(Date);
    const request = libre.requests.find((r) => r.path === "/translate" && (r.body as { q: string }).q === DESCRIPTION);
    expect(request?.body).toEqual({ q: DESCRIPTION, source: "ja", target: "de", format: "text", api_key: "libre-key" });
    // The original is untouched.
    expect((await db().inquiry.findUniqueOrThrow({ where: { id } })).description).toBe(DESCRIPTION);
    // Planning again adds nothing: one row per text and language.
    expect(await planTranslations(db(), id, ALL)).toBe(0);
  });

  it("LibreTranslate with source auto reports the detected language; a text already in the target language is left as it is", async () => {
    const engine = libreTranslate({ url: libre.url, apiKey: "libre-key" });
    expect(await engine.translate("Hello from Tokyo", "de", null)).toEqual({ text: "[de] Hello from Tokyo", detected: "en" });
    const languages = (await (await fetch(`${libre.url}/languages`)).json()) as { code: string; targets: string[] }[];
    expect(languages.map((l) => l.code).sort()).toEqual(["de", "en", "ja"]);
    // A wrong key is refused for good (403), not retried.
    await expect(libreTranslate({ url: libre.url, apiKey: "wrong" }).translate("x", "de", "en")).rejects.toMatchObject({ retry: false });
  });

  it("DeepL: the free key's endpoint, the documented request and header, EN-GB for English", async () => {
    expect(deeplBaseUrl("abc:fx")).toBe("https://api-free.deepl.com");
    expect(deeplBaseUrl("abc")).toBe("https://api.deepl.com");
    const engine = deepl({ apiKey: "deepl-key:fx", url: deeplServer.url });
    expect(await engine.translate("ご連絡ありがとうございます。来週、オンラインでご相談できますか。", "en", null)).toEqual({
      text: "Thank you for your message. Can we consult online next week?",
      detected: "ja",
    });
    const last = deeplServer.requests.at(-1)!;
    expect(last.headers.authorization).toBe("DeepL-Auth-Key deepl-key:fx");
    expect(last.body).toEqual({ text: ["ご連絡ありがとうございます。来週、オンラインでご相談できますか。"], target_lang: "EN-GB" });
    expect(await engine.translate("Vielen Dank für Ihre Anfrage. Gerne stellen wir Ihnen nächste Woche Gewerbeflächen in Essen vor.", "ja", "de")).toMatchObject({ detected: "de" });
    expect(deeplServer.requests.at(-1)!.body).toMatchObject({ target_lang: "JA", source_lang: "DE" });
  });
});

describe("outages and rate limits", () => {
  it("retries with backoff after a 503, a 429 and DeepL's 456: nothing is lost, the row waits as PENDING", async () => {
    const { id } = await submitJapaneseInquiry({ description: DESCRIPTION });
    await planTranslations(db(), id, ALL);
    const engine = deepl({ apiKey: "deepl-key:fx", url: deeplServer.url });
    const t0 = new Date(Date.now() + 3_600_000);
    // Rows of other tests in this file must not be claimed first: only this case's row is due at t0 and before.
    await db().textTranslation.updateMany({ where: { inquiryId: { not: id }, status: "PENDING" }, data: { nextAttemptAt: new Date(Date.now() + 86_400_000 * 30) } });

    deeplServer.setMode("down");
    expect(await translateDue(db(), engine, { now: t0, firstDelaySeconds: 30 })).toMatchObject({ translated: 0, waiting: 1 });
    let [row] = await rowsOf(id);
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "DeepL 503" });
    expect(row!.nextAttemptAt.getTime()).toBe(t0.getTime() + 30_000);
    // Not due yet: the sweep leaves it alone.
    expect(await translateDue(db(), engine, { now: new Date(t0.getTime() + 10_000), firstDelaySeconds: 30 })).toMatchObject({ translated: 0, waiting: 0 });

    deeplServer.setMode("rate-limit");
    const t1 = new Date(t0.getTime() + 31_000);
    await translateDue(db(), engine, { now: t1, firstDelaySeconds: 30 });
    [row] = await rowsOf(id);
    expect(row).toMatchObject({ status: "PENDING", attempts: 2, lastError: "DeepL 429 too many requests" });
    expect(row!.nextAttemptAt.getTime()).toBe(t1.getTime() + 60_000);

    deeplServer.setMode("quota");
    const t2 = new Date(t1.getTime() + 61_000);
    await translateDue(db(), engine, { now: t2, firstDelaySeconds: 30 });
    [row] = await rowsOf(id);
    expect(row).toMatchObject({ status: "PENDING", attempts: 3, lastError: "DeepL 456 quota exceeded" });
    expect(row!.nextAttemptAt.getTime()).toBe(t2.getTime() + 3_600_000);

    deeplServer.setMode("ok");
    await translateDue(db(), engine, { now: new Date(t2.getTime() + 3_600_000), firstDelaySeconds: 30 });
    [row] = await rowsOf(id);
    expect(row).toMatchObject({ status: "DONE", kind: "MACHINE", engine: "DeepL", lastError: null });
    expect(row!.body).toContain("kollaborative Roboter");
  });
});

describe("what leaves the portal", () => {
  it("never sends the contact person's name, role, e-mail or phone, even where the applicant repeats them in a text", async () => {
    const before = libre.texts().length;
    const { id, reference } = await submitJapaneseInquiry({
      description: "エッセンでの拠点開設について相談したいです。担当は山田 花子（海外事業部 部長）です。hanako.yamada@example.jp または 03-6812-4410 までご連絡ください。",
    });
    const gateway = await principal("GATEWAY", "nrw-global-business", "Greta Gateway");
    expect(await addNote(gateway, reference, "Rückruf bei Frau 山田 花子 unter +81 3 6812 4410 vereinbart.", "SHARED")).toEqual({ ok: true });
    await planTranslations(db(), id, ALL);
    await db().textTranslation.updateMany({ where: { inquiryId: { not: id }, status: "PENDING" }, data: { nextAttemptAt: new Date(Date.now() + 86_400_000 * 30) } });
    await translateDue(db(), libreTranslate({ url: libre.url, apiKey: "libre-key" }), { firstDelaySeconds: 30 });
    const sent = libre.texts().slice(before);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    for (const text of sent) {
      for (const contact of ["山田 花子", "海外事業部 部長", "hanako.yamada@example.jp", "03-6812-4410", "+81 3 6812 4410", "+81368124410"]) expect(text).not.toContain(contact);
    }
    expect(sent.join("\n")).toContain("[…]");
  });

  it("sends only the fields TRANSLATE_FIELDS allows", async () => {
    expect([...sourcesAllowedToLeave("description, message")]).toEqual(["DESCRIPTION", "MESSAGE"]);
    const { id, reference } = await submitJapaneseInquiry({ description: DESCRIPTION });
    const gateway = await principal("GATEWAY", "nrw-global-business", "Greta Gateway");
    await addNote(gateway, reference, "電話で確認済み。", "SHARED");
    await planTranslations(db(), id, sourcesAllowedToLeave("description"));
    expect((await rowsOf(id)).map((r) => r.source)).toEqual(["DESCRIPTION"]);
    expect(withoutContactData("tel. 0368124410", { contactName: "X Y", contactEmail: "a@b.jp", contactPhone: "+81368124410", contactRole: null })).toBe("tel. […]");
  });
});

describe("visibility, people and erasure", () => {
  it("a private note's translation is read only by its organisation; others get no row of it", async () => {
    const { id, reference } = await submitJapaneseInquiry({ description: DESCRIPTION });
    const gateway = await principal("GATEWAY", "nrw-global-business", "Greta Gateway");
    const essen = await principal("PARTNER", "essen", "Erik Essen");
    const tokyo = await db().organisation.findFirstOrThrow({ where: { kind: "TOKYO_PARTNER" } });
    expect(await performAction(gateway, { action: "forward", reference, version: await version(reference), targetOrganisationIds: [essen.organisationId!, tokyo.id] })).toEqual({ ok: true });
    expect(await performAction(essen, { action: "accept", reference, version: await version(reference) })).toEqual({ ok: true });
    expect(await addNote(essen, reference, "Nur für Essen: Fläche in Kray prüfen.", "ORGANISATION")).toEqual({ ok: true });
    expect(await addNote(essen, reference, "Für alle: Termin am Dienstag.", "SHARED")).toEqual({ ok: true });
    await planTranslations(db(), id, ALL);
    const rows = await rowsOf(id);
    const privateNote = await db().inquiryNote.findFirstOrThrow({ where: { inquiryId: id, visibility: "ORGANISATION" } });
    const sharedNote = await db().inquiryNote.findFirstOrThrow({ where: { inquiryId: id, visibility: "SHARED" } });
    // Essen reads German: the private note is planned into Essen's languages only, never Japanese for Tokyo.
    expect(rows.filter((r) => r.sourceId === privateNote.id).map((r) => r.targetLocale)).toEqual(["de"]);
    expect(rows.filter((r) => r.sourceId === sharedNote.id).map((r) => r.targetLocale)).toEqual(["de", "ja"]);

    await saveHumanTranslation(db(), { inquiryId: id, source: "NOTE", sourceId: privateNote.id, targetLocale: "ja", body: "エッセン限定：クライ地区の物件を確認。", translator: { id: "user-erik", label: "Erik Essen" } });
    const essenDetail = (await loadInquiryDetail(essen, reference))!;
    const gatewayDetail = (await loadInquiryDetail(gateway, reference))!;
    const seenByEssen = await caseTranslations(essenDetail, []);
    const seenByGateway = await caseTranslations(gatewayDetail, []);
    expect(seenByEssen.get(translationKey("NOTE", privateNote.id))?.map((r) => r.targetLocale)).toContain("ja");
    expect(seenByGateway.has(translationKey("NOTE", privateNote.id))).toBe(false);
    expect(seenByGateway.has(translationKey("NOTE", sharedNote.id))).toBe(true);
  });

  it("a person's correction of a machine translation makes it human-reviewed, keeping the engine's name", async () => {
    const { id } = await submitJapaneseInquiry({ description: DESCRIPTION });
    await planTranslations(db(), id, ALL);
    await db().textTranslation.updateMany({ where: { inquiryId: { not: id }, status: "PENDING" }, data: { nextAttemptAt: new Date(Date.now() + 86_400_000 * 30) } });
    await translateDue(db(), libreTranslate({ url: libre.url, apiKey: "libre-key" }), { firstDelaySeconds: 30 });
    await saveHumanTranslation(db(), { inquiryId: id, source: "DESCRIPTION", sourceId: id, targetLocale: "de", body: "Wir möchten in Essen einen Standort für Europa eröffnen …", translator: { id: "user-greta", label: "Greta Gateway" } });
    const [row] = await rowsOf(id);
    expect(row).toMatchObject({ kind: "HUMAN", engine: "LibreTranslate", translatorLabel: "Greta Gateway", status: "DONE", sourceLocale: "ja" });
    expect(readingView([row!], { locale: "ja" }, "de")).toMatchObject({ kind: "translated" });
    expect(readingView([row!], { locale: "ja" }, "ja")).toEqual({ kind: "original" });
  });

  it("anonymisation and erasure blank every translation of the case", async () => {
    const { id } = await submitJapaneseInquiry({ description: DESCRIPTION });
    await saveHumanTranslation(db(), { inquiryId: id, source: "DESCRIPTION", sourceId: id, targetLocale: "de", body: "Standort in Essen", translator: { id: "user-greta", label: "Greta Gateway" } });
    await anonymiseInquiry(db(), id, { ground: "request", actor: null, closeIfOpen: true });
    const rows = await rowsOf(id);
    expect(rows.length).toBe(1);
    expect(rows.every((r) => r.body === "" && r.translatorLabel === null)).toBe(true);
  });
});

describe("writing in one's language, exports", () => {
  it("a message written in German is sent in its reviewed Japanese translation; both are stored, the mail carries the original below, marked", async () => {
    const { id, reference } = await submitJapaneseInquiry({ description: DESCRIPTION, contactEmail: "both-versions@example.jp" });
    const gateway = await principal("GATEWAY", "nrw-global-business", "Greta Gateway");
    const german = "Vielen Dank für Ihre Anfrage. Gerne stellen wir Ihnen nächste Woche Gewerbeflächen in Essen vor.";
    const japanese = "お問い合わせいただきありがとうございます。来週、エッセンの事業用物件をご紹介いたします。";
    const sent = await sendMessage(gateway, { reference, body: japanese, original: { locale: "de", body: german, engine: "LibreTranslate", includeInMail: true } }, { delivery: "outbox" });
    expect(sent.ok).toBe(true);
    const message = await db().inquiryMessage.findFirstOrThrow({ where: { inquiryId: id } });
    expect(message).toMatchObject({ body: japanese, locale: "ja" });
    const [row] = await db().textTranslation.findMany({ where: { source: "MESSAGE", sourceId: message.id } });
    expect(row).toMatchObject({ targetLocale: "de", sourceLocale: "ja", body: german, kind: "HUMAN", authored: true, engine: "LibreTranslate", translatorLabel: "Greta Gateway" });
    const mail = await db().outboundMail.findFirstOrThrow({ where: { inquiryId: id, kind: "APPLICANT_MESSAGE" } });
    expect(mail.locale).toBe("ja");
    expect(mail.text).toContain(`${japanese}\n\n――― 以下は上記の原文（ドイツ語）です ―――\n${german}`);
    // Without the choice, the mail carries the translation alone.
    await sendMessage(gateway, { reference, body: japanese, original: { locale: "de", body: german, includeInMail: false } }, { delivery: "outbox" });
    const second = (await db().outboundMail.findMany({ where: { inquiryId: id, kind: "APPLICANT_MESSAGE" }, orderBy: { createdAt: "asc" } }))[1]!;
    expect(second.text).not.toContain(german);

    // The applicant's data export carries every translation, the CSV the description's in its own columns.
    await saveHumanTranslation(db(), { inquiryId: id, source: "DESCRIPTION", sourceId: id, targetLocale: "de", body: "Standort in Essen für Roboter", translator: { id: "user-greta", label: "Greta Gateway" } });
    const exported = await exportApplicantData(gateway, "both-versions@example.jp");
    expect(exported!.inquiries[0]!.translations).toEqual(expect.arrayContaining([
      expect.objectContaining({ of: "description", language: "de", kind: "human", text: "Standort in Essen für Roboter" }),
      expect.objectContaining({ of: "message", language: "de", kind: "original-of-sent-message", text: german }),
    ]));
    const csv = await new Response(inquiriesCsvStream(inquiryFilterSql(gateway, { q: reference })!, "de")).text();
    const [header, line] = csv.slice(1).split("\r\n");
    expect(header!.split(";").at(-3)).toBe("Beschreibung, Übersetzung Deutsch");
    expect(header!.split(";")).toHaveLength(EXPORT_COLUMNS.length);
    expect(line).toContain("Standort in Essen für Roboter");
  });
});
