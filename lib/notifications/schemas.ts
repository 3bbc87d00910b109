import { z } from "zod";
import { optionalText, uuid } from "@/lib/validation";

export const remindUnitSchema = z.object({ activityId: uuid("Hoạt động"), message: optionalText("Lời nhắn", 1000) });
export type RemindUnitInput = z.infer<typeof remindUnitSchema>;
