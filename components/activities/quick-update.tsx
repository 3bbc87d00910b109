"use client";
import { useState } from "react";
import { createPortal } from "react-dom";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { TrackingRights } from "@/lib/activities/access";
import { Button } from "@/components/ui/button";
import { UpdateForm } from "@/components/activities/update-form";

type Props = {
  activity: { id: string; version: number; status: ActivityStatus; progress: number };
  rights: TrackingRights;
  /** The id of the empty element under the row where the form opens. */
  panelId: string;
};

/**
 * The "Cập nhật nhanh" toggle of a work row: the only part of a row that runs
 * on the client (a unit may have hundreds of rows). The form opens in the
 * row's panel, across its full width.
 */
export function QuickUpdate({ activity, rights, panelId }: Props) {
  const [open, setOpen] = useState(false);
  const panel = open && typeof document !== "undefined" ? document.getElementById(panelId) : null;
  return (
    <>
      <Button size="sm" variant={open ? "primary" : "secondary"} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Cập nhật nhanh
      </Button>
      {panel
        ? createPortal(
            <div className="mt-3 border-t border-slate-100 pt-3">
              <UpdateForm compact activity={activity} rights={rights} onClose={() => setOpen(false)} />
            </div>,
            panel,
          )
        : null}
    </>
  );
}
