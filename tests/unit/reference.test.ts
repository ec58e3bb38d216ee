import { describe, expect, it } from "vitest";
import { formatReference, normaliseReference } from "@/lib/inquiries/reference";

describe("inquiry references", () => {
  it("pads the sequence to five digits", () => {
    expect(formatReference(2026, 42)).toBe("NT-2026-00042");
    expect(formatReference(2026, 123456)).toBe("NT-2026-123456");
  });

  it("accepts what people type", () => {
    expect(normaliseReference(" nt-2026-00042 ")).toBe("NT-2026-00042");
    expect(normaliseReference("NT 2026 42")).toBe("NT-2026-00042");
    expect(normaliseReference("NT202600042")).toBe("NT-2026-00042");
  });

  it("rejects anything else", () => {
    expect(normaliseReference("")).toBeUndefined();
    expect(normaliseReference("XX-2026-00042")).toBeUndefined();
    expect(normaliseReference("NT-26-1")).toBeUndefined();
    expect(normaliseReference("NT-2026-00042; DROP TABLE")).toBeUndefined();
  });
});
