import { z } from "zod";
import { uuid } from "@/lib/validation";

export const feedTargetSchema = z.object({ kind: z.enum(["plan", "unit"], { error: "Loại lịch không hợp lệ." }), id: uuid("Mã") });
export type FeedTarget = z.infer<typeof feedTargetSchema>;
