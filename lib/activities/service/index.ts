// Tracking writes: a unit records what it did on an activity; people discuss
// it; the lead sets targets. One file per job.
export { loadForTracking } from "@/lib/activities/service/load";
export { recordActivityUpdate, type RecordedUpdate, type UploadedFile } from "@/lib/activities/service/record-update";
export { addComment, mentionedUnits } from "@/lib/activities/service/comments";
export { saveTargets } from "@/lib/activities/service/targets";
