// The Kinh phí field, shared by the activity form, the actions and the API:
// the form sends what the user typed ("15.000.000", "15 triệu"), the API a number.
import { z } from "zod";
import { MAX_COST, parseCost } from "@/lib/money";

const message = (label: string) => `${label} không hợp lệ: ghi số đồng (ví dụ 15.000.000 hoặc 15 triệu).`;

/** An amount in đồng or null (empty); absent stays absent (an API client that does not send it changes nothing). */
export const costField = (label = "Kinh phí") =>
  z.preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      if (!value.trim()) return null;
      return parseCost(value) ?? value;
    },
    z
      .number({ error: message(label) })
      .int(message(label))
      .min(0, `${label} không được âm.`)
      .max(MAX_COST, `${label} quá lớn.`)
      .nullable()
      .optional(),
  );
