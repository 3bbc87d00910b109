// How people name a plan in lists. Apart from the document module so that
// the activity read model can name an activity's plan without importing it.
import { lowerFirst } from "@/lib/text";

/** "Kế hoạch triển khai các hoạt động …": how people name a plan in lists. */
export function planDisplayTitle(title: string): string {
  return `Kế hoạch ${lowerFirst(title)}`;
}
