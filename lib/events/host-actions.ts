"use server";
// The hosts' Server Actions on an event's registrations: confirm or decline,
// check-in, write to all registrants. Each goes through the one staff wrapper
// (permission eventRegistration.manage) and then checks that the staff member's
// organisation hosts the event. Plain forms: the browser follows a redirect back
// to the event's page with what happened.
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "../auth/staff-action.ts";
import { ExpectedError } from "../expected-error.ts";
import type { Locale } from "../i18n/routing.ts";
import { managedEvent, managedRegistration } from "./host.ts";
import { decideRegistration, setCheckedIn, writeToRegistrants } from "./registration.ts";

const MESSAGE_MAX = 5000;
const slugOf = (form: FormData) => {
  const value = form.get("event");
  return typeof value === "string" && /^[a-z0-9-]{1,120}$/.test(value) ? value : "";
};
const back = (locale: Locale, form: FormData, query: string): never => redirect(`/${locale}/admin/events/${slugOf(form)}?${query}`);
const page = (locale: Locale, form: FormData) => `/${locale}/admin/events/${slugOf(form)}`;

export const decideAction = staffAction({
  access: "eventRegistration.manage",
  page,
  read: (form) => ({ id: form.get("registration"), decision: form.get("decision"), message: form.get("message") ?? "" }),
  schema: z.object({ id: z.uuid(), decision: z.enum(["confirm", "decline"]), message: z.string().trim().max(MESSAGE_MAX) }),
  fail: (code, { locale, form }) => back(locale, form, `error=${code}`),
  malformed: undefined,
  run: async (input, { staff, locale, form }) => {
    if (!(await managedRegistration(staff, input.id))) throw new ExpectedError("notAllowed");
    if (!(await decideRegistration(input.id, input.decision, input.message || null))) throw new ExpectedError("unchanged");
    back(locale, form, "done=saved");
  },
});

export const checkInAction = staffAction({
  access: "eventRegistration.manage",
  page,
  read: (form) => ({ id: form.get("registration"), present: form.get("present") }),
  schema: z.object({ id: z.uuid(), present: z.enum(["yes", "no"]) }),
  fail: (code, { locale, form }) => back(locale, form, `error=${code}`),
  malformed: undefined,
  run: async (input, { staff, locale, form }) => {
    if (!(await managedRegistration(staff, input.id))) throw new ExpectedError("notAllowed");
    await setCheckedIn(input.id, input.present === "yes");
    back(locale, form, "done=saved");
  },
});

export const writeAllAction = staffAction({
  access: "eventRegistration.manage",
  page,
  read: (form) => ({ event: form.get("event"), message: form.get("message") }),
  schema: z.object({ event: z.string().regex(/^[a-z0-9-]{1,120}$/), message: z.string().trim().min(1).max(MESSAGE_MAX) }),
  fail: (code, { locale, form }) => back(locale, form, `error=${code}`),
  malformed: undefined,
  run: async (input, { staff, locale, form }) => {
    const event = await managedEvent(staff, input.event);
    if (!event) throw new ExpectedError("notAllowed");
    const sent = await writeToRegistrants(event.id, input.message);
    back(locale, form, `sent=${sent}`);
  },
});
