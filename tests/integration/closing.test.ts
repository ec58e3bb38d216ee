// The deliberate close (decision 0017): an outcome must be chosen (the action answers
// with a translated error and keeps what was typed), the confirmation step comes first,
// a partner closes its own part only, the gateway closes the inquiry, reopening keeps
// everything, and the dashboard counts outcomes.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { closeCaseAction } from "@/lib/casework/actions";
import type { CloseFormState } from "@/lib/casework/closing";
import { loadDashboard } from "@/lib/casework/dashboard";
import { performAction } from "@/lib/casework/workflow-service";
import { db } from "@/lib/db/client";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { seedOrganisations } from "@/prisma/seed/index";
import de from "@/messages/admin/de.json";
import en from "@/messages/admin/en.json";
import ja from "@/messages/admin/ja.json";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";
import { principal } from "./staff-principals";

const session = vi.hoisted(() => ({ current: null as Staff | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getStaff: async () => session.current,
}));

const staff: Record<"gateway" | "essen" | "koeln", Staff> = {} as never;
let ids: Record<string, string> = {};
let n = 0;

const load = (reference: string) => db().inquiry.findUniqueOrThrow({ where: { reference }, include: { assignments: { include: { organisation: true } }, events: { orderBy: { id: "asc" } } } });
const act = async (who: Staff, input: Record<string, unknown>) =>
  performAction(who, { ...input, version: (await load(input.reference as string)).version } as never);

/** A new inquiry forwarded to Essen and Köln, both accepted. */
async function acceptedByEssenAndKoeln(): Promise<string> {
  const submitted = await submitInquiry(
    { answers: japaneseAnswers, locale: "ja", idempotencyKey: `closing-fixture-${String(++n).padStart(6, "0")}`, clientIp: "192.0.2.20", startedAt: aMinuteAgo() },
    { mailDelivery: "outbox" },
  );
  if (!submitted.ok) throw new Error("fixture inquiry not stored");
  const { reference } = submitted;
  expect(await act(staff.gateway, { action: "forward", reference, targetOrganisationIds: [ids["essen"], ids["koeln"]] })).toEqual({ ok: true });
  expect(await act(staff.essen, { action: "accept", reference })).toEqual({ ok: true });
  expect(await act(staff.koeln, { action: "accept", reference })).toEqual({ ok: true });
  return reference;
}

function form(reference: string, version: number, fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries({ locale: "de", reference, version: String(version), ...fields })) f.set(k, v);
  return f;
}
const START: CloseFormState = { step: "edit", values: {} };

beforeAll(async () => {
  await seedOrganisations(db());
  ids = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "gateway");
  staff.essen = await principal("PARTNER", "essen", "essen");
  staff.koeln = await principal("PARTNER", "koeln", "koeln");
});

describe("closing without an outcome", () => {
  it("is refused with a translated error, keeping what was typed, and changes nothing", async () => {
    const reference = await acceptedByEssenAndKoeln();
    const before = await load(reference);
    session.current = staff.essen;
    for (const intent of ["review", "confirm"]) {
      const state = await closeCaseAction(START, form(reference, before.version, { intent, summary: "Gespräch geführt", jobs: "12" }));
      expect(state).toEqual({ step: "edit", values: { summary: "Gespräch geführt", jobs: "12" }, errors: { outcome: "outcomeRequired" } });
    }
    expect(await act(staff.gateway, { action: "close", reference, summary: "x" })).toEqual({ ok: false, error: "invalid" });
    const after = await load(reference);
    expect(after.version).toBe(before.version);
    expect(after.assignments.filter((a) => a.state === "CLOSED")).toEqual([]);
    // The error exists in every language, in words of its own.
    const messages = [de, ja, en].map((m) => m.admin.close.errors.outcomeRequired);
    expect(new Set(messages).size).toBe(3);
    expect(ja.admin.close.errors.outcomeRequired).toMatch(/。$/);
  });
});

describe("the close form", () => {
  it("shows the confirmation before closing, goes back with everything typed, and closes only on confirm", async () => {
    const reference = await acceptedByEssenAndKoeln();
    const { version } = await load(reference);
    session.current = staff.essen;
    const fields = { outcome: "settled", jobs: "25", investment: "1m-5m", municipality: "Essen", summary: "Tochter in Essen gegründet" };
    const review = await closeCaseAction(START, form(reference, version, { intent: "review", ...fields }));
    expect(review).toEqual({ step: "confirm", values: fields });
    expect((await load(reference)).version).toBe(version);
    expect(await closeCaseAction(review, form(reference, version, { intent: "edit", ...fields }))).toEqual({ step: "edit", values: fields });
    await expect(closeCaseAction(review, form(reference, version, { intent: "confirm", ...fields }))).rejects.toThrow(/NEXT_REDIRECT/);
    const after = await load(reference);
    const essen = after.assignments.find((a) => a.organisation.slug === "essen")!;
    expect(essen).toMatchObject({ state: "CLOSED", outcome: "settled", outcomeFigures: { jobs: 25, investment: "1m-5m", municipality: "Essen" }, outcomeSummary: "Tochter in Essen gegründet" });
  });
});

describe("who closes what", () => {
  it("a partner closes its own part; the inquiry stays open while another partner holds it and goes back to the gateway after", async () => {
    const reference = await acceptedByEssenAndKoeln();
    expect(await act(staff.essen, { action: "close", reference, outcome: "no-fit", summary: "Kein passender Standort", jobs: 5 })).toEqual({ ok: true });
    let inquiry = await load(reference);
    expect(inquiry.status).not.toBe("CLOSED");
    expect(inquiry.outcome).toBeNull();
    const state = (slug: string) => inquiry.assignments.find((a) => a.organisation.slug === slug)?.state;
    expect([state("essen"), state("koeln"), state("nrw-global-business")]).toEqual(["CLOSED", "ACCEPTED", "ACCEPTED"]);
    // No figures for an outcome that has none.
    expect(inquiry.assignments.find((a) => a.organisation.slug === "essen")?.outcomeFigures).toBeNull();
    expect(inquiry.events.at(-1)).toMatchObject({ type: "CLOSED", targetOrganisationId: ids["essen"], data: { outcome: "no-fit", part: true } });
    // Essen cannot close again, nor close for Köln.
    expect(await act(staff.essen, { action: "close", reference, outcome: "no-fit", summary: "noch einmal" })).toEqual({ ok: false, error: "notAllowed" });

    expect(await act(staff.koeln, { action: "close", reference, outcome: "referred", summary: "An die IHK verwiesen" })).toEqual({ ok: true });
    inquiry = await load(reference);
    expect(inquiry.status).toBe("TRIAGED");
    expect(state("nrw-global-business")).toBe("ACCEPTED");

    // The gateway confirms: the inquiry is closed, with its own outcome.
    expect(await act(staff.gateway, { action: "close", reference, outcome: "referred", summary: "Beide Partner ohne Ansiedlung" })).toEqual({ ok: true });
    inquiry = await load(reference);
    expect(inquiry).toMatchObject({ status: "CLOSED", outcome: "referred", outcomeSummary: "Beide Partner ohne Ansiedlung" });
    expect(inquiry.assignments.every((a) => a.state === "CLOSED")).toBe(true);
  });

  it("the gateway closes the inquiry with every open assignment; reopening keeps the outcome, figures and summaries", async () => {
    const reference = await acceptedByEssenAndKoeln();
    expect(await act(staff.essen, { action: "close", reference, outcome: "partnership", summary: "Kooperation vereinbart", investment: "lt-250k" })).toEqual({ ok: true });
    expect(await act(staff.gateway, { action: "close", reference, outcome: "settled", jobs: 40, municipality: "Köln", summary: "Niederlassung in Köln" })).toEqual({ ok: true });
    let inquiry = await load(reference);
    expect(inquiry).toMatchObject({ status: "CLOSED", outcome: "settled", outcomeFigures: { jobs: 40, municipality: "Köln" } });
    expect(inquiry.assignments.map((a) => a.state)).toEqual(["CLOSED", "CLOSED", "CLOSED"]);
    expect(await act(staff.gateway, { action: "reopen", reference })).toEqual({ ok: true });
    inquiry = await load(reference);
    expect(inquiry).toMatchObject({ status: "TRIAGED", outcome: "settled", outcomeFigures: { jobs: 40, municipality: "Köln" }, outcomeSummary: "Niederlassung in Köln" });
    expect(inquiry.assignments.find((a) => a.organisation.slug === "essen")).toMatchObject({ outcome: "partnership", outcomeSummary: "Kooperation vereinbart" });
    expect(inquiry.events.map((e) => e.type).slice(-2)).toEqual(["CLOSED", "REOPENED"]);
  });
});

describe("the dashboard", () => {
  it("counts closed inquiries by outcome, with the jobs planned; a reopened one no longer counts", async () => {
    const settled = async () => (await loadDashboard(staff.gateway, {}))!.outcomes.find((o) => o.key === "settled")!;
    const before = await settled();
    const reference = await acceptedByEssenAndKoeln();
    expect(await act(staff.gateway, { action: "close", reference, outcome: "settled", jobs: 7, summary: "Büro eröffnet" })).toEqual({ ok: true });
    expect(await settled()).toEqual({ key: "settled", count: before.count + 1, jobs: before.jobs + 7 });
    expect(await act(staff.gateway, { action: "reopen", reference })).toEqual({ ok: true });
    expect(await settled()).toEqual(before);
  });
});
