import { z } from "zod";

/** Nothing to send: the caller is the one whose sessions end. */
export const signOutEverywhereSchema = z.object({});
