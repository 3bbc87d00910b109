"use client";
import { useState } from "react";
import type { FormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";

type Current = { version: number } & Record<string, unknown>;

export function conflictCurrent(state: FormState): Current | null {
  if (state.status !== "error" || state.code !== "CONFLICT") return null;
  const details = state.details as { current?: Current } | undefined;
  return details?.current && typeof details.current.version === "number" ? details.current : null;
}

/**
 * The version a form sends: the saved row's, or the newer one the user chose
 * to save over ("Lưu đè"). Once a save lands, the row's own version is newer
 * again and wins, so a second save never sends a version already used.
 */
export function useVersion(saved: number): [number, (newer: number) => void] {
  const [override, setOverride] = useState(0);
  return [Math.max(saved, override), setOverride];
}

/**
 * Shown when someone else saved first: their values, and a way to save ours
 * over them once we have looked. Nothing typed is lost.
 */
export function ConflictNotice({
  current,
  labels,
  format,
  onKeepMine,
}: {
  current: Current;
  labels: Record<string, string>;
  format?: (key: string, value: unknown) => string;
  onKeepMine: (version: number) => void;
}) {
  const show = (key: string, value: unknown) =>
    format ? format(key, value) : Array.isArray(value) ? value.join("; ") : value === null || value === "" ? "(trống)" : String(value);
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">Người khác vừa lưu trước bạn. Nội dung mới nhất đang là:</p>
      <dl className="mt-2 grid gap-x-3 gap-y-1 sm:grid-cols-[10rem_1fr]">
        {Object.entries(labels).map(([key, label]) => (
          <div key={key} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="break-words">{show(key, current[key])}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">Nội dung bạn nhập vẫn còn trong các ô. Bạn có thể sửa lại cho phù hợp rồi lưu, hoặc giữ nguyên nội dung của mình:</p>
      <Button variant="secondary" size="sm" className="mt-2" onClick={() => onKeepMine(current.version)}>
        Lưu đè bằng nội dung của tôi
      </Button>
    </div>
  );
}
