"use server";
// The hosts' Server Actions on an event's registrations: confirm or decline,
// check-in, write to all registrants, the registration settings. Each goes through the one staff wrapper
// (permission eventRegistration.manage) and then checks that the staff member's
// organisation hosts the event. Plain forms: the browser follows a redirect back
// to the event's page with what happened.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "../auth/staff-action.ts";
import { ExpectedError } from "../expected-error.ts";
import type { Locale } from "../i18n/routing.ts";
import { managedEvent, managedRegistration } from "./host.ts";
import { decideRegistration, setCheckedIn, writeToRegistrants } from "./registration.ts";
import { saveRegistrationSettings } from "./settings.ts";
import { field, parseSettings, readSettingsForm, type SettingsState } from "./settings-form.ts";

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

const SLUG_INPUT = z.object({ event: z.string().regex(/^[a-z0-9-]{1,120}$/) });
const formValues = (form: FormData) => readSettingsForm((name) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
});

/**
 * The registration settings (useActionState, also without JavaScript): a refused form
 * comes back with what was typed and an error per field; saved, the page shows the
 * stored settings again.
 */
export const settingsAction = staffAction({
  access: "eventRegistration.manage",
  page,
  read: (form) => ({ event: form.get("event") }),
  schema: SLUG_INPUT,
  fail: (code, { form }): SettingsState => ({ values: formValues(form), errors: {}, result: code === "notAllowed" ? "notAllowed" : "invalid", submission: Date.now() }),
  malformed: { errors: {}, result: "invalid", submission: 0 } as SettingsState,
  run: async (input, { staff, locale, form }): Promise<SettingsState> => {
    const event = await managedEvent(staff, input.event);
    if (!event) throw new ExpectedError("notAllowed");
    const values = formValues(form);
    const parsed = parseSettings(values, event);
    if (!parsed.ok) return { values, errors: parsed.errors, result: "invalid", submission: Date.now() };
    const saved = await saveRegistrationSettings(event.id, parsed.data);
    if (!saved.ok) {
      if ("notFound" in saved) throw new ExpectedError("notAllowed");
      // Each slot that someone holds goes back to its row, with the reason at its remove box.
      const rows = Number(values.slotRows);
      const errors = Object.fromEntries(
        Array.from({ length: rows }, (_, i) => i).filter((i) => saved.slotsInUse.includes(values[field.slot(i, "id")] ?? "")).map((i) => [field.slot(i, "remove"), "inUse" as const]),
      );
      return { values, errors, result: "invalid", submission: Date.now() };
    }
    revalidatePath(`/${locale}/admin/events/${input.event}`);
    return { errors: {}, result: "saved", movedUp: saved.movedUp, submission: Date.now() };
  },
});
