"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { TrackingRights } from "@/lib/activities/access";
import type { FormState } from "@/lib/form-state";
import { idle } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { UpdateForm } from "@/components/activities/update-form";

type Props = {
  activity: { id: string; version: number; status: ActivityStatus; statusReason: string; progress: number };
  rights: TrackingRights;
  /** The id of the empty element under the row where the form opens. */
  panelId: string;
};

// Which quick forms are open, and the last answer each got. A save can move
// its row to another group (a finished activity goes to "Đã xong"), and a
// moved row is a new component: kept here, the form stays open there and
// still says what was saved.
const panels = new Map<string, FormState>();
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
function setPanel(activityId: string, answer: FormState | null) {
  if (answer) panels.set(activityId, answer);
  else panels.delete(activityId);
  for (const listener of listeners) listener();
}

/**
 * The "Cập nhật nhanh" toggle of a work row: the only part of a row that runs
 * on the client (a unit may have hundreds of rows). The form opens in the
 * row's panel, across its full width.
 */
export function QuickUpdate({ activity, rights, panelId }: Props) {
  const answer = useSyncExternalStore(subscribe, () => panels.get(activity.id), () => undefined);
  const open = answer !== undefined;
  // The row's panel exists once the row is in the page, i.e. after this mounts.
  const [panel, setPanelElement] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const element = document.getElementById(panelId);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the row's element is in the document only after this commit
    setPanelElement(element);
    // Mounted with an answer: the row has just moved after a save; bring it into view.
    if (element && panels.get(activity.id)?.status === "success") element.scrollIntoView({ block: "nearest" });
  }, [panelId, activity.id]);
  return (
    <>
      <Button size="sm" variant={open ? "primary" : "secondary"} aria-expanded={open} aria-controls={panelId} onClick={() => setPanel(activity.id, open ? null : idle)}>
        Cập nhật nhanh
      </Button>
      {open && panel
        ? createPortal(
            <div className="mt-3 border-t border-slate-100 pt-3">
              <UpdateForm compact activity={activity} rights={rights} notice={answer} onAnswer={(state) => setPanel(activity.id, state)} onClose={() => setPanel(activity.id, null)} />
            </div>,
            panel,
          )
        : null}
    </>
  );
}
