// Whatever arrives, each step's parser answers with data or field errors: it
// never throws, and every error names a field of the step with a known code.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, formValues, parseInquiry, parseStep, STEP_FIELDS, STEPS, type StepId } from "@/lib/inquiries/schema";

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("", " ", "\u0000", "\u202E", "<script>alert(1)</script>", "' OR 1=1 --", "１２３", "__proto__", "constructor"),
  fc.nat({ max: 5 }).map((n) => "x".repeat(n * 250_000)),
);
const anyValue = fc.oneof(hostileString, fc.anything(), fc.array(hostileString, { maxLength: 5 }));

function fieldsOf(step: StepId) {
  return fc.record(Object.fromEntries(STEP_FIELDS[step].map((f) => [f, anyValue])), { requiredKeys: [] });
}

function expectWellFormed(step: StepId, input: unknown) {
  let result: ReturnType<typeof parseStep>;
  expect(() => (result = parseStep(step, input))).not.toThrow();
  if (result!.ok) return;
  const entries = Object.entries(result!.errors);
  expect(entries.length).toBeGreaterThan(0);
  for (const [field, code] of entries) {
    expect(STEP_FIELDS[step] as readonly string[]).toContain(field);
    expect(ERROR_CODES).toContain(code);
  }
}

describe.each(STEPS)("the %s step's parser", (step) => {
  it("never throws on arbitrary values", () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => expectWellFormed(step, input)), { numRuns: 300 });
  });

  it("never throws on objects with the step's field names and hostile values", () => {
    fc.assert(fc.property(fieldsOf(step), (input) => expectWellFormed(step, input)), { numRuns: 300 });
  });

  it("accepts its own output again, unchanged", () => {
    fc.assert(
      fc.property(fieldsOf(step), (input) => {
        const first = parseStep(step, input);
        if (first.ok) expect(parseStep(step, first.data)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it("echoes typed values back without ever returning huge strings", () => {
    fc.assert(
      fc.property(fieldsOf(step), (input) => {
        for (const value of Object.values(formValues(step, input))) {
          for (const text of [value].flat()) expect((text as string).length).toBeLessThanOrEqual(5000);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("the whole inquiry's parser", () => {
  it("never throws and reports errors only for known fields", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...STEPS.flatMap((s) => STEP_FIELDS[s])), anyValue)), (input) => {
        const result = parseInquiry(input);
        if (!result.ok) expect(Object.keys(result.errors).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
