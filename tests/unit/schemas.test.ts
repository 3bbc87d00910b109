import { describe, expect, it } from "vitest";
import { createUserSchema, passwordSchema, updateUserSchema, usernameSchema } from "@/lib/users/schemas";
import { createUnitSchema, setUnitActiveSchema } from "@/lib/units/schemas";
import { calendarDate } from "@/lib/validation";
import { formDataToObject } from "@/lib/form-data";
import { zodFieldErrors } from "@/lib/validation";

describe("user schemas", () => {
  it("normalises usernames and refuses odd characters", () => {
    expect(usernameSchema.parse("  QLCN ")).toBe("qlcn");
    expect(usernameSchema.safeParse("nguyễn").success).toBe(false);
    expect(usernameSchema.safeParse("ab").success).toBe(false);
  });

  it("refuses short and common passwords with Vietnamese messages", () => {
    expect(passwordSchema.safeParse("ngan").error?.issues[0]?.message).toBe("Mật khẩu phải có ít nhất 8 ký tự.");
    expect(passwordSchema.safeParse("12345678").error?.issues[0]?.message).toContain("quá phổ biến");
    expect(passwordSchema.safeParse("lang-son-2027").success).toBe(true);
  });

  it("reports every field error of a bad form under its field name", () => {
    const result = createUserSchema.safeParse({ username: "", password: "1", displayName: "  ", role: "KING", unitId: "abc" });
    expect(result.success).toBe(false);
    const errors = zodFieldErrors(result.error!);
    expect(Object.keys(errors).sort()).toEqual(["displayName", "password", "role", "unitId", "username"]);
    expect(errors.displayName).toEqual(["Họ và tên là bắt buộc."]);
  });

  it("treats an empty unit select in a form as no unit, as JSON null or absence does", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({ id: "01900000-0000-7000-8000-000000000000", version: "3", displayName: "Nguyễn Thị Hà", role: "LEADER", unitId: "", jobTitle: "" })) {
      form.set(key, value);
    }
    expect(updateUserSchema.parse(formDataToObject(form))).toMatchObject({ unitId: null, version: 3, jobTitle: "" });
    const json = { id: "01900000-0000-7000-8000-000000000000", version: 3, displayName: "Nguyễn Thị Hà", role: "LEADER" };
    expect(updateUserSchema.parse({ ...json, unitId: null }).unitId).toBeNull();
    expect(updateUserSchema.parse(json).unitId).toBeNull();
  });
});

describe("unit schemas", () => {
  it("requires a name and a known kind", () => {
    expect(createUnitSchema.safeParse({ name: "Báo Lạng Sơn", shortName: "Báo LS", kind: "EXTERNAL" }).success).toBe(true);
    const bad = createUnitSchema.safeParse({ name: "", shortName: "x", kind: "OTHER" });
    expect(zodFieldErrors(bad.error!)).toMatchObject({ name: ["Tên đơn vị là bắt buộc."], kind: ["Chọn loại đơn vị."] });
  });

  it("reads a checkbox from FormData", () => {
    const id = "01900000-0000-7000-8000-000000000000";
    expect(setUnitActiveSchema.parse({ id, version: "1", active: "on" }).active).toBe(true);
    expect(setUnitActiveSchema.parse({ id, version: "1" }).active).toBe(false);
  });
});

describe("calendar date field", () => {
  it("accepts ISO dates from a date input and refuses the rest", () => {
    const schema = calendarDate("Ngày bắt đầu");
    expect(schema.parse("2027-05-18")).toBe("2027-05-18");
    expect(schema.safeParse("").error?.issues[0]?.message).toBe("Ngày bắt đầu là bắt buộc.");
    expect(schema.safeParse("2027-02-30").error?.issues[0]?.message).toContain("không phải ngày hợp lệ");
  });
});

describe("passwords", () => {
  it("refuse short and common ones, accept a long uncommon one", () => {
    expect(passwordSchema.safeParse("ngan").success).toBe(false);
    for (const common of ["password123", "Qwerty123", "iloveyou", "matkhau123", "12345678"]) {
      expect(passwordSchema.safeParse(common).error?.issues[0]?.message).toBe("Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác.");
    }
    expect(passwordSchema.safeParse("Hoi-thao-16/5-Lang-Son").success).toBe(true);
  });
});
