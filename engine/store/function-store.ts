import type { Statement } from "better-sqlite3";
import type { Db } from "./db.js";
import type { AliasRecord, FunctionRecord, VersionRecord } from "./records.js";

interface VersionRow {
  region: string;
  name: string;
  version: string;
  config: string;
  code_sha: string;
  code_size: number;
  revision_id: string;
  code_revision: string;
  last_modified: string;
  state: string;
  last_update_status: string | null;
  policy: string | null;
}

interface AliasRow {
  region: string;
  name: string;
  alias: string;
  function_version: string;
  description: string;
  weights: string | null;
  revision_id: string;
  policy: string | null;
}

const versionNum = (v: string) => (v === "$LATEST" ? 0 : Number(v));

function toVersion(r: VersionRow): VersionRecord {
  return {
    region: r.region,
    name: r.name,
    version: r.version,
    config: JSON.parse(r.config) as VersionRecord["config"],
    codeSha: r.code_sha,
    codeSize: r.code_size,
    revisionId: r.revision_id,
    codeRevision: r.code_revision,
    lastModified: r.last_modified,
    state: r.state as VersionRecord["state"],
    lastUpdateStatus: r.last_update_status as VersionRecord["lastUpdateStatus"],
    policy: r.policy ? (JSON.parse(r.policy) as VersionRecord["policy"]) : null,
  };
}

function toAlias(r: AliasRow): AliasRecord {
  return {
    region: r.region,
    name: r.name,
    alias: r.alias,
    functionVersion: r.function_version,
    description: r.description,
    weights: r.weights ? (JSON.parse(r.weights) as Record<string, number>) : null,
    revisionId: r.revision_id,
    policy: r.policy ? (JSON.parse(r.policy) as AliasRecord["policy"]) : null,
  };
}

/**
 * SQLite access for functions, versions and aliases, with every statement prepared once. It
 * knows no AWS rules: the services in control/ decide, and wrap multi-row changes in `tx`.
 */
export class FunctionStore {
  private readonly s: Record<string, Statement>;

  constructor(private readonly db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      getFn: p("SELECT * FROM functions WHERE region = ? AND name = ?"),
      insertFn: p(
        "INSERT INTO functions (region, name, last_version, reserved_concurrency, tags) VALUES (?, ?, ?, ?, ?)",
      ),
      updateFn: p(
        "UPDATE functions SET last_version = ?, reserved_concurrency = ?, tags = ? WHERE region = ? AND name = ?",
      ),
      deleteFn: p("DELETE FROM functions WHERE region = ? AND name = ?"),
      countFns: p("SELECT COUNT(*) AS n FROM functions WHERE region = ?"),
      sumReserved: p(
        "SELECT COALESCE(SUM(reserved_concurrency), 0) AS n FROM functions WHERE region = ? AND name != ?",
      ),
      getVersion: p(
        "SELECT * FROM function_versions WHERE region = ? AND name = ? AND version_num = ?",
      ),
      putVersion:
        p(`INSERT OR REPLACE INTO function_versions (region, name, version, version_num, config,
        code_sha, code_size, revision_id, code_revision, last_modified, state, last_update_status, policy)
        VALUES (@region, @name, @version, @version_num, @config, @code_sha, @code_size, @revision_id,
        @code_revision, @last_modified, @state, @last_update_status, @policy)`),
      deleteVersion: p(
        "DELETE FROM function_versions WHERE region = ? AND name = ? AND version_num = ?",
      ),
      versionsOf: p(
        "SELECT * FROM function_versions WHERE region = ? AND name = ? AND version_num > ? ORDER BY version_num LIMIT ?",
      ),
      latestPublished: p(
        "SELECT * FROM function_versions WHERE region = ? AND name = ? AND version_num > 0 ORDER BY version_num DESC LIMIT 1",
      ),
      listPage: p(`SELECT * FROM function_versions WHERE region = @region
        AND (name > @name OR (name = @name AND version_num > @num)) AND (@all OR version_num = 0)
        ORDER BY name, version_num LIMIT @limit`),
      totalCode: p(
        "SELECT COALESCE(SUM(code_size), 0) AS n FROM function_versions WHERE region = ?",
      ),
      unsettled: p(
        "SELECT * FROM function_versions WHERE state = 'Pending' OR last_update_status = 'InProgress'",
      ),
      getAlias: p("SELECT * FROM aliases WHERE region = ? AND name = ? AND alias = ?"),
      putAlias:
        p(`INSERT OR REPLACE INTO aliases (region, name, alias, function_version, description,
        weights, revision_id, policy) VALUES (@region, @name, @alias, @function_version, @description,
        @weights, @revision_id, @policy)`),
      deleteAlias: p("DELETE FROM aliases WHERE region = ? AND name = ? AND alias = ?"),
      aliasesOf: p("SELECT * FROM aliases WHERE region = ? AND name = ? ORDER BY alias"),
    };
  }

  /** Runs `fn` in one SQLite transaction: all of its writes land, or none. */
  tx<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  getFunction(region: string, name: string): FunctionRecord | undefined {
    const r = this.s.getFn!.get(region, name) as
      { last_version: number; reserved_concurrency: number | null; tags: string } | undefined;
    if (!r) return undefined;
    return {
      region,
      name,
      lastVersion: r.last_version,
      reservedConcurrency: r.reserved_concurrency,
      tags: JSON.parse(r.tags) as Record<string, string>,
    };
  }

  insertFunction(f: FunctionRecord): void {
    this.s.insertFn!.run(
      f.region,
      f.name,
      f.lastVersion,
      f.reservedConcurrency,
      JSON.stringify(f.tags),
    );
  }

  updateFunction(f: FunctionRecord): void {
    this.s.updateFn!.run(
      f.lastVersion,
      f.reservedConcurrency,
      JSON.stringify(f.tags),
      f.region,
      f.name,
    );
  }

  deleteFunction(region: string, name: string): void {
    this.s.deleteFn!.run(region, name);
  }

  /** Hex SHA-256 of every code package some version still runs (for blob collection). */
  referencedCode(): Set<string> {
    const rows = this.db.prepare("SELECT DISTINCT code_sha FROM function_versions").pluck().all();
    return new Set(rows as string[]);
  }

  countFunctions(region: string): number {
    return (this.s.countFns!.get(region) as { n: number }).n;
  }

  /** Reserved concurrency of every other function in the region. */
  reservedElsewhere(region: string, name: string): number {
    return (this.s.sumReserved!.get(region, name) as { n: number }).n;
  }

  totalCodeSize(region: string): number {
    return (this.s.totalCode!.get(region) as { n: number }).n;
  }

  getVersion(region: string, name: string, version: string): VersionRecord | undefined {
    const num = versionNum(version);
    if (!Number.isSafeInteger(num)) return undefined;
    const r = this.s.getVersion!.get(region, name, num) as VersionRow | undefined;
    return r && toVersion(r);
  }

  putVersion(v: VersionRecord): void {
    this.s.putVersion!.run({
      region: v.region,
      name: v.name,
      version: v.version,
      version_num: versionNum(v.version),
      config: JSON.stringify(v.config),
      code_sha: v.codeSha,
      code_size: v.codeSize,
      revision_id: v.revisionId,
      code_revision: v.codeRevision,
      last_modified: v.lastModified,
      state: v.state,
      last_update_status: v.lastUpdateStatus,
      policy: v.policy ? JSON.stringify(v.policy) : null,
    });
  }

  deleteVersion(region: string, name: string, version: string): void {
    this.s.deleteVersion!.run(region, name, versionNum(version));
  }

  /** $LATEST then the published versions in order, after `afterNum` (-1 for the start). */
  listVersions(region: string, name: string, afterNum = -1, limit = 1_000_000): VersionRecord[] {
    return (this.s.versionsOf!.all(region, name, afterNum, limit) as VersionRow[]).map(toVersion);
  }

  latestPublished(region: string, name: string): VersionRecord | undefined {
    const r = this.s.latestPublished!.get(region, name) as VersionRow | undefined;
    return r && toVersion(r);
  }

  /** A page of functions ordered by name then version, after the (name, num) cursor. */
  listPage(region: string, after: [string, number], all: boolean, limit: number): VersionRecord[] {
    const rows = this.s.listPage!.all({
      region,
      name: after[0],
      num: after[1],
      all: all ? 1 : 0,
      limit,
    }) as VersionRow[];
    return rows.map(toVersion);
  }

  /** Rows whose asynchronous state transition had not happened when the engine stopped. */
  unsettled(): VersionRecord[] {
    return (this.s.unsettled!.all() as VersionRow[]).map(toVersion);
  }

  getAlias(region: string, name: string, alias: string): AliasRecord | undefined {
    const r = this.s.getAlias!.get(region, name, alias) as AliasRow | undefined;
    return r && toAlias(r);
  }

  putAlias(a: AliasRecord): void {
    this.s.putAlias!.run({
      region: a.region,
      name: a.name,
      alias: a.alias,
      function_version: a.functionVersion,
      description: a.description,
      weights: a.weights ? JSON.stringify(a.weights) : null,
      revision_id: a.revisionId,
      policy: a.policy ? JSON.stringify(a.policy) : null,
    });
  }

  deleteAlias(region: string, name: string, alias: string): void {
    this.s.deleteAlias!.run(region, name, alias);
  }

  listAliases(region: string, name: string): AliasRecord[] {
    return (this.s.aliasesOf!.all(region, name) as AliasRow[]).map(toAlias);
  }
}
