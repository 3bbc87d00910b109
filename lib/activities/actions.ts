"use server";
import { formAction } from "@/lib/action";
import { commentSchema, recordUpdateSchema, targetsSchema } from "@/lib/activities/schemas";
import { addComment, recordActivityUpdate, saveTargets } from "@/lib/activities/service";

const pages = (activityId: string) => [`/activities/${activityId}`, "/my-work", "/"];

export const recordUpdateAction = formAction({
  name: "recordActivityUpdate",
  schema: recordUpdateSchema,
  run: async (tx, user, input) => {
    const files = await Promise.all(
      input.files.map(async (file) => ({ name: (file as File).name || "tep", bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    return recordActivityUpdate(tx, user, input, files);
  },
  after: (result, input) => ({
    message:
      result.statusChanged && result.status === "DONE"
        ? "Đã ghi nhận: hoạt động hoàn thành."
        : result.statusChanged || result.progressChanged
          ? `Đã cập nhật tiến độ (${result.progress}%).`
          : "Đã ghi nhận cập nhật.",
    revalidate: pages(input.activityId),
  }),
});

export const addCommentAction = formAction({
  name: "addComment",
  schema: commentSchema,
  run: addComment,
  after: (comment) => ({
    message: comment.mentionedUnitIds.length ? `Đã gửi trao đổi và báo cho ${comment.mentionedUnitIds.length} đơn vị được nhắc.` : "Đã gửi trao đổi.",
    revalidate: pages(comment.activityId),
  }),
});

export const saveTargetsAction = formAction({
  name: "saveTargets",
  schema: targetsSchema,
  run: saveTargets,
  after: (_r, input) => ({ message: "Đã lưu chỉ tiêu.", revalidate: pages(input.activityId) }),
});
