export { getActivity as GET, patchActivity as PATCH, removeActivity as DELETE } from "@/lib/api/handlers/activities";
