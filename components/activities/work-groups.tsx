import { WORK_GROUP_LABELS, type WorkGroup } from "@/lib/activities/rules";
import { Markup } from "@/components/ui/markup";

type Href = (extra: Record<string, string | number | undefined>) => string;

/** A group as the reader gets it: its rows as one string of markup (components/activities/work-rows.ts). */
export type ShownGroup = { group: WorkGroup; count: number; page: number; pages: number; shown: number; rowsHtml: string };

/**
 * The groups of a unit's work. Without a group chosen, each shows its first
 * rows and links to the whole group; with one, the group pages (the page is
 * in the URL, read in SQL).
 */
export function WorkGroups({ groups, chosen, href }: { groups: ShownGroup[]; chosen: boolean; href: Href }) {
  return (
    <div className="space-y-6">
      {groups.map(({ group, shown, rowsHtml, count, page, pages }) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`} className="mb-2 flex items-center gap-2 text-lg font-semibold text-slate-900">
            {WORK_GROUP_LABELS[group]} <span className="text-sm font-normal text-slate-500">({count})</span>
          </h2>
          {shown ? (
            <Markup as="ul" className="space-y-2" html={rowsHtml} />
          ) : (
            <p className="text-sm text-slate-500">Không có.</p>
          )}
          {!chosen && count > shown ? (
            <p className="mt-2 text-sm">
              <a className="link" href={href({ due: group, page: undefined })}>
                Xem tất cả {count} việc “{WORK_GROUP_LABELS[group].toLocaleLowerCase("vi")}”
              </a>
            </p>
          ) : null}
          {chosen && pages > 1 ? (
            <nav aria-label={`Trang của nhóm ${WORK_GROUP_LABELS[group]}`} className="mt-3 flex items-center gap-3 text-sm">
              {page > 1 ? (
                <a className="link" href={href({ page: page - 1 })} rel="prev">
                  ← Trang trước
                </a>
              ) : null}
              <span>
                Trang {page}/{pages}
              </span>
              {page < pages ? (
                <a className="link" href={href({ page: page + 1 })} rel="next">
                  Trang sau →
                </a>
              ) : null}
            </nav>
          ) : null}
        </section>
      ))}
    </div>
  );
}
