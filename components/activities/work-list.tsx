import type { SessionUser } from "@/lib/auth/user";
import { workRightsOf } from "@/lib/activities/work-queries";
import type { WorkView } from "@/components/activities/cached-work";
import { rowWithButton } from "@/components/activities/work-rows";
import { WorkGroups } from "@/components/activities/work-groups";
import { QuickUpdates, type QuickRow } from "@/components/activities/quick-updates";

type Href = (extra: Record<string, string | number | undefined>) => string;

/**
 * The shared list (cached markup) with this reader's part added: a
 * "Cập nhật nhanh" button on the rows they may report on, and one island that
 * opens the forms, given only those rows.
 */
export async function WorkList({ user, view, chosen, href }: { user: SessionUser; view: WorkView; chosen: boolean; href: Href }) {
  const rightsOf = await workRightsOf(user, { unitId: view.unit.id, unitGroupIds: view.unitGroupIds });
  const quick: QuickRow[] = [];
  const groups = view.groups.map(({ rows, ...group }) => ({
    ...group,
    shown: rows.length,
    rowsHtml: rows
      .map((row) => {
        const rights = rightsOf(row);
        if (rights.report) quick.push({ ...row.quick, rights });
        return rowWithButton(row, rights.report);
      })
      .join(""),
  }));
  return (
    <>
      <WorkGroups groups={groups} chosen={chosen} href={href} />
      <QuickUpdates rows={quick} />
    </>
  );
}
