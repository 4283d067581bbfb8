import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./app-error.ts";
import { containsControlCharacters } from "./control-characters.ts";
import { fieldErrorsFromIssues, parseInput, validateInput } from "./parse-input.ts";

const ZOrder = z.object({
  title: z.string({ error: "errors:required" }).trim().min(1, "errors:required").max(10, "errors:tooLong"),
  packages: z.array(
    z.object({
      priceRupees: z.number({ error: "gigs:errors.priceInvalid" }).min(500, "gigs:errors.priceTooLow"),
      note: z.string().optional(),
    }),
  ),
});

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("parseInput", () => {
  it("returns the parsed data", () => {
    expect(parseInput(ZOrder, { title: "  Logo  ", packages: [{ priceRupees: 900 }] })).toEqual({
      title: "Logo",
      packages: [{ priceRupees: 900 }],
    });
  });

  it("throws BAD_INPUT with the form key and one error per dotted field path", () => {
    const error = refusal(() =>
      parseInput(ZOrder, { title: "", packages: [{ priceRupees: 900 }, { priceRupees: 100 }, { priceRupees: "x" }] }),
    );
    expect(error.code).toBe("BAD_INPUT");
    expect(error.messageKey).toBe("errors:badInput");
    expect(error.fields).toEqual({
      title: { key: "errors:required" },
      "packages.1.priceRupees": { key: "gigs:errors.priceTooLow", params: { min: 500 } },
      "packages.2.priceRupees": { key: "gigs:errors.priceInvalid" },
    });
  });

  it("says the limit of a size check and keeps the first problem of each field", () => {
    expect(validateInput(ZOrder, { title: "x".repeat(11), packages: [] })).toEqual({
      ok: false,
      fields: { title: { key: "errors:tooLong", params: { max: 10 } } },
    });
  });

  it("passes a custom check's message and params through", () => {
    const ZWallet = z.object({
      number: z.string().refine((v) => v.length === 10, { error: "payments:errors.walletLength", params: { digits: 10 } }),
    });
    expect(validateInput(ZWallet, { number: "123" })).toEqual({
      ok: false,
      fields: { number: { key: "payments:errors.walletLength", params: { digits: 10 } } },
    });
  });

  it("turns zod's own messages into the generic key, under the package's prefix when given", () => {
    const ZPlain = z.object({ count: z.number().max(3), name: z.string() });
    expect(validateInput(ZPlain, { count: 9, name: 4 })).toEqual({
      ok: false,
      fields: { count: { key: "errors:invalid" }, name: { key: "errors:invalid" } },
    });
    expect(validateInput(ZPlain, { count: 9, name: "a" }, { keyPrefix: "chat:errors." })).toEqual({
      ok: false,
      fields: { count: { key: "chat:errors.invalid" } },
    });
  });

  it("names a problem with the whole input 'form', and prepends a path when given", () => {
    expect(validateInput(z.string("errors:required"), 5)).toEqual({ ok: false, fields: { form: { key: "errors:required" } } });
    expect(validateInput(z.string().min(3, "gigs:errors.reasonRequired"), "no", { path: ["reason"] })).toEqual({
      ok: false,
      fields: { reason: { key: "gigs:errors.reasonRequired", params: { min: 3 } } },
    });
  });

  it("takes the error's own key from the options, or from the fields", () => {
    expect(refusal(() => parseInput(ZOrder, {}, { formKey: "gigs:errors.form" })).messageKey).toBe("gigs:errors.form");
    const first = refusal(() => parseInput(ZOrder, { title: "", packages: [] }, { formKey: (fields) => Object.values(fields)[0]!.key }));
    expect(first.messageKey).toBe("errors:required");
  });

  it("refuses NUL and other control characters anywhere in the input, keeping tabs and newlines", () => {
    expect(validateInput(ZOrder, { title: "Lo\u0000go", packages: [{ priceRupees: 900, note: "bell\u0007" }] })).toEqual({
      ok: false,
      fields: { title: { key: "errors:controlCharacters" }, "packages.0.note": { key: "errors:controlCharacters" } },
    });
    expect(validateInput(z.string(), "a\u007f", { keyPrefix: "gigs:errors.", path: ["reason"] })).toEqual({
      ok: false,
      fields: { reason: { key: "gigs:errors.controlCharacters" } },
    });
    expect(parseInput(ZOrder, { title: "Lo\tgo", packages: [{ priceRupees: 900, note: "one\r\ntwo\n" }] }).title).toBe("Lo\tgo");
  });

  it("reports control characters over the schema's own complaint about the same field", () => {
    expect(validateInput(ZOrder, { title: "\u0000".repeat(20), packages: [] })).toEqual({
      ok: false,
      fields: { title: { key: "errors:controlCharacters" } },
    });
  });

  it("reads Standard Schema issues (tRPC's), whose path segments may be objects", () => {
    expect(fieldErrorsFromIssues([{ message: "errors:tooBig", code: "too_big", maximum: 24, path: [{ key: "limit" }] }])).toEqual({
      limit: { key: "errors:tooBig", params: { max: 24 } },
    });
  });
});

describe("containsControlCharacters", () => {
  it("finds C0 controls and DEL but not tab, newline or Urdu text", () => {
    expect(["\u0000", "\u0008", "\u000b", "\u001f", "\u007f"].every(containsControlCharacters)).toBe(true);
    expect(["\t", "\n", "\r", "لوگو ڈیزائن"].some(containsControlCharacters)).toBe(false);
  });
});
