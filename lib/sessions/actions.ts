"use server";
import { formAction } from "@/lib/action";
import { signOutEverywhereSchema } from "@/lib/sessions/schemas";
import { signOutEverywhere } from "@/lib/sessions/service";

export const signOutEverywhereAction = formAction({
  name: "signOutEverywhere",
  schema: signOutEverywhereSchema,
  run: signOutEverywhere,
  // This session has ended too: the sign-in page says what happened.
  after: () => ({ redirectTo: "/login?signedOut=everywhere" }),
});
