"use client";

import type { ComponentProps } from "react";
import { Input, Select } from "@/components/ui/input";
import { useViewer } from "./viewer-provider";

type Props = Omit<ComponentProps<"input">, "onChange" | "value"> & {
  value: string;
  onChange: (team: string) => void;
};

/**
 * The team of a new function: any name for admins, one of their own teams for developers
 * (the server refuses the others anyway). Passes id/aria props through, for <Field>.
 */
export function TeamInput({ value, onChange, ...rest }: Props) {
  const viewer = useViewer();
  if (!viewer || viewer.role === "admin") {
    return (
      <Input
        {...rest}
        value={value}
        placeholder="e.g. payments (empty: unassigned, admins only)"
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  const { id, "aria-invalid": invalid, "aria-describedby": describedBy } = rest;
  return (
    <Select
      id={id}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {!viewer.teams.includes(value) && (
        <option value={value}>{value ? `${value} (not your team)` : "Choose a team"}</option>
      )}
      {viewer.teams.map((t) => (
        <option key={t} value={t}>
          {t}
        </option>
      ))}
    </Select>
  );
}

/** The team a new function starts with: the developer's first team, none for admins. */
export const defaultTeam = (viewer: ReturnType<typeof useViewer>) =>
  viewer && viewer.role !== "admin" ? (viewer.teams[0] ?? "") : "";
