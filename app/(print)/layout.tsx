import { requireUser } from "@/lib/auth/session";

// Documents to print: no navigation, the page is the paper.
export default async function PrintLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <main className="print-page">{children}</main>;
}
