import type { AliasRecord, VersionRecord } from "../store/records.js";
import { notFound, type NameContext } from "./arn.js";
import type { ControlContext } from "./context.js";

export interface Resolved {
  version: VersionRecord;
  alias?: AliasRecord;
}

/**
 * Finds what a qualifier names: no qualifier or `$LATEST` → $LATEST, digits → that version,
 * anything else → the alias's primary version. Throws AWS's 404 with the qualified ARN.
 */
export function resolveQualifier(
  ctx: ControlContext,
  nc: NameContext,
  name: string,
  qualifier: string | undefined,
): Resolved {
  const q = qualifier === undefined || qualifier === "$LATEST.PUBLISHED" ? undefined : qualifier;
  if (q === undefined || q === "$LATEST" || /^\d+$/.test(q)) {
    const version = ctx.store.getVersion(nc.region, name, q ?? "$LATEST");
    if (!version) throw notFound(nc, name, q);
    return { version };
  }
  const alias = ctx.store.getAlias(nc.region, name, q);
  if (!alias) throw notFound(nc, name, q);
  const version = ctx.store.getVersion(nc.region, name, alias.functionVersion);
  if (!version) throw notFound(nc, name, q);
  return { version, alias };
}
