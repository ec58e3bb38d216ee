// The host's registration settings form (issue #20): capacity, approval, deadline,
// the event's extra questions and its one-to-one meeting slots. One plain form
// without JavaScript: every question and slot is a numbered row, plus one empty row
// for a new one; a row is removed by ticking its box. The values travel as typed
// strings, so a refused form comes back with everything as it was and an error code
// per field (messages/registration/*.json, registration.settings.errors).
// Pure: no I/O, safe in any bundle.
import { z } from "zod";
import { locales, type Locale } from "../i18n/routing.ts";
import { EVENT_ZONES, type EventZone } from "./format.ts";
import { eventQuestionSchema, QUESTION_KINDS, type EventQuestion } from "./questions.ts";
import { checkWallTime, dateToWallTime } from "./zoned-time.ts";

export const SETTINGS_LIMITS = { capacity: 100_000, questions: 20, options: 20, label: 300, slots: 50 } as const;

export type SettingsValues = Record<string, string>;
export type SettingsErrorCode = "required" | "invalid" | "gap" | "repeat" | "tooLong" | "tooMany" | "afterStart" | "endBeforeStart" | "optionsMismatch" | "inUse";
export type SettingsErrors = Record<string, SettingsErrorCode>;

export type SettingsState = {
  /** What was sent, as typed; absent: show the stored settings. */
  values?: SettingsValues;
  errors: SettingsErrors;
  result?: "saved" | "notAllowed" | "invalid" | "unexpected";
  /** Waiting registrants moved up by a larger capacity. */
  movedUp?: number;
  submission: number;
};

export type SlotSetting = { id: string | null; startsAt: Date; endsAt: Date };

export type RegistrationSettings = {
  capacity: number | null;
  requiresApproval: boolean;
  registrationDeadline: Date | null;
  questions: EventQuestion[];
  /** The slots to keep (with id) or create (id null); stored slots not named here are removed. */
  slots: SlotSetting[];
};

export type StoredSettings = Omit<RegistrationSettings, "slots"> & { slots: { id: string; startsAt: Date; endsAt: Date }[] };

export const field = {
  question: (i: number, part: string) => `question-${i}-${part}`,
  slot: (i: number, part: string) => `slot-${i}-${part}`,
};

const ZONES = EVENT_ZONES.map((z) => z.zone) as readonly string[];

/** The form's values for the stored settings, times in `zone`, with one empty row each for a new question and a new slot. */
export function storedSettingsValues(stored: StoredSettings, zone: EventZone): SettingsValues {
  const values: SettingsValues = {
    zone,
    capacity: stored.capacity === null ? "" : String(stored.capacity),
    requiresApproval: stored.requiresApproval ? "yes" : "",
    deadline: stored.registrationDeadline ? dateToWallTime(stored.registrationDeadline, zone) : "",
    questionRows: String(stored.questions.length + 1),
    slotRows: String(stored.slots.length + 1),
  };
  stored.questions.forEach((q, i) => {
    values[field.question(i, "id")] = q.id;
    values[field.question(i, "kind")] = q.kind;
    values[field.question(i, "required")] = q.required ? "yes" : "";
    for (const l of locales) values[field.question(i, `label-${l}`)] = q.label[l];
    if (q.kind === "choice") {
      values[field.question(i, "optionIds")] = q.options.map((o) => o.id).join(",");
      for (const l of locales) values[field.question(i, `options-${l}`)] = q.options.map((o) => o.label[l]).join("\n");
    }
  });
  values[field.question(stored.questions.length, "kind")] = "text";
  stored.slots.forEach((s, i) => {
    values[field.slot(i, "id")] = s.id;
    values[field.slot(i, "start")] = dateToWallTime(s.startsAt, zone);
    values[field.slot(i, "end")] = dateToWallTime(s.endsAt, zone);
  });
  return values;
}

const rowCount = (value: string | undefined, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max + 1) : 0;
};

/** The posted form's fields this form knows, as strings (bounded: a hand-made post cannot make it read without end). */
export function readSettingsForm(get: (name: string) => string | undefined): SettingsValues {
  const values: SettingsValues = {};
  const take = (name: string) => {
    const value = get(name);
    if (value !== undefined) values[name] = value.slice(0, 5000);
  };
  for (const name of ["zone", "capacity", "requiresApproval", "deadline", "questionRows", "slotRows"]) take(name);
  const questions = rowCount(values.questionRows, SETTINGS_LIMITS.questions);
  const slots = rowCount(values.slotRows, SETTINGS_LIMITS.slots);
  values.questionRows = String(questions);
  values.slotRows = String(slots);
  for (let i = 0; i < questions; i++) {
    for (const part of ["id", "kind", "required", "remove", "optionIds", ...locales.flatMap((l) => [`label-${l}`, `options-${l}`])]) take(field.question(i, part));
  }
  for (let i = 0; i < slots; i++) for (const part of ["id", "start", "end", "remove"]) take(field.slot(i, part));
  return values;
}

const capacitySchema = z.coerce.number().int().min(1).max(SETTINGS_LIMITS.capacity);
const labelSchema = z.string().trim().min(1).max(SETTINGS_LIMITS.label);
const ID = /^[a-z][a-z0-9-]{0,39}$/;

/** A fresh id `prefix<n>` not in `taken` (and then taken). */
function freshId(prefix: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  taken.add(`${prefix}${n}`);
  return `${prefix}${n}`;
}

const lines = (value: string | undefined) => (value ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** Checks the sent values; `startsAt`: the event's start (a deadline must come before it). */
export function parseSettings(values: SettingsValues, event: { startsAt: Date }): { ok: true; data: RegistrationSettings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const zone = values.zone ?? "";
  if (!ZONES.includes(zone)) errors.zone = "required";
  /** The instant a typed time names in the chosen zone; otherwise the field's error (a time the zone skips or repeats is named as such). */
  const inZone = (name: string, value: string): Date | undefined => {
    const checked = checkWallTime(value, zone);
    if (checked.ok) return checked.at;
    errors[name] = checked.problem === "format" ? "invalid" : checked.problem;
    return undefined;
  };

  let capacity: number | null = null;
  const capacityText = (values.capacity ?? "").trim();
  if (capacityText) {
    const parsed = capacitySchema.safeParse(capacityText);
    if (parsed.success) capacity = parsed.data;
    else errors.capacity = "invalid";
  }

  let registrationDeadline: Date | null = null;
  const deadlineText = (values.deadline ?? "").trim();
  if (deadlineText && !errors.zone) {
    const at = inZone("deadline", deadlineText);
    if (at && at >= event.startsAt) errors.deadline = "afterStart";
    else if (at) registrationDeadline = at;
  }

  const questions: EventQuestion[] = [];
  const questionRows = Number(values.questionRows ?? 0);
  const takenIds = new Set<string>();
  for (let i = 0; i < questionRows; i++) {
    const id = values[field.question(i, "id")];
    if (id && ID.test(id)) takenIds.add(id);
  }
  let kept = 0;
  for (let i = 0; i < questionRows; i++) {
    const f = (part: string) => field.question(i, part);
    const labelTexts = Object.fromEntries(locales.map((l) => [l, (values[f(`label-${l}`)] ?? "").trim()])) as Record<Locale, string>;
    const optionLines = Object.fromEntries(locales.map((l) => [l, lines(values[f(`options-${l}`)])])) as Record<Locale, string[]>;
    const existingId = values[f("id")];
    const blank = !existingId && locales.every((l) => !labelTexts[l] && optionLines[l].length === 0);
    if (values[f("remove")] === "yes" || blank) continue;
    if (++kept > SETTINGS_LIMITS.questions) {
      errors[f("label-de")] = "tooMany";
      continue;
    }
    const kind = values[f("kind")];
    if (!(QUESTION_KINDS as readonly string[]).includes(kind ?? "")) errors[f("kind")] = "required";
    const label = {} as Record<Locale, string>;
    for (const l of locales) {
      const parsed = labelSchema.safeParse(labelTexts[l]);
      if (parsed.success) label[l] = parsed.data;
      else errors[f(`label-${l}`)] = labelTexts[l] ? "tooLong" : "required";
    }
    const options: { id: string; label: Record<Locale, string> }[] = [];
    if (kind === "choice") {
      const count = optionLines.de.length;
      if (count === 0) errors[f("options-de")] = "required";
      else if (count > SETTINGS_LIMITS.options) errors[f("options-de")] = "tooMany";
      for (const l of locales) {
        if (l !== "de" && optionLines[l].length !== count && count > 0) errors[f(`options-${l}`)] = "optionsMismatch";
        if (optionLines[l].some((o) => o.length > SETTINGS_LIMITS.label)) errors[f(`options-${l}`)] = "tooLong";
      }
      const known = (values[f("optionIds")] ?? "").split(",").filter((o) => ID.test(o));
      const takenOptions = new Set(known);
      for (let n = 0; n < Math.min(count, SETTINGS_LIMITS.options); n++) {
        options.push({ id: known[n] ?? freshId("option", takenOptions), label: Object.fromEntries(locales.map((l) => [l, optionLines[l][n] ?? ""])) as Record<Locale, string> });
      }
    }
    const question = eventQuestionSchema.safeParse({
      id: existingId && ID.test(existingId) ? existingId : freshId("question", takenIds),
      kind,
      required: values[f("required")] === "yes",
      label,
      ...(kind === "choice" ? { options } : {}),
    });
    if (question.success) questions.push(question.data);
  }

  const slots: SlotSetting[] = [];
  const slotRows = Number(values.slotRows ?? 0);
  let slotCount = 0;
  for (let i = 0; i < slotRows; i++) {
    const f = (part: string) => field.slot(i, part);
    const id = values[f("id")] || null;
    const startText = (values[f("start")] ?? "").trim();
    const endText = (values[f("end")] ?? "").trim();
    if (values[f("remove")] === "yes" || (!id && !startText && !endText)) continue;
    if (++slotCount > SETTINGS_LIMITS.slots) {
      errors[f("start")] = "tooMany";
      continue;
    }
    if (errors.zone) continue;
    const startsAt = startText ? inZone(f("start"), startText) : undefined;
    const endsAt = endText ? inZone(f("end"), endText) : undefined;
    if (!startText) errors[f("start")] = "required";
    if (!endText) errors[f("end")] = "required";
    else if (startsAt && endsAt && endsAt <= startsAt) errors[f("end")] = "endBeforeStart";
    if (startsAt && endsAt && endsAt > startsAt) slots.push({ id: id && z.uuid().safeParse(id).success ? id : null, startsAt, endsAt });
  }

  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, data: { capacity, requiresApproval: values.requiresApproval === "yes", registrationDeadline, questions, slots } };
}
