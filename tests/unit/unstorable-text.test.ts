// Text PostgreSQL cannot store (NUL; a lone UTF-16 surrogate in jsonb) is
// refused at every edge with a field error, and cleaned where it comes from a
// document rather than a person.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import { optionalText, parseInput, requiredText, unstorableTextErrors } from "@/lib/validation";
import { planFieldsSchema } from "@/lib/plans/schemas";
import { recordUpdateBody } from "@/lib/activities/schemas";
import { confirmImportSchema } from "@/lib/documents/import-schemas";
import { passwordSchema } from "@/lib/users/schemas";
import { clip, clipEnd, replaceUnstorable } from "@/lib/text";

const HALF_EMOJI = "🎉".slice(0, 1); // "\ud83c"

describe("the text helpers refuse NUL and lone surrogates, naming the field", () => {
  it("required and optional texts, lines of a textarea, results, URLs, passwords, import mappings", () => {
    expect(requiredText("Trích yếu").safeParse(`Kế hoạch ${HALF_EMOJI}`).error?.issues[0]?.message).toMatch(/^Trích yếu chứa ký tự không hợp lệ \(nửa ký tự UTF-16/);
    expect(optionalText("Ghi chú").safeParse("\udc00").error?.issues[0]?.message).toMatch(/^Ghi chú chứa ký tự không hợp lệ/);
    expect(requiredText("Trích yếu").safeParse("a\u0000b").error?.issues[0]?.message).toBe("Trích yếu chứa ký tự không hợp lệ (NUL).");
    const plan = planFieldsSchema.partial().safeParse({ legalBasis: `Căn cứ một\nCăn cứ ${HALF_EMOJI} hai` });
    expect(Object.keys(z.flattenError(plan.error!).fieldErrors)).toEqual(["legalBasis"]);
    expect(plan.error!.issues[0]!.path).toEqual(["legalBasis", 1]);
    const update = recordUpdateBody.safeParse({ version: 1, result: `Xong${HALF_EMOJI}`, evidence: [{ url: `https://a.vn/${HALF_EMOJI}` }] });
    expect(update.error!.issues.map((issue) => issue.path.join("."))).toEqual(["result", "evidence.0.url"]);
    expect(passwordSchema.safeParse(`mat-khau-dai-${HALF_EMOJI}`).success).toBe(false);
    expect(confirmImportSchema.safeParse({ text: "x", mapping: [{ text: `Phòng ${HALF_EMOJI}`, unit: "new:INTERNAL" }] }).success).toBe(false);
  });

  it("accept every well-formed text, emoji and NFD included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 100 }).filter((t) => t.trim().length > 0 && !t.includes("\u0000")), (text) => {
        expect(requiredText("Nội dung", 1000).safeParse(text).success).toBe(true);
      }),
    );
  });
});

describe("unstorableTextErrors: the net under the schemas", () => {
  it("finds NUL and lone surrogates at any depth, in values and keys, and nothing in well-formed text", () => {
    expect(unstorableTextErrors({ title: "🎉 Ngày KH&CN", rows: [{ a: "Hội thảo" }], n: 1, file: new Blob(["\ud800"]) })).toBeNull();
    const errors = unstorableTextErrors({ title: `a${HALF_EMOJI}`, rows: [{ a: "ok" }, { b: "x\u0000" }], [`k\udfff`]: "v" })!;
    expect(Object.keys(errors).sort()).toEqual(["k\ufffd", "rows.1.b", "title"]);
    expect(errors.title![0]).toMatch(/UTF-16/);
    expect(errors["rows.1.b"]![0]).toMatch(/NUL/);
    expect(unstorableTextErrors("\ud800")).toEqual({ _form: [expect.stringMatching(/UTF-16/)] });
  });

  it("walks a body nested far deeper than the call stack allows, and reports a short path", () => {
    // What JSON.parse makes of a 1 MB body of brackets.
    const nested = JSON.parse(`${"[".repeat(400_000)}"đáy\\ud800"${"]".repeat(400_000)}`) as unknown;
    expect(Object.keys(unstorableTextErrors(nested)!)).toEqual([`${Array(32).fill("0").join(".")}.…`]);
  });

  it("parseInput keeps the schema's message for a field and adds only what the schema let through", () => {
    const schema = z.object({ title: requiredText("Trích yếu"), url: z.string(), password: z.string() });
    const result = parseInput(schema, { title: `x${HALF_EMOJI}`, url: `https://a.vn/\udc00`, password: "ok", ignored: "\u0000" });
    expect(result.success).toBe(false);
    const errors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(["ignored", "title", "url"]);
    expect(errors.title).toEqual([expect.stringMatching(/^Trích yếu chứa/)]);
    expect(errors.url).toEqual([expect.stringMatching(/^Trường này chứa ký tự không hợp lệ \(nửa ký tự UTF-16/)]);
    expect(parseInput(schema, { title: "Hội thảo 🎉", url: "https://a.vn", password: "x" })).toEqual({ success: true, data: { title: "Hội thảo 🎉", url: "https://a.vn", password: "x" } });
  });
});

describe("cutting and cleaning text without making half characters", () => {
  it("clip and clipEnd never split an emoji", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.nat(45), (text, max) => {
        for (const cut of [clip(text, max), clipEnd(text, max)]) {
          expect(cut.length).toBeLessThanOrEqual(max);
          expect(/\p{Surrogate}/u.test(cut)).toBe(false);
        }
        expect(text.startsWith(clip(text, max))).toBe(true);
        expect(text.endsWith(clipEnd(text, max))).toBe(true);
      }),
    );
    expect(clip("ab🎉", 3)).toBe("ab");
    expect(clipEnd("🎉ab", 3)).toBe("ab");
  });

  it("replaceUnstorable turns half characters into � and drops control characters, keeping tabs and line breaks", () => {
    expect(replaceUnstorable(`a${HALF_EMOJI}b\u0000c\u0001d\te\nf🎉`)).toBe("a\ufffdbcd\te\nf🎉");
  });
});
