"use client";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { TrackingRights } from "@/lib/activities/access";
import type { FormState } from "@/lib/form-state";
import { idle } from "@/lib/form-state";
import { UpdateForm } from "@/components/activities/update-form";

export type QuickRow = { id: string; version: number; status: ActivityStatus; statusReason: string; progress: number; rights: TrackingRights };

const panelOf = (activityId: string) => document.getElementById(`quick-${activityId}`);

/** An open form: the last answer it got, and the element it is rendered into, which moves from panel to panel. */
type Open = { state: FormState; container: HTMLElement };

/**
 * The "Cập nhật nhanh" forms of a unit's work list: one island for the whole
 * list. The rows are server markup (components/activities/work-rows.ts) with a
 * plain button on each row this reader may report on; a click on one opens
 * the form in the row's panel, across its full width. `rows` holds only those
 * rows, with the values the form starts from.
 *
 * Each open form renders into an element of its own that is placed in its
 * row's panel. A save re-renders the list on the server, and the new markup
 * replaces the old panels (the row may even move to another group: a finished
 * activity goes to "Đã xong"): the form's element is then moved into the new
 * panel, so the form is never remounted and keeps what the user typed since.
 */
export function QuickUpdates({ rows }: { rows: QuickRow[] }) {
  const byId = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const [open, setOpen] = useState<ReadonlyMap<string, Open>>(new Map());
  const placed = useRef(new Set<HTMLElement>());
  const answer = (activityId: string, state: FormState | null) =>
    setOpen((previous) => {
      const next = new Map(previous);
      const current = previous.get(activityId);
      if (state && current) next.set(activityId, { ...current, state });
      else next.delete(activityId);
      return next;
    });

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>("button[data-quick]") : null;
      const activityId = button?.dataset.quick;
      if (!activityId) return;
      const container = document.createElement("div");
      setOpen((previous) => {
        const next = new Map(previous);
        if (next.has(activityId)) next.delete(activityId);
        else next.set(activityId, { state: idle, container });
        return next;
      });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  // After a form opened or closed, or new markup came from the server: each
  // open form sits in its row's current panel, closed ones leave, and the
  // buttons say whether their form is open (their look follows: app/globals.css).
  useLayoutEffect(() => {
    const containers = new Set([...open.values()].map((entry) => entry.container));
    for (const element of placed.current) if (!containers.has(element)) element.remove();
    for (const [activityId, { state, container }] of open) {
      const panel = panelOf(activityId);
      if (!panel || container.parentElement === panel) continue;
      const moved = container.parentElement !== null || placed.current.has(container);
      panel.appendChild(container);
      // A row that moved after a save: bring its form into view.
      if (moved && state.status === "success") panel.scrollIntoView({ block: "nearest" });
    }
    placed.current = containers;
    for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-quick]")) {
      button.setAttribute("aria-expanded", String(open.has(button.dataset.quick ?? "")));
    }
  }, [open, rows]);

  return (
    <>
      {[...open].map(([activityId, { state, container }]) => {
        const row = byId.get(activityId);
        if (!row) return null;
        return createPortal(
          <div className="mt-3 border-t border-slate-100 pt-3">
            <UpdateForm compact activity={row} rights={row.rights} notice={state} onAnswer={(next) => answer(activityId, next)} onClose={() => answer(activityId, null)} />
          </div>,
          container,
          activityId,
        );
      })}
    </>
  );
}
