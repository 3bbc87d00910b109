"use client";
import type { Action } from "@/components/ui/use-form-action";
import { InlineAction } from "@/components/ui/inline-action";

/**
 * Deactivates or reactivates a row (a unit, a user) through its action, which
 * takes id, version and `active` ("on" to reactivate). Deactivating asks first
 * with `confirm`, which says what it does.
 */
export function ActiveToggle({ action, row, confirm, labels }: { action: Action; row: { id: string; version: number; active: boolean }; confirm: string; labels: { deactivate: string; activate: string } }) {
  const { id, version, active } = row;
  return (
    <InlineAction action={action} fields={active ? { id, version } : { id, version, active: "on" }} variant={active ? "secondary" : "ghost"} confirm={active ? confirm : null}>
      {active ? labels.deactivate : labels.activate}
    </InlineAction>
  );
}
