import { randomUUID } from "node:crypto";
import { InvalidParameterValueError, ResourceConflictError, ValidationError } from "../errors.js";
import type { VersionRecord } from "../store/records.js";
import { notFound, parseFunctionName, type NameContext } from "./arn.js";
import type { ControlContext } from "./context.js";
import { assertUpdatable } from "./function-service.js";
import { codeSha256Base64, lastModifiedNow, renderConfiguration } from "./function-view.js";
import { decodeMarker, encodeMarker, pageSize } from "./paging.js";

/**
 * Publishes $LATEST as the next version, inside the caller's transaction. When nothing changed
 * since the last publish, AWS returns that version instead (facts §1.5).
 */
export function publishFrom(
  ctx: ControlContext,
  latest: VersionRecord,
  description: unknown,
): VersionRecord {
  const { region, name } = latest;
  const previous = ctx.store.latestPublished(region, name);
  if (
    previous &&
    previous.codeRevision === latest.codeRevision &&
    previous.codeSha === latest.codeSha
  ) {
    return previous;
  }
  const fn = ctx.store.getFunction(region, name)!;
  const number = fn.lastVersion + 1;
  const version: VersionRecord = {
    ...latest,
    version: String(number),
    config: {
      ...latest.config,
      Description: description === undefined ? latest.config.Description : String(description),
    },
    revisionId: randomUUID(),
    lastModified: lastModifiedNow(),
    state: "Active",
    lastUpdateStatus: "Successful",
    policy: null,
  };
  ctx.store.putVersion(version);
  ctx.store.updateFunction({ ...fn, lastVersion: number });
  return version;
}

/** PublishVersion, ListVersionsByFunction. */
export class VersionService {
  constructor(private readonly ctx: ControlContext) {}

  publish(region: string, rawName: string, body: Record<string, unknown>): Record<string, unknown> {
    const nc: NameContext = { region, accountId: this.ctx.accountId };
    const { name } = parseFunctionName(rawName, nc);
    if (body.Description !== undefined && String(body.Description).length > 256) {
      throw ValidationError.of([
        `Value '${String(body.Description)}' at 'description' failed to satisfy constraint: Member must have length less than or equal to 256`,
      ]);
    }
    const version = this.ctx.store.tx(() => {
      const latest = this.ctx.store.getVersion(region, name, "$LATEST");
      if (!latest) throw notFound(nc, name);
      const actual = codeSha256Base64(latest.codeSha);
      if (body.CodeSha256 !== undefined && body.CodeSha256 !== actual) {
        throw new InvalidParameterValueError(
          `CodeSHA256 (${String(body.CodeSha256)}) is different from current CodeSHA256 in $LATEST (${actual}). Please try again with the CodeSHA256 in $LATEST.`,
        );
      }
      assertUpdatable(nc, latest, body.RevisionId);
      return publishFrom(this.ctx, latest, body.Description);
    });
    this.ctx.changed(region, name);
    return renderConfiguration(version, nc, { arnQualifier: version.version });
  }

  list(region: string, rawName: string, query: URLSearchParams): Record<string, unknown> {
    const nc: NameContext = { region, accountId: this.ctx.accountId };
    const { name } = parseFunctionName(rawName, nc, { namespaced: true });
    if (!this.ctx.store.getFunction(region, name)) throw notFound(nc, name);
    const limit = pageSize(query, 50);
    const after = decodeMarker<number>(query.get("Marker"), -1);
    const rows = this.ctx.store.listVersions(region, name, after, limit + 1);
    const page = rows.slice(0, limit);
    const out: Record<string, unknown> = {
      Versions: page.map((v) =>
        renderConfiguration(v, nc, { arnQualifier: v.version, listItem: true }),
      ),
    };
    if (rows.length > limit) {
      const last = page[page.length - 1]!;
      out.NextMarker = encodeMarker(last.version === "$LATEST" ? 0 : Number(last.version));
    }
    return out;
  }

  /** DeleteFunction with a version Qualifier. */
  async deleteVersion(region: string, name: string, qualifier: string): Promise<void> {
    const nc: NameContext = { region, accountId: this.ctx.accountId };
    if (qualifier === "$LATEST") {
      throw new InvalidParameterValueError(
        "$LATEST version cannot be deleted without deleting the function.",
      );
    }
    this.ctx.store.tx(() => {
      if (!this.ctx.store.getFunction(region, name)) throw notFound(nc, name);
      if (!/^\d+$/.test(qualifier) || !this.ctx.store.getVersion(region, name, qualifier)) {
        throw notFound(nc, name, qualifier);
      }
      const users = this.ctx.store
        .listAliases(region, name)
        .filter((a) => a.functionVersion === qualifier || (a.weights && qualifier in a.weights))
        .map((a) => a.alias);
      if (users.length) {
        throw new ResourceConflictError(
          `Unable to delete version because the following aliases reference it: [${users.join(", ")}]`,
        );
      }
      this.ctx.store.deleteVersion(region, name, qualifier);
    });
    this.ctx.changed(region, name);
    await this.ctx.pool.retire(region, name, qualifier).catch(() => undefined);
  }
}
