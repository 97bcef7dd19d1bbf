import { ValidationError } from "../errors.js";
import { notFound, parseFunctionName, type NameContext } from "./arn.js";
import type { ControlContext } from "./context.js";
import { renderConfiguration } from "./function-view.js";
import { resolveQualifier } from "./lookup.js";
import { decodeMarker, encodeMarker, pageSize } from "./paging.js";
import { VersionService } from "./version-service.js";

/** GetFunction, GetFunctionConfiguration, ListFunctions, DeleteFunction. */
export class FunctionQueries {
  constructor(private readonly ctx: ControlContext) {}

  private nc(region: string): NameContext {
    return { region, accountId: this.ctx.accountId };
  }

  getConfiguration(
    region: string,
    rawName: string,
    qualifierParam: string | null,
  ): Record<string, unknown> {
    const nc = this.nc(region);
    const { name, qualifier } = parseFunctionName(rawName, nc, {
      namespaced: true,
      qualifier: qualifierParam,
    });
    const { version } = resolveQualifier(this.ctx, nc, name, qualifier);
    return renderConfiguration(version, nc, { arnQualifier: qualifier });
  }

  getFunction(
    region: string,
    rawName: string,
    qualifierParam: string | null,
  ): Record<string, unknown> {
    const nc = this.nc(region);
    const { name, qualifier } = parseFunctionName(rawName, nc, {
      namespaced: true,
      qualifier: qualifierParam,
    });
    const { version } = resolveQualifier(this.ctx, nc, name, qualifier);
    const fn = this.ctx.store.getFunction(region, name)!;
    const out: Record<string, unknown> = {
      Configuration: renderConfiguration(version, nc, { arnQualifier: qualifier }),
      Code: { RepositoryType: "S3", Location: this.ctx.codeLocation(version.codeSha) },
    };
    if (Object.keys(fn.tags).length) out.Tags = fn.tags;
    if (fn.reservedConcurrency !== null) {
      out.Concurrency = { ReservedConcurrentExecutions: fn.reservedConcurrency };
    }
    return out;
  }

  list(region: string, query: URLSearchParams): Record<string, unknown> {
    const nc = this.nc(region);
    const fv = query.get("FunctionVersion");
    if (fv !== null && fv !== "ALL") {
      throw ValidationError.of([
        `Value '${fv}' at 'functionVersion' failed to satisfy constraint: Member must satisfy enum value set: [ALL]`,
      ]);
    }
    const all = fv === "ALL";
    // ListFunctions returns at most 50 a page whatever MaxItems says (facts §1.5).
    const limit = pageSize(query, 50);
    const after = decodeMarker<[string, number]>(query.get("Marker"), ["", -1]);
    const rows = this.ctx.store.listPage(region, after, all, limit + 1);
    const page = rows.slice(0, limit);
    const out: Record<string, unknown> = {
      Functions: page.map((v) =>
        renderConfiguration(v, nc, { listItem: true, arnQualifier: all ? v.version : undefined }),
      ),
    };
    if (rows.length > limit) {
      const last = page[page.length - 1]!;
      out.NextMarker = encodeMarker([
        last.name,
        last.version === "$LATEST" ? 0 : Number(last.version),
      ]);
    }
    return out;
  }

  async delete(region: string, rawName: string, qualifierParam: string | null): Promise<void> {
    const nc = this.nc(region);
    const { name, qualifier } = parseFunctionName(rawName, nc, {
      namespaced: true,
      qualifier: qualifierParam,
    });
    if (qualifier !== undefined) {
      await new VersionService(this.ctx).deleteVersion(region, name, qualifier);
      return;
    }
    this.ctx.store.tx(() => {
      if (!this.ctx.store.getFunction(region, name)) throw notFound(nc, name);
      this.ctx.store.deleteFunction(region, name);
    });
    this.ctx.changed(region, name);
    await this.ctx.pool.retire(region, name).catch(() => undefined);
  }
}
