// An event's own extra questions (InformationEvent.questions): what the host
// asks besides the standard fields. Short text, a choice among options, or
// yes/no, each labelled in every language. Pure: used by the form, the
// server's validation, the host's list and the export.
import { z } from "zod";
import type { Locale } from "../i18n/routing.ts";

const translated = z.object({ de: z.string().min(1), ja: z.string().min(1), en: z.string().min(1) });

export const QUESTION_KINDS = ["text", "choice", "yesno"] as const;

const questionId = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);

export const eventQuestionSchema = z.discriminatedUnion("kind", [
  z.object({ id: questionId, kind: z.literal("text"), required: z.boolean().default(false), label: translated }),
  z.object({ id: questionId, kind: z.literal("yesno"), required: z.boolean().default(false), label: translated }),
  z.object({
    id: questionId,
    kind: z.literal("choice"),
    required: z.boolean().default(false),
    label: translated,
    options: z.array(z.object({ id: questionId, label: translated })).min(1).max(20),
  }),
]);

export type EventQuestion = z.infer<typeof eventQuestionSchema>;

/** The stored list, or none when it does not parse (a broken definition must not break registration). */
export function parseQuestions(value: unknown): EventQuestion[] {
  const parsed = z.array(eventQuestionSchema).max(20).safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** Longest answer to a short-text question. */
export const ANSWER_MAX = 500;

export type Answers = Record<string, string>;
export type AnswerErrors = Record<string, "required" | "tooLong" | "invalid">;

/** The form field of a question: q-<id>. */
export function answerField(question: Pick<EventQuestion, "id">): string {
  return `q-${question.id}`;
}

/** Reads and checks the answers from a form's values: yes/no answers are "yes" or "no", a choice an option's id. */
export function readAnswers(questions: readonly EventQuestion[], get: (field: string) => string | undefined): { answers: Answers; errors: AnswerErrors } {
  const answers: Answers = {};
  const errors: AnswerErrors = {};
  for (const q of questions) {
    const value = (get(answerField(q)) ?? "").trim();
    if (value) answers[q.id] = value;
    if (!value) {
      if (q.required) errors[q.id] = "required";
    } else if (q.kind === "text" && value.length > ANSWER_MAX) errors[q.id] = "tooLong";
    else if (q.kind === "yesno" && value !== "yes" && value !== "no") errors[q.id] = "invalid";
    else if (q.kind === "choice" && !q.options.some((o) => o.id === value)) errors[q.id] = "invalid";
  }
  return { answers, errors };
}

/** An answer as a person reads it in `locale` (a choice's label, yes/no in words). */
export function answerText(question: EventQuestion, value: string | undefined, locale: Locale, yesNo: { yes: string; no: string }): string {
  if (value === undefined) return "";
  if (question.kind === "yesno") return value === "yes" ? yesNo.yes : value === "no" ? yesNo.no : value;
  if (question.kind === "choice") return question.options.find((o) => o.id === value)?.label[locale] ?? value;
  return value;
}
