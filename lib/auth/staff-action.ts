import "server-only";
// The one prologue of every staff Server Action (like dub's authActionClient):
// did a form arrive, who is asking, may they (the table in permissions.ts), what
// did they send (a zod schema), and how is an expected failure answered. A Server
// Action is a public endpoint: a check on the page does not protect the action.
// The action's own body then only calls its service and says where the browser goes
// (docs/decisions/0012-server-actions-in-lib.md).
import { redirect } from "next/navigation";
import type { z } from "zod";
import { ExpectedError } from "../expected-error.ts";
import type { Locale } from "../i18n/routing.ts";
import { formLocale, hasNulByte, isFormData } from "../security/action-input.ts";
import { can, type Permission } from "./permissions.ts";
import { getStaff, signInPath, type Staff } from "./session.ts";

/** A permission from the table; or "signedIn": any account, also one that still has to set up two-factor authentication. */
export type Access<Input> = Permission | "signedIn" | ((input: Input) => Permission);

export type StaffActionContext = { staff: Staff; locale: Locale; form: FormData };

export type StaffActionSpec<Schema extends z.ZodType, Result> = {
  access: Access<z.output<Schema>>;
  /** The page the form is on: sign-in sends the browser back there (without one, to the staff area's start). */
  page?: (locale: Locale, form: FormData) => string;
  /** The form's fields as the schema's input. */
  read: (form: FormData) => unknown;
  schema: Schema;
  /** Answers an expected failure: "invalid" (the schema refused), "notAllowed", or an ExpectedError's code. */
  fail: (code: string, context: { locale: Locale; form: FormData }) => Result | Promise<Result>;
  /** The answer to a call that carried no form (only a hand-made request does that). */
  malformed: Result;
  run: (input: z.output<Schema>, context: StaffActionContext) => Promise<Result>;
};

/**
 * A Server Action for the staff area. The returned function takes the form as its
 * last argument, so it serves `<form action>` and `useActionState` alike.
 */
export function staffAction<Schema extends z.ZodType, Result>(spec: StaffActionSpec<Schema, Result>) {
  return async (...args: unknown[]): Promise<Result> => {
    const form = args.at(-1);
    if (!isFormData(form)) return spec.malformed;
    const locale = formLocale(form);
    const staff = await getStaff();
    if (!staff) redirect(signInPath(locale, spec.page?.(locale, form)));
    const { access } = spec;
    const denied = (permission: Permission) => !can(staff, permission);
    // A fixed permission is checked before the input is read; one that depends on the input, after.
    if (typeof access === "string" && access !== "signedIn" && denied(access)) return spec.fail("notAllowed", { locale, form });
    // A NUL byte cannot be stored (action-input.ts): refused like any other invalid input.
    const parsed = hasNulByte(form) ? undefined : spec.schema.safeParse(spec.read(form));
    if (!parsed?.success) return spec.fail("invalid", { locale, form });
    const input: z.output<Schema> = parsed.data;
    if (typeof access === "function" && denied(access(input))) return spec.fail("notAllowed", { locale, form });
    try {
      return await spec.run(input, { staff, locale, form });
    } catch (error) {
      if (error instanceof ExpectedError) return spec.fail(error.code, { locale, form });
      throw error;
    }
  };
}
