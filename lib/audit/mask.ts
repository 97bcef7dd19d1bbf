import { looksSecret } from "@/lib/schemas/environment";

export const MASK = "••••••";

/** Environment values as the audit log keeps them: secret-looking keys masked, like the UI. */
export const maskEnv = (vars: Record<string, string>) =>
  Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, looksSecret(k) ? MASK : v]));

/** `{ field: { old, new } }` for the fields that differ (compared as JSON). */
export function changes(before: Record<string, unknown>, after: Record<string, unknown>) {
  const out: Record<string, { old: unknown; new: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      out[key] = { old: before[key] ?? null, new: after[key] ?? null };
  }
  return out;
}

/** Env diff without ever storing a secret: changed secret values show as masked on both sides. */
export function envChanges(before: Record<string, string>, after: Record<string, string>) {
  const out: Record<string, { old: string | null; new: string | null }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [o, n] = [before[key], after[key]];
    if (o === n) continue;
    const hide = (v: string | undefined) => (v === undefined ? null : looksSecret(key) ? MASK : v);
    out[key] = { old: hide(o), new: hide(n) };
  }
  return out;
}
