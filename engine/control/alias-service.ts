import { randomUUID } from "node:crypto";
import {
  InvalidParameterValueError,
  PreconditionFailedError,
  ResourceConflictError,
  ResourceNotFoundError,
  ValidationError,
} from "../errors.js";
import type { AliasRecord } from "../store/records.js";
import { constraint, functionArn, notFound, parseFunctionName, type NameContext } from "./arn.js";
import type { ControlContext } from "./context.js";
import { REVISION_MISMATCH } from "./function-service.js";
import { decodeMarker, encodeMarker, pageSize } from "./paging.js";

const ALIAS_PATTERN = "(?!^[0-9]+$)([a-zA-Z0-9-_]+)";
const ALIAS_RE = /^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$/;
const VERSION_RE = /^(\$LATEST|[0-9]+)$/;

export function renderAlias(a: AliasRecord, nc: NameContext): Record<string, unknown> {
  const out: Record<string, unknown> = {
    AliasArn: functionArn(nc, a.name, a.alias),
    Description: a.description,
    FunctionVersion: a.functionVersion,
    Name: a.alias,
    RevisionId: a.revisionId,
  };
  if (a.weights) out.RoutingConfig = { AdditionalVersionWeights: a.weights };
  return out;
}

/** CreateAlias, GetAlias, UpdateAlias, DeleteAlias, ListAliases (facts §1.5). */
export class AliasService {
  constructor(private readonly ctx: ControlContext) {}

  private target(region: string, rawName: string) {
    const nc: NameContext = { region, accountId: this.ctx.accountId };
    const { name } = parseFunctionName(rawName, nc);
    if (!this.ctx.store.getFunction(region, name)) throw notFound(nc, name);
    return { nc, name };
  }

  private validate(
    nc: NameContext,
    name: string,
    body: Record<string, unknown>,
    aliasName?: string,
  ): void {
    const failures: string[] = [];
    if (aliasName !== undefined && (!ALIAS_RE.test(aliasName) || aliasName.length > 128)) {
      failures.push(
        constraint(
          aliasName,
          "name",
          `Member must satisfy regular expression pattern: ${ALIAS_PATTERN}`,
        ),
      );
    }
    const fv = body.FunctionVersion;
    if (fv !== undefined && !VERSION_RE.test(String(fv))) {
      failures.push(
        constraint(
          fv,
          "functionVersion",
          "Member must satisfy regular expression pattern: (\\$LATEST|[0-9]+)",
        ),
      );
    }
    const weights = this.weights(body);
    if (weights && Object.values(weights).some((w) => typeof w !== "number" || w < 0 || w > 1)) {
      const shown = `{${Object.entries(weights)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(", ")}}`;
      failures.push(
        constraint(
          shown,
          "routingConfig.additionalVersionWeights",
          "Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0, Member must not be null]",
        ),
      );
    }
    if (failures.length) throw ValidationError.of(failures);
    if (weights && Object.keys(weights).length > 1) {
      throw new InvalidParameterValueError(
        "Number of items in AdditionalVersionWeights cannot be greater than 1",
      );
    }
    if (fv !== undefined && !this.ctx.store.getVersion(nc.region, name, String(fv))) {
      throw notFound(nc, name, String(fv));
    }
    for (const v of Object.keys(weights ?? {})) {
      if (!this.ctx.store.getVersion(nc.region, name, v)) throw notFound(nc, name, v);
    }
  }

  private weights(body: Record<string, unknown>): Record<string, number> | undefined {
    const rc = body.RoutingConfig as
      { AdditionalVersionWeights?: Record<string, number> } | undefined;
    return rc?.AdditionalVersionWeights;
  }

  private checkRouting(primary: string, weights: Record<string, number> | null): void {
    if (!weights || Object.keys(weights).length === 0) return;
    if (primary === "$LATEST") {
      throw new InvalidParameterValueError(
        "$LATEST is not supported for an alias pointing to more than 1 version",
      );
    }
    if (primary in weights) {
      throw new InvalidParameterValueError(
        `Invalid function version ${primary}. Function version ${primary} is already included in routing configuration.`,
      );
    }
  }

  create(region: string, rawName: string, body: Record<string, unknown>): Record<string, unknown> {
    const { nc, name } = this.target(region, rawName);
    const alias = body.Name === undefined ? undefined : String(body.Name);
    if (alias === undefined || body.FunctionVersion === undefined) {
      const member = alias === undefined ? "name" : "functionVersion";
      throw ValidationError.of([
        `Value null at '${member}' failed to satisfy constraint: Member must not be null`,
      ]);
    }
    this.validate(nc, name, body, alias);
    const weights = this.weights(body) ?? null;
    this.checkRouting(String(body.FunctionVersion), weights);
    const record: AliasRecord = {
      region,
      name,
      alias,
      functionVersion: String(body.FunctionVersion),
      description: body.Description === undefined ? "" : String(body.Description),
      weights: weights && Object.keys(weights).length ? weights : null,
      revisionId: randomUUID(),
      policy: null,
    };
    this.ctx.store.tx(() => {
      if (this.ctx.store.getAlias(region, name, alias)) {
        throw new ResourceConflictError(`Alias already exists: ${functionArn(nc, name, alias)}`);
      }
      this.ctx.store.putAlias(record);
    });
    this.ctx.changed(region, name);
    return renderAlias(record, nc);
  }

  get(region: string, rawName: string, alias: string): Record<string, unknown> {
    const { nc, name } = this.target(region, rawName);
    const a = this.ctx.store.getAlias(region, name, alias);
    if (!a) throw new ResourceNotFoundError(`Alias not found: ${functionArn(nc, name, alias)}`);
    return renderAlias(a, nc);
  }

  update(
    region: string,
    rawName: string,
    alias: string,
    body: Record<string, unknown>,
  ): Record<string, unknown> {
    const { nc, name } = this.target(region, rawName);
    this.validate(nc, name, body);
    const next = this.ctx.store.tx(() => {
      const a = this.ctx.store.getAlias(region, name, alias);
      if (!a) throw new ResourceNotFoundError(`Alias not found: ${functionArn(nc, name, alias)}`);
      if (body.RevisionId !== undefined && body.RevisionId !== a.revisionId) {
        throw new PreconditionFailedError(REVISION_MISMATCH);
      }
      const weights = body.RoutingConfig !== undefined ? (this.weights(body) ?? null) : a.weights;
      const next: AliasRecord = {
        ...a,
        functionVersion:
          body.FunctionVersion === undefined ? a.functionVersion : String(body.FunctionVersion),
        description: body.Description === undefined ? a.description : String(body.Description),
        weights: weights && Object.keys(weights).length ? weights : null,
        revisionId: randomUUID(),
      };
      this.checkRouting(next.functionVersion, next.weights);
      this.ctx.store.putAlias(next);
      return next;
    });
    this.ctx.changed(region, name);
    return renderAlias(next, nc);
  }

  /** Deleting an alias that does not exist still answers 204 (facts §1.1). */
  delete(region: string, rawName: string, alias: string): void {
    const { name } = this.target(region, rawName);
    this.ctx.store.deleteAlias(region, name, alias);
    this.ctx.changed(region, name);
  }

  list(region: string, rawName: string, query: URLSearchParams): Record<string, unknown> {
    const { nc, name } = this.target(region, rawName);
    const fv = query.get("FunctionVersion");
    const all = this.ctx.store
      .listAliases(region, name)
      .filter((a) => fv === null || a.functionVersion === fv);
    const limit = pageSize(query, 10000);
    const after = decodeMarker<string>(query.get("Marker"), "");
    const rest = all.filter((a) => a.alias > after);
    const page = rest.slice(0, limit);
    const out: Record<string, unknown> = { Aliases: page.map((a) => renderAlias(a, nc)) };
    if (rest.length > limit) out.NextMarker = encodeMarker(page[page.length - 1]!.alias);
    return out;
  }
}
