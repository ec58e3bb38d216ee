// The question pages' own script, all the JavaScript they load (decision 0031). The
// steps are sent without Next.js's client runtime, like the content pages
// (lib/security/plain-pages.ts); scripts/build-assets.ts bundles this file on its own.
// Without it the form posts and the server answers with the same errors; with it:
// - the answers are checked with the server's own zod schema before anything is
//   sent, and errors appear in place, in the markup the server renders for them
//   (components/ui/Field.tsx, components/inquiry/fields.tsx and ErrorSummary.tsx);
// - the error summary takes focus, and its links move focus to their question;
// - the description counts its characters as they are typed, and screen readers
//   hear the count once typing pauses;
// - a second press while the step is on its way sends nothing.
// Texts come in the page's language from the form (StepText); only the count's numbers are written here.
import { errorId, fieldId, hintId } from "../../components/ui/field-ids.ts";
import { STEP_FORM_ID, STEP_TEXT_ATTRIBUTE, SWITCH_LOCALE_FIELD, type StepText } from "./form-state.ts";
import { characterCount, LIMITS, parseStep, readForm, STEP_FIELDS, STEPS, type FieldErrors, type FieldName, type StepId } from "./schema.ts";

const SUMMARY = '[aria-labelledby="error-summary-title"]';
/** Classes a question's group and control gain with an error (components/inquiry/fields.tsx). */
const GROUP_WITH_ERROR = ["border-s-4", "border-accent", "ps-4"];
const COUNTED = "description";

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The inputs that carry aria-invalid in a group: its radios, or its only checkbox (the consent). */
function invalidInputs(fieldset: HTMLFieldSetElement): HTMLInputElement[] {
  const inputs = [...fieldset.querySelectorAll("input")];
  const single = inputs.filter((input) => input.type === "checkbox").length === 1;
  return inputs.filter((input) => input.type === "radio" || (single && input.type === "checkbox"));
}

/** Shows or clears one question's error as the server renders it. */
function markQuestion(name: FieldName, message: string | undefined, prefix: string): void {
  const control = document.getElementById(fieldId(name));
  const fieldset = control?.closest("fieldset");
  const group = fieldset ?? control?.parentElement;
  if (!control || !group) return;
  for (const name of GROUP_WITH_ERROR) group.classList.toggle(name, Boolean(message));
  if (!fieldset) {
    control.classList.toggle("border-accent", Boolean(message));
    control.classList.toggle("border-ink", !message);
  }
  for (const input of fieldset ? invalidInputs(fieldset) : [control]) {
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }

  let shown = document.getElementById(errorId(name));
  if (message) {
    if (!shown) {
      shown = element("p", "mt-1 font-semibold text-accent");
      shown.id = errorId(name);
      // After the hint, or after the label or legend when there is none.
      (document.getElementById(hintId(name)) ?? group.firstElementChild)?.after(shown);
    }
    shown.replaceChildren(element("span", "sr-only", `${prefix} `), message);
  } else {
    shown?.remove();
  }

  // aria-describedby names the hint, then the error, then anything else (the count).
  const described = fieldset ?? control;
  const ids = (described.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && id !== errorId(name));
  if (message) ids.splice(ids[0] === hintId(name) ? 1 : 0, 0, errorId(name));
  if (ids.length) described.setAttribute("aria-describedby", ids.join(" "));
  else described.removeAttribute("aria-describedby");
}

/** Replaces the error summary above the form (or removes it) and moves focus to it. */
function showSummary(form: HTMLFormElement, title: string, items: { field: FieldName; message: string }[]): void {
  document.querySelector(SUMMARY)?.remove();
  if (!items.length) return;
  const summary = element("div", "mt-6 rounded-md border-4 border-accent p-4 focus:outline-none focus-visible:outline-focus");
  summary.tabIndex = -1;
  summary.setAttribute("role", "alert");
  summary.setAttribute("aria-labelledby", "error-summary-title");
  const heading = element("h2", "text-xl font-bold", title);
  heading.id = "error-summary-title";
  const list = element("ul", "mt-2 list-none space-y-1 p-0");
  for (const item of items) {
    const link = element("a", "font-semibold text-accent underline", item.message);
    link.href = `#${fieldId(item.field)}`;
    const entry = element("li", "");
    entry.append(link);
    list.append(entry);
  }
  summary.append(heading, list);
  form.before(summary);
  summary.focus();
}

function showErrors(form: HTMLFormElement, step: StepId, errors: FieldErrors, text: StepText): void {
  const items: { field: FieldName; message: string }[] = [];
  for (const field of STEP_FIELDS[step] as readonly FieldName[]) {
    const code = errors[field];
    const message = code ? (text.errors[field]?.[code] ?? code) : undefined;
    markQuestion(field, message, text.prefix);
    if (message) items.push({ field, message });
  }
  showSummary(form, text.summaryTitle, items);
}

/** A summary link moves focus to its question (a plain jump would only scroll). */
function followSummaryLinks(): void {
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(`${SUMMARY} a[href^="#"]`) : null;
    const target = link && document.getElementById(link.hash.slice(1));
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "center" });
  });
}

/** A message with its {placeholders} filled in, numbers written as the page's language writes them ("4,000", "4.000"). */
function fill(template: string, values: Record<string, number>): string {
  const numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (values[key] === undefined ? whole : numbers.format(values[key])));
}

/** The description's count under the field, and for screen readers once typing pauses. */
function countCharacters(form: HTMLFormElement, text: StepText): void {
  const area = form.querySelector<HTMLTextAreaElement>(`#${fieldId(COUNTED)}`);
  const shown = document.getElementById(`${COUNTED}-count`);
  const announced = shown?.parentElement?.querySelector("[aria-live]");
  const { count: countText, over: overText } = text;
  if (!area || !shown || !countText || !overText) return;
  const max = LIMITS.descriptionMax;
  let timer: ReturnType<typeof setTimeout> | undefined;
  area.addEventListener("input", () => {
    const count = characterCount(area.value);
    const over = count > max;
    const label = over ? fill(overText, { count: count - max }) : fill(countText, { count, max });
    shown.textContent = label;
    shown.className = `mt-1 ${over ? "font-semibold text-accent" : "text-muted"}`;
    clearTimeout(timer);
    timer = setTimeout(() => announced && (announced.textContent = label), 1000);
  });
}

function isStep(value: unknown): value is StepId {
  return (STEPS as readonly unknown[]).includes(value);
}

function enhance(form: HTMLFormElement): void {
  const step = (form.elements.namedItem("step") as HTMLInputElement | null)?.value;
  const text = JSON.parse(form.getAttribute(STEP_TEXT_ATTRIBUTE) ?? "null") as StepText | null;
  if (!text || !isStep(step)) return;
  const button = form.querySelector("button[type=submit]");
  let sending = false;

  form.addEventListener("submit", (event) => {
    if (sending) {
      event.preventDefault();
      return;
    }
    // The header's language switch keeps the input as it is: nothing to check.
    if (event.submitter?.getAttribute("name") !== SWITCH_LOCALE_FIELD) {
      const result = parseStep(step, readForm(step, new FormData(form)));
      if (!result.ok) {
        event.preventDefault();
        showErrors(form, step, result.errors, text);
        return;
      }
    }
    sending = true;
    button?.setAttribute("aria-disabled", "true");
  });
  // Back to this page from the browser's cache: the step may be sent again.
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    sending = false;
    button?.removeAttribute("aria-disabled");
  });

  countCharacters(form, text);
  followSummaryLinks();
  // Errors the server found (or a form error) are read out first, as after a check here.
  document.querySelector<HTMLElement>(SUMMARY)?.focus();
}

const form = document.getElementById(STEP_FORM_ID);
if (form instanceof HTMLFormElement) enhance(form);
