"use server";
import { formAction } from "@/lib/action";
import { attachSignedCopySchema } from "@/lib/signed-copies/schemas";
import { attachSignedCopy, prepareSignedCopy } from "@/lib/signed-copies/service";

export const attachSignedCopyAction = formAction({
  name: "attachSignedCopy",
  schema: attachSignedCopySchema,
  // Reading the PDF (up to 20 MB) happens before the transaction, not inside it.
  prepare: (user, input) => prepareSignedCopy(user, input.file),
  run: (tx, user, input, prepared) => attachSignedCopy(tx, user, input.planId, prepared, input.kind),
  after: (copy) => ({ message: "Đã đính kèm bản đã ký.", revalidate: [`/plans/${copy.planId}`, `/plans/${copy.planId}/report`] }),
});
