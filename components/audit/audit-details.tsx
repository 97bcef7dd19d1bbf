/** `{ field: { old, new } }` reads as "field: old → new"; other values as `key: value`. */
const show = (v: unknown) =>
  v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v);

const isChange = (v: unknown): v is { old: unknown; new: unknown } =>
  typeof v === "object" && v !== null && "old" in v && "new" in v && Object.keys(v).length === 2;

export function AuditDetails({ details }: { details: Record<string, unknown> | null }) {
  if (!details) return null;
  return (
    <dl className="grid gap-0.5 font-mono text-xs">
      {Object.entries(details).map(([key, value]) => (
        <div key={key} className="flex flex-wrap gap-x-1">
          <dt className="text-muted-foreground">{key}:</dt>{" "}
          {isChange(value) ? (
            <dd>
              {show(value.old)} → {show(value.new)}
            </dd>
          ) : typeof value === "object" &&
            value !== null &&
            Object.values(value).every(isChange) ? (
            <dd className="grid">
              {Object.entries(value).map(([k, c]) => (
                <span key={k}>
                  {k}: {show((c as { old: unknown }).old)} → {show((c as { new: unknown }).new)}
                </span>
              ))}
            </dd>
          ) : (
            <dd className="break-all">{show(value)}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}
