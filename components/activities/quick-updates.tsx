"use client";
import { useEffect, useLayoutEffect, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { TrackingRights } from "@/lib/activities/access";
import type { FormState } from "@/lib/form-state";
import { idle } from "@/lib/form-state";
import { buttonClass } from "@/components/ui/button";
import { UpdateForm } from "@/components/activities/update-form";

export type QuickRow = { id: string; version: number; status: ActivityStatus; statusReason: string; progress: number; rights: TrackingRights };

const panelOf = (activityId: string) => document.getElementById(`quick-${activityId}`);

/**
 * The "Cập nhật nhanh" forms of a unit's work list: one island for the whole
 * list. The rows are server markup (components/activities/work-rows.ts) with a
 * plain button on each row this reader may report on; a click on one opens
 * the form in the row's panel, across its full width. `rows` holds only those
 * rows, with the values the form starts from.
 *
 * A save can move its row to another group (a finished activity goes to
 * "Đã xong"): the list's markup is then replaced, so the open forms are found
 * again after every render and keep the last answer they got.
 */
export function QuickUpdates({ rows }: { rows: QuickRow[] }) {
  const byId = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  // The open forms, each with the last answer it got.
  const [open, setOpen] = useState<ReadonlyMap<string, FormState>>(new Map());
  // Where each open form is shown now.
  const [panels, setPanels] = useState<ReadonlyMap<string, HTMLElement>>(new Map());
  const answer = (activityId: string, state: FormState | null) =>
    setOpen((previous) => {
      const next = new Map(previous);
      if (state) next.set(activityId, state);
      else next.delete(activityId);
      return next;
    });

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>("button[data-quick]") : null;
      const activityId = button?.dataset.quick;
      if (!activityId) return;
      setOpen((previous) => {
        const next = new Map(previous);
        if (next.has(activityId)) next.delete(activityId);
        else next.set(activityId, idle);
        return next;
      });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  // After the list's markup may have changed (new rows from the server) or a form opened or closed:
  // the buttons say whether their form is open, and each open form finds its row's panel.
  useLayoutEffect(() => {
    for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-quick]")) {
      const isOpen = open.has(button.dataset.quick ?? "");
      button.setAttribute("aria-expanded", String(isOpen));
      button.className = buttonClass(isOpen ? "primary" : "secondary", "sm");
    }
    const found = new Map<string, HTMLElement>();
    for (const activityId of open.keys()) {
      const panel = panelOf(activityId);
      if (panel) found.set(activityId, panel);
    }
    const changed = found.size !== panels.size || [...found].some(([id, panel]) => panels.get(id) !== panel);
    if (!changed) return;
    // A row that moved after a save: bring its form into view.
    for (const [id, panel] of found) if (panels.has(id) && panels.get(id) !== panel && open.get(id)?.status === "success") panel.scrollIntoView({ block: "nearest" });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the panels are elements of the server's markup, known only after it is committed
    setPanels(found);
  }, [open, rows, panels]);

  return (
    <>
      {[...open].map(([activityId, state]) => {
        const row = byId.get(activityId);
        const panel = panels.get(activityId);
        if (!row || !panel) return null;
        return createPortal(
          <div className="mt-3 border-t border-slate-100 pt-3">
            <UpdateForm compact activity={row} rights={row.rights} notice={state} onAnswer={(next) => answer(activityId, next)} onClose={() => answer(activityId, null)} />
          </div>,
          panel,
          activityId,
        );
      })}
    </>
  );
}
