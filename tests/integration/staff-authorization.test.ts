// The authorization matrix of the staff actions: (gateway, Essen, Köln, admin) x
// (every workflow action, notes, detail, inbox) on one inquiry forwarded to Essen.
// Any allow that is not in the expected table fails the test. Also: which notes each
// role reads (shared or private to the author's organisation), and that a partner
// gets the applicant's contact person only once it has accepted (issue #17).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Staff } from "@/lib/auth/session";
import { applicantDataAction } from "@/lib/dataprotection/actions";
import { POST as exportApplicantRoute } from "@/app/[locale]/admin/(staff)/data-protection/export/route";
import { eraseApplicant, exportApplicantData, findApplicantInquiries } from "@/lib/dataprotection/applicant";
import { db } from "@/lib/db/client";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/domain/workflow";
import { can, PERMISSIONS } from "@/lib/auth/permissions";
import { GET as exportInboxRoute } from "@/app/[locale]/admin/(staff)/inquiries/export/route";
import { GET as exportReportRoute } from "@/app/[locale]/admin/(staff)/report/export/route";
import { loadDashboard } from "@/lib/casework/dashboard";
import { loadInbox } from "@/lib/casework/inbox";
import { loadInquiryDetail } from "@/lib/casework/staff-detail";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { addNote, performAction, type ActionInput } from "@/lib/casework/workflow-service";
import { previewMessage } from "@/lib/conversation/messages";
import { GET as exportCsvRoute } from "@/app/[locale]/admin/(staff)/inquiries/export/route";
import { seedOrganisations } from "@/prisma/seed/index";
import { aMinuteAgo, japaneseAnswers } from "./inquiry-fixtures";

const staff: Record<"gateway" | "essen" | "koeln" | "admin", Staff> = {} as never;

// Route handlers and Server Actions ask getStaff() for the session; here it is whoever `session.current` is.
const session = vi.hoisted(() => ({ current: null as Staff | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getStaff: async () => session.current,
}));
let reference = "";
let ids: Record<string, string> = {};

async function principal(role: Staff["role"], slug: string | null, name: string): Promise<Staff> {
  const org = slug ? await db().organisation.findUniqueOrThrow({ where: { slug } }) : null;
  return {
    sessionId: `session-${name}`,
    userId: `user-${name}`,
    role,
    organisationId: org?.id ?? null,
    twoFactorEnabled: true,
    name,
    email: `${name}@example.org`,
    organisation: org && { id: org.id, slug: org.slug, shortName: org.shortName, kind: org.kind },
  };
}

async function version() {
  return (await db().inquiry.findUniqueOrThrow({ where: { reference } })).version;
}

function input(action: WorkflowAction, v: number): ActionInput {
  switch (action) {
    case "forward":
      return { action, reference, version: v, targetOrganisationIds: [ids["krefeld"]!] };
    case "return":
      return { action, reference, version: v, reason: "Not our focus" };
    case "close":
      return { action, reference, version: v, outcome: "referred", summary: "Referred to the chamber of commerce" };
    default:
      return { action, reference, version: v };
  }
}

beforeAll(async () => {
  await seedOrganisations(db());
  ids = Object.fromEntries((await db().organisation.findMany()).map((o) => [o.slug, o.id]));
  staff.gateway = await principal("GATEWAY", "nrw-global-business", "gateway");
  staff.essen = await principal("PARTNER", "essen", "essen");
  staff.koeln = await principal("PARTNER", "koeln", "koeln");
  staff.admin = await principal("ADMIN", null, "admin");
  // A member of Essen's staff, to receive the forward's notification.
  await db().user.create({ data: { id: "essen-mailbox", name: "Markus Yilmaz", email: "markus.yilmaz@essen.example.org", role: "PARTNER", organisationId: ids["essen"]! } });
  const submitted = await submitInquiry(
    { answers: japaneseAnswers, locale: "ja", idempotencyKey: "authz-matrix-0000001", clientIp: "192.0.2.10", startedAt: aMinuteAgo() },
    { mailDelivery: "outbox" },
  );
  if (!submitted.ok || !submitted.inquiryId) throw new Error("fixture inquiry not stored");
  reference = submitted.reference;
  const forwarded = await performAction(staff.gateway, { action: "forward", reference, version: await version(), targetOrganisationIds: [ids["essen"]!] });
  expect(forwarded).toEqual({ ok: true });
});

describe("who may see the inquiry forwarded to Essen", () => {
  it("in the detail view", async () => {
    expect(await loadInquiryDetail(staff.gateway, reference)).not.toBeNull();
    expect(await loadInquiryDetail(staff.essen, reference)).not.toBeNull();
    expect(await loadInquiryDetail(staff.koeln, reference)).toBeNull();
    expect(await loadInquiryDetail(staff.admin, reference)).toBeNull();
  });

  it("in the inbox, searched by its reference", async () => {
    const found = async (s: Staff) => (await loadInbox(s, { q: reference }))?.rows.map((r) => r.reference) ?? null;
    expect(await found(staff.gateway)).toEqual([reference]);
    expect(await found(staff.essen)).toEqual([reference]);
    expect(await found(staff.koeln)).toEqual([]);
    expect(await found(staff.admin)).toBeNull();
  });
});

/** Everything a loader returned, as text: what a page could render or serialise. */
const asText = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
const CONTACT_TRACES = [japaneseAnswers.contactName, japaneseAnswers.contactEmail, japaneseAnswers.contactPhone, japaneseAnswers.contactRole!, "6812"];
const csvRequest = (query: string) => new Request(`http://portal.test/en/admin/inquiries/export?${query}`);
const csvParams = { params: Promise.resolve({ locale: "en" }) };

describe("the applicant's contact person: a partner gets it only once it has accepted", () => {
  it("before Essen accepts: not loaded for Essen, not searchable, not in its mail; the gateway has it", async () => {
    const pending = await loadInquiryDetail(staff.essen, reference);
    expect(pending?.contact).toBeNull();
    expect(pending?.contactVisible).toBe(false);
    for (const trace of CONTACT_TRACES) expect(asText(pending)).not.toContain(trace);
    const gateway = await loadInquiryDetail(staff.gateway, reference);
    expect(gateway?.contact).toEqual({ name: japaneseAnswers.contactName, nameLatin: null, role: japaneseAnswers.contactRole, email: japaneseAnswers.contactEmail, phone: japaneseAnswers.contactPhone });
    // A search by the applicant's address must not tell Essen which inquiry carries it.
    const found = async (s: Staff, q: string) => (await loadInbox(s, { q }))?.rows.map((r) => r.reference);
    expect(await found(staff.essen, japaneseAnswers.contactEmail)).toEqual([]);
    expect(await found(staff.essen, japaneseAnswers.contactName)).toEqual([]);
    expect(await found(staff.gateway, japaneseAnswers.contactEmail)).toEqual([reference]);
    // Nor can Essen preview a message to the applicant (the preview names the address).
    expect(await previewMessage(staff.essen, { reference, body: "Guten Tag" })).toEqual({ ok: false, error: "notAllowed" });
    // The forward's notification to Essen's staff names the company, never the contact person.
    const mails = await db().outboundMail.findMany({ where: { toAddress: "markus.yilmaz@essen.example.org" } });
    expect(mails).toHaveLength(1);
    for (const trace of CONTACT_TRACES) expect(`${mails[0]!.subject}\n${mails[0]!.text}`).not.toContain(trace);
  });

  it("the CSV and JSON downloads answer a partner with 404 and no data; the gateway's CSV has it", async () => {
    session.current = staff.essen;
    const denied = await exportCsvRoute(csvRequest(`q=${reference}`), csvParams);
    expect(denied.status).toBe(404);
    const deniedBody = await denied.text();
    for (const trace of CONTACT_TRACES) expect(deniedBody).not.toContain(trace);
    const json = await exportApplicantRoute(
      new Request("http://portal.test/en/admin/data-protection/export", { method: "POST", headers: { host: "portal.test", origin: "http://portal.test" }, body: new URLSearchParams({ email: japaneseAnswers.contactEmail }) }),
    );
    expect(json.status).toBe(404);
    const jsonBody = await json.text();
    for (const trace of CONTACT_TRACES) expect(jsonBody).not.toContain(trace);
    session.current = staff.gateway;
    const csv = await (await exportCsvRoute(csvRequest(`q=${reference}`), csvParams)).text();
    expect(csv).toContain(japaneseAnswers.contactEmail);
    session.current = null;
  });

  it("after Essen accepts: loaded for Essen, and the release is one entry on the timeline", async () => {
    expect(await performAction(staff.essen, input("accept", await version()))).toEqual({ ok: true });
    const accepted = await loadInquiryDetail(staff.essen, reference);
    expect(accepted?.contactVisible).toBe(true);
    expect(accepted?.contact?.email).toBe(japaneseAnswers.contactEmail);
    const released = accepted!.inquiry.events.filter((e) => e.type === "CONTACT_DISCLOSED");
    expect(released.map((e) => [e.targetOrganisationId, e.actorLabel])).toEqual([[ids["essen"], "essen"]]);
    expect((await loadInbox(staff.essen, { q: japaneseAnswers.contactEmail }))?.rows.map((r) => r.reference)).toEqual([reference]);
    // Still released after Essen closes its part.
    expect(await performAction(staff.essen, input("close", await version()))).toEqual({ ok: true });
    expect((await loadInquiryDetail(staff.essen, reference))?.contact?.email).toBe(japaneseAnswers.contactEmail);
    await resetToForwarded();
  });

  it("a pending forward the gateway closed along with the inquiry was never accepted: still nothing", async () => {
    expect(await performAction(staff.gateway, input("close", await version()))).toEqual({ ok: true });
    const closed = await loadInquiryDetail(staff.essen, reference);
    expect(closed).not.toBeNull();
    expect(closed?.contact).toBeNull();
    await resetToForwarded();
  });
});

describe("who may see the dashboard", () => {
  it("the gateway and the partners have the permission the page checks (a partner's covers its own cases), administrators not", () => {
    expect(Object.fromEntries(Object.entries(staff).map(([who, s]) => [who, can(s, "dashboard.view")]))).toEqual({ gateway: true, essen: true, koeln: true, admin: false });
  });

  it("and its figures never reach beyond what a staff member may see", async () => {
    const total = async (s: Staff) => (await loadDashboard(s, { q: reference }))?.total ?? null;
    expect(await total(staff.gateway)).toBe(1);
    expect(await total(staff.essen)).toBe(1);
    expect(await total(staff.koeln)).toBe(0);
    expect(await total(staff.admin)).toBeNull();
  });
});

describe("which workflow actions each role may take on it (status FORWARDED)", () => {
  // Only these succeed; every other (role, action) pair must be refused and change nothing.
  const EXPECTED_ALLOWS = new Set(["gateway:forward", "gateway:close", "essen:accept", "essen:return"]);

  for (const who of ["gateway", "essen", "koeln", "admin"] as const) {
    for (const action of WORKFLOW_ACTIONS) {
      it(`${who} ${EXPECTED_ALLOWS.has(`${who}:${action}`) ? "may" : "may not"} ${action}`, async () => {
        const before = await version();
        const result = await performAction(staff[who], input(action, before));
        if (EXPECTED_ALLOWS.has(`${who}:${action}`)) {
          expect(result).toEqual({ ok: true });
          // Each cell starts from the same state.
          await resetToForwarded();
        } else {
          expect(result.ok).toBe(false);
          expect(await version()).toBe(before);
        }
      });
    }
  }

  it("notes: gateway and Essen may add one, Köln and the administrator may not", async () => {
    expect(await addNote(staff.gateway, reference, "Rückruf vereinbart")).toEqual({ ok: true });
    expect(await addNote(staff.essen, reference, "Termin am Kennedyplatz")).toEqual({ ok: true });
    expect(await addNote(staff.koeln, reference, "x")).toEqual({ ok: false, error: "notFound" });
    expect(await addNote(staff.admin, reference, "x")).toEqual({ ok: false, error: "notFound" });
    expect(await db().inquiryNote.count()).toBe(2);
  });
});

describe("which notes each role reads (shared, or private to the author's organisation)", () => {
  it("across the gateway, a partner holding the case, a partner that does not, and the administrator", async () => {
    // Besides the two notes above: the gateway's "Rückruf vereinbart" (shared, its default) and Essen's "Termin am Kennedyplatz" (private, its default).
    // Krefeld holds the case too: it reads shared notes, not Essen's or the gateway's private ones.
    expect(await performAction(staff.gateway, { action: "forward", reference, version: await version(), targetOrganisationIds: [ids["krefeld"]!] })).toEqual({ ok: true });
    const krefeld = await principal("PARTNER", "krefeld", "krefeld");
    expect(await addNote(staff.gateway, reference, "gateway shared (default)")).toEqual({ ok: true });
    expect(await addNote(staff.gateway, reference, "gateway private", "ORGANISATION")).toEqual({ ok: true });
    expect(await addNote(staff.essen, reference, "essen private (default)")).toEqual({ ok: true });
    expect(await addNote(staff.essen, reference, "essen shared", "SHARED")).toEqual({ ok: true });
    // A note from before visibilities existed: the migration's default keeps it shared.
    const inquiry = await db().inquiry.findUniqueOrThrow({ where: { reference } });
    await db().$executeRaw`INSERT INTO "InquiryNote" (id, "inquiryId", "authorLabel", "organisationId", body) VALUES (gen_random_uuid(), ${inquiry.id}::uuid, 'earlier', ${ids["essen"]}::uuid, 'essen before visibilities')`;

    const read = async (s: Staff) => {
      const detail = await loadInquiryDetail(s, reference);
      if (!detail) return null;
      // The timeline leaves out the entries of notes the viewer may not read.
      expect(detail.inquiry.events.filter((e) => e.type === "NOTE_ADDED")).toHaveLength(detail.inquiry.notes.filter((n) => n.authorLabel !== "earlier").length);
      return detail.inquiry.notes.map((n) => n.body).sort();
    };
    expect({ gateway: await read(staff.gateway), essen: await read(staff.essen), krefeld: await read(krefeld), koeln: await read(staff.koeln), admin: await read(staff.admin) }).toEqual({
      gateway: ["Rückruf vereinbart", "essen before visibilities", "essen shared", "gateway private", "gateway shared (default)"],
      essen: ["Rückruf vereinbart", "Termin am Kennedyplatz", "essen before visibilities", "essen private (default)", "essen shared", "gateway shared (default)"],
      krefeld: ["Rückruf vereinbart", "essen before visibilities", "essen shared", "gateway shared (default)"],
      koeln: null,
      admin: null,
    });
    expect(await addNote(staff.essen, reference, "x", "EVERYONE" as never)).toEqual({ ok: false, error: "invalid" });
    await resetToForwarded();
  });
});

/** Puts the inquiry back to "forwarded to Essen, pending" after an allowed action. */
async function resetToForwarded() {
  const inquiry = await db().inquiry.findUniqueOrThrow({ where: { reference } });
  await db().assignment.deleteMany({ where: { inquiryId: inquiry.id, organisationId: { notIn: [ids["nrw-global-business"]!] } } });
  await db().assignment.updateMany({ where: { inquiryId: inquiry.id }, data: { state: "ACCEPTED", closedAt: null } });
  await db().assignment.create({ data: { inquiryId: inquiry.id, organisationId: ids["essen"]! } });
  await db().inquiry.update({ where: { id: inquiry.id }, data: { status: "FORWARDED", closedAt: null, outcome: null } });
}

describe("the workflow end to end", () => {
  it("a return with nobody else holding it sends the inquiry back to the gateway", async () => {
    await resetToForwarded();
    expect(await performAction(staff.essen, input("return", await version()))).toEqual({ ok: true });
    const inquiry = await db().inquiry.findUniqueOrThrow({ where: { reference }, include: { events: true } });
    expect(inquiry.status).toBe("TRIAGED");
    expect(inquiry.events.map((e) => e.type)).toContain("RETURNED");
    // Essen no longer sees what it returned.
    expect(await loadInquiryDetail(staff.essen, reference)).toBeNull();
  });

  it("a stale version is a conflict and changes nothing", async () => {
    await resetToForwarded();
    const stale = (await version()) - 1;
    expect(await performAction(staff.gateway, input("close", stale))).toEqual({ ok: false, error: "conflict" });
    expect((await db().inquiry.findUniqueOrThrow({ where: { reference } })).status).toBe("FORWARDED");
  });

  it("accept, start and close walk Essen's part to CLOSED; the gateway's confirmation closes the inquiry (decision 0017)", async () => {
    await resetToForwarded();
    for (const action of ["accept", "start", "close"] as const) {
      expect(await performAction(staff.essen, input(action, await version()))).toEqual({ ok: true });
    }
    const load = () => db().inquiry.findUniqueOrThrow({ where: { reference }, include: { events: { orderBy: { id: "asc" } }, assignments: true } });
    let inquiry = await load();
    // A partner closes its own part; the inquiry goes back to the gateway, which still holds it.
    expect(inquiry.status).toBe("TRIAGED");
    expect(inquiry.assignments.find((a) => a.organisationId === staff.essen.organisationId)).toMatchObject({ state: "CLOSED", outcome: "referred" });
    expect(inquiry.assignments.find((a) => a.organisationId === staff.gateway.organisationId)?.state).toBe("ACCEPTED");
    expect(await performAction(staff.gateway, input("close", await version()))).toEqual({ ok: true });
    inquiry = await load();
    expect(inquiry.status).toBe("CLOSED");
    expect(inquiry.outcome).toBe("referred");
    expect(inquiry.assignments.every((a) => a.state === "CLOSED")).toBe(true);
    expect(inquiry.events.map((e) => e.type).slice(-7)).toEqual(["ACCEPTED", "STATUS_CHANGED", "CONTACT_DISCLOSED", "STATUS_CHANGED", "CLOSED", "STATUS_CHANGED", "CLOSED"]);
  });
});

describe("an administrator who has not set up two-factor authentication", () => {
  it("is refused everything, even what the role table grants administrators", async () => {
    const unenrolled: Staff = { ...staff.admin, userId: "user-admin-without-2fa", twoFactorEnabled: false };
    expect(can(unenrolled, "staff.manage")).toBe(false);
    expect(await loadInquiryDetail(unenrolled, reference)).toBeNull();
    expect(await loadInbox(unenrolled, { q: reference })).toBeNull();
    const before = await version();
    for (const action of WORKFLOW_ACTIONS) expect((await performAction(unenrolled, input(action, before))).ok, action).toBe(false);
    expect(await addNote(unenrolled, reference, "x")).toEqual({ ok: false, error: "notFound" });
    expect(await version()).toBe(before);
  });
});

describe("who may see, export and erase an applicant's data (gateway only)", () => {
  const email = japaneseAnswers.contactEmail;

  const exportRequest = (headers: Record<string, string> = {}) =>
    new Request("http://portal.test/en/admin/data-protection/export", {
      method: "POST",
      headers: { host: "portal.test", ...headers },
      body: new URLSearchParams({ email: email.toUpperCase() }),
    });

  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries({ locale: "en", ...fields })) data.set(name, value);
    return data;
  };

  it("in the services", async () => {
    expect(await findApplicantInquiries(staff.gateway, email)).toHaveLength(1);
    for (const who of ["essen", "koeln", "admin"] as const) {
      expect(await findApplicantInquiries(staff[who], email)).toBeNull();
      expect(await exportApplicantData(staff[who], email)).toBeNull();
      expect(await eraseApplicant(staff[who], email, "request")).toEqual({ ok: false, error: "notFound" });
    }
  });

  it("in the JSON download", async () => {
    session.current = null;
    expect((await exportApplicantRoute(exportRequest())).status).toBe(401);
    for (const who of ["essen", "koeln", "admin"] as const) {
      session.current = staff[who];
      const denied = await exportApplicantRoute(exportRequest());
      expect(denied.status, who).toBe(404);
      expect(denied.headers.get("cache-control")).toBe("no-store");
    }
    session.current = staff.gateway;
    expect((await exportApplicantRoute(exportRequest({ origin: "https://evil.example" }))).status).toBe(403);
    const allowed = await exportApplicantRoute(exportRequest({ origin: "http://portal.test" }));
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(allowed.headers.get("content-disposition")).toMatch(/^attachment; filename="applicant-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(allowed.headers.get("cache-control")).toBe("no-store");
    const body = (await allowed.json()) as { inquiries: { reference: string }[] };
    expect(body.inquiries.map((i) => i.reference)).toEqual([reference]);
  });

  it("in the page's Server Action", async () => {
    session.current = null;
    await expect(applicantDataAction({}, form({ intent: "lookup", email }))).rejects.toThrow(/NEXT_REDIRECT/);
    for (const who of ["essen", "koeln", "admin"] as const) {
      session.current = staff[who];
      expect(await applicantDataAction({}, form({ intent: "lookup", email }))).toEqual({ result: "notAllowed" });
      expect(await applicantDataAction({}, form({ intent: "erase", email, reason: "request", confirm: "yes" }))).toEqual({ result: "notAllowed" });
    }
    expect((await db().inquiry.findUniqueOrThrow({ where: { reference } })).anonymisedAt).toBeNull();
    session.current = staff.gateway;
    const found = await applicantDataAction({}, form({ intent: "lookup", email: email.toUpperCase() }));
    expect(found.inquiries?.map((i) => i.reference)).toEqual([reference]);
    // Without the confirmation nothing is erased.
    expect(await applicantDataAction(found, form({ intent: "erase", email, reason: "request" }))).toMatchObject({ result: "confirmRequired" });
    expect(await applicantDataAction(found, form({ intent: "erase", email, confirm: "yes" }))).toMatchObject({ result: "confirmRequired" });
    expect((await db().inquiry.findUniqueOrThrow({ where: { reference } })).anonymisedAt).toBeNull();
    expect(await applicantDataAction(found, form({ intent: "erase", email, reason: "request", confirm: "yes" }))).toEqual({
      email,
      inquiries: [],
      result: "erased",
      erased: [reference],
    });
    expect((await db().inquiry.findUniqueOrThrow({ where: { reference } })).anonymisedAt).toBeInstanceOf(Date);
  });
});

describe("the programme owner (issue #21): the report, and nothing that names an applicant", () => {
  let owner: Staff;
  const reportRequest = (query: string) => new Request(`http://portal.test/ja/admin/report/export?${query}`, { headers: { host: "portal.test" } });
  const params = { params: Promise.resolve({ locale: "ja" }) };

  beforeAll(async () => {
    owner = await principal("PROGRAMME_OWNER", null, "ministry");
  });

  it("holds only the report's permission in the table", () => {
    const granted = PERMISSIONS.filter((p) => can(owner, p));
    expect(granted).toEqual(["report.view"]);
    expect(can(staff.gateway, "report.view")).toBe(true);
    expect(can(staff.essen, "report.view")).toBe(false);
    expect(can(staff.admin, "report.view")).toBe(false);
  });

  it("is refused every view of inquiries: detail, inbox, dashboard, applicant data", async () => {
    expect(await loadInquiryDetail(owner, reference)).toBeNull();
    expect(await loadInbox(owner, { q: reference })).toBeNull();
    expect(await loadDashboard(owner, {})).toBeNull();
    expect(await findApplicantInquiries(owner, japaneseAnswers.contactEmail)).toBeNull();
    expect(await exportApplicantData(owner, japaneseAnswers.contactEmail)).toBeNull();
  });

  it("may take no workflow action and add no note", async () => {
    const before = await version();
    for (const action of WORKFLOW_ACTIONS) expect((await performAction(owner, input(action, before))).ok, action).toBe(false);
    expect(await addNote(owner, reference, "x")).toEqual({ ok: false, error: "notFound" });
    expect(await version()).toBe(before);
  });

  it("gets 404 from the inbox's and the applicant's downloads", async () => {
    session.current = owner;
    const inboxExport = await exportInboxRoute(new Request(`http://portal.test/ja/admin/inquiries/export?q=${reference}`), params);
    expect(inboxExport.status).toBe(404);
    const applicant = await exportApplicantRoute(
      new Request("http://portal.test/ja/admin/data-protection/export", { method: "POST", headers: { host: "portal.test", origin: "http://portal.test" }, body: new URLSearchParams({ email: japaneseAnswers.contactEmail }) }),
    );
    expect(applicant.status).toBe(404);
  });

  it("downloads the report, which holds no applicant's data; partners and administrators get 404, bad periods a translated 400", async () => {
    session.current = owner;
    const allowed = await exportReportRoute(reportRequest(`format=csv&from=2000-01-01&to=2000-12-31`), params);
    expect(allowed.status).toBe(200);
    session.current = owner;
    const thisYear = await exportReportRoute(reportRequest(`format=csv&period=${new Date().getUTCFullYear()}`), params);
    const csv = await thisYear.text();
    expect(thisYear.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    for (const personal of [japaneseAnswers.companyName, japaneseAnswers.contactName, japaneseAnswers.contactEmail, japaneseAnswers.description, reference]) {
      expect(csv).not.toContain(personal);
    }
    const open = await exportReportRoute(reportRequest("format=xlsx&from=2026-01-01"), params);
    expect(open.status).toBe(400);
    expect(await open.text()).toBe("開始日と終了日の両方を入力してください。報告には区切られた期間が必要です。\n");
    for (const who of ["essen", "admin"] as const) {
      session.current = staff[who];
      expect((await exportReportRoute(reportRequest("format=xlsx"), params)).status, who).toBe(404);
    }
    session.current = null;
    expect((await exportReportRoute(reportRequest("format=xlsx"), params)).status).toBe(401);
  });
});
