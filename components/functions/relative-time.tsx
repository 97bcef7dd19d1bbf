"use client";

import { useSyncExternalStore } from "react";

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86400],
  ["month", 30 * 86400],
  ["day", 86400],
  ["hour", 3600],
  ["minute", 60],
];
const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const noop = () => () => {};
// getSnapshot must be stable: one clock reading per page load is precise enough here.
let readAt = 0;
const clientNow = () => (readAt ||= Date.now());

/** Lambda's LastModified ("2025-01-01T00:00:00.000+0000") as "3 minutes ago", exact on hover. */
export function RelativeTime({ value }: { value: string }) {
  // Relative time depends on the client clock; render it only after hydration.
  const now = useSyncExternalStore(noop, clientNow, () => 0);
  const date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  if (Number.isNaN(date.getTime())) return <span>—</span>;
  const seconds = Math.round((date.getTime() - now) / 1000);
  const unit = units.find(([, s]) => Math.abs(seconds) >= s);
  const text = !now ? "" : unit ? rtf.format(Math.round(seconds / unit[1]), unit[0]) : "just now";
  return (
    <time dateTime={date.toISOString()} title={date.toLocaleString()}>
      {text}
    </time>
  );
}
