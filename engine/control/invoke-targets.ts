import type { FunctionSnapshot } from "../runtime/types.js";
import type { VersionRecord } from "../store/records.js";
import { functionArn, notFound, type NameContext } from "./arn.js";
import type { ControlContext } from "./context.js";
import { resolveQualifier } from "./lookup.js";

export interface InvokeTarget {
  snapshot: FunctionSnapshot;
  pending: boolean;
}

/** What a (function, qualifier) invokes: one version, or an alias's two weighted versions. */
export interface InvokeEntry {
  invokedArn: string;
  primary: InvokeTarget;
  extra?: { target: InvokeTarget; weight: number };
}

/**
 * Invoke-path cache: resolves a function and qualifier to ready-made FunctionSnapshots once and
 * serves them from memory until the control plane reports a change to that function, so an
 * invoke does no SQLite or filesystem work in the steady state.
 */
export class InvokeTargets {
  private readonly cache = new Map<string, Map<string, InvokeEntry>>();
  private readonly generation = new Map<string, number>();

  constructor(private readonly ctx: () => ControlContext) {}

  invalidate(region: string, name: string): void {
    const key = `${region}\0${name}`;
    this.cache.delete(key);
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
  }

  /** The cached entry, if any: the invoke path's common case, without a promise. */
  peek(region: string, name: string, qualifier: string | undefined): InvokeEntry | undefined {
    return this.cache.get(`${region}\0${name}`)?.get(qualifier ?? "");
  }

  async resolve(region: string, name: string, qualifier: string | undefined): Promise<InvokeEntry> {
    const key = `${region}\0${name}`;
    const q = qualifier ?? "";
    const hit = this.cache.get(key)?.get(q);
    if (hit) return hit;
    const gen = this.generation.get(key) ?? 0;
    const entry = await this.build(region, name, qualifier);
    if ((this.generation.get(key) ?? 0) === gen) {
      let byQualifier = this.cache.get(key);
      if (!byQualifier) this.cache.set(key, (byQualifier = new Map()));
      byQualifier.set(q, entry);
    }
    return entry;
  }

  /** Picks the version an invoke runs: an alias's extra version wins with its weight. */
  static pick(entry: InvokeEntry): InvokeTarget {
    if (entry.extra && Math.random() < entry.extra.weight) return entry.extra.target;
    return entry.primary;
  }

  private async build(
    region: string,
    name: string,
    qualifier: string | undefined,
  ): Promise<InvokeEntry> {
    const ctx = this.ctx();
    const nc: NameContext = { region, accountId: ctx.accountId };
    const fn = ctx.store.getFunction(region, name);
    // Invoke reports the qualified ARN, `:$LATEST` when none was given (facts §1.4).
    if (!fn) throw notFound(nc, name, qualifier ?? "$LATEST");
    const { version, alias } = resolveQualifier(ctx, nc, name, qualifier ?? "$LATEST");
    const reserved = fn.reservedConcurrency ?? undefined;
    const entry: InvokeEntry = {
      invokedArn: functionArn(nc, name, qualifier),
      primary: await this.target(ctx, version, reserved),
    };
    const weights = Object.entries(alias?.weights ?? {});
    if (weights[0]) {
      const [extraVersion, weight] = weights[0];
      const record = ctx.store.getVersion(region, name, extraVersion);
      if (record) entry.extra = { target: await this.target(ctx, record, reserved), weight };
    }
    return entry;
  }

  private async target(
    ctx: ControlContext,
    v: VersionRecord,
    reserved: number | undefined,
  ): Promise<InvokeTarget> {
    const nc: NameContext = { region: v.region, accountId: ctx.accountId };
    const c = v.config;
    const snapshot: FunctionSnapshot = {
      key: `${v.region}/${v.name}/${v.version}`,
      revision: v.codeRevision,
      region: v.region,
      accountId: ctx.accountId,
      functionName: v.name,
      version: v.version,
      functionArn: functionArn(nc, v.name),
      runtime: c.Runtime ?? "",
      handler: c.Handler ?? "",
      memorySize: c.MemorySize,
      timeout: c.Timeout,
      environment: c.Environment?.Variables ?? {},
      codeDir: await ctx.code.ensureUnpacked(v.codeSha),
      reservedConcurrency: reserved,
      architectures: c.Architectures,
      logFormat: c.LoggingConfig.LogFormat,
      logGroup: c.LoggingConfig.LogGroup,
    };
    return { snapshot, pending: v.state === "Pending" };
  }
}
