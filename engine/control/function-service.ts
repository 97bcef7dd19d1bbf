import { randomUUID } from "node:crypto";
import {
  InvalidParameterValueError,
  PreconditionFailedError,
  ResourceConflictError,
  ValidationError,
} from "../errors.js";
import type { VersionRecord } from "../store/records.js";
import { functionArn, notFound, parseFunctionName, type NameContext } from "./arn.js";
import { zipFromInput } from "./code-input.js";
import type { ControlContext } from "./context.js";
import { lastModifiedNow, renderConfiguration } from "./function-view.js";
import { mergeConfig } from "./merge-config.js";
import { validateTags } from "./tag-service.js";
import {
  validateFunctionConfig,
  validateRuntime,
  type ConfigInput,
} from "./validate-function-config.js";
import { publishFrom } from "./version-service.js";

export const REVISION_MISMATCH =
  "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id";

function required(body: ConfigInput, member: string, key: string): void {
  if (body[key] === undefined || body[key] === null) {
    throw ValidationError.of([
      `Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    ]);
  }
}

/** The checks every update of $LATEST makes: state, update in progress, RevisionId. */
export function assertUpdatable(
  ctx: NameContext,
  latest: VersionRecord,
  revisionId: unknown,
): void {
  if (latest.state === "Pending") {
    throw new ResourceConflictError(
      "The operation cannot be performed at this time. The function is currently in the following state: Pending",
    );
  }
  if (latest.lastUpdateStatus === "InProgress") {
    throw new ResourceConflictError(
      `The operation cannot be performed at this time. An update is in progress for resource: ${functionArn(ctx, latest.name)}`,
    );
  }
  if (revisionId !== undefined && revisionId !== latest.revisionId) {
    throw new PreconditionFailedError(REVISION_MISMATCH);
  }
}

/** CreateFunction, UpdateFunctionCode and UpdateFunctionConfiguration. */
export class FunctionService {
  constructor(private readonly ctx: ControlContext) {}

  private names(region: string): NameContext {
    return { region, accountId: this.ctx.accountId };
  }

  async create(region: string, body: ConfigInput): Promise<Record<string, unknown>> {
    const nc = this.names(region);
    required(body, "functionName", "FunctionName");
    required(body, "role", "Role");
    const { name } = parseFunctionName(String(body.FunctionName), nc, { create: true });
    validateFunctionConfig(body);
    if (body.PackageType === "Image") {
      throw new InvalidParameterValueError(
        "Container images are not supported by this engine; use PackageType Zip.",
      );
    }
    if (body.Runtime === undefined || body.Handler === undefined) {
      throw new InvalidParameterValueError(
        "Runtime and Handler are mandatory parameters for functions created with deployment packages.",
      );
    }
    const tags = (body.Tags ?? {}) as Record<string, string>;
    validateTags(tags, 0);
    const exists = () => {
      if (this.ctx.store.getFunction(region, name)) {
        throw new ResourceConflictError(`Function already exist: ${name}`);
      }
    };
    exists();
    const zip = zipFromInput(body.Code as Record<string, unknown> | undefined);
    const code = await this.ctx.code.put(zip);
    const revision = randomUUID();
    const latest: VersionRecord = {
      region,
      name,
      version: "$LATEST",
      config: mergeConfig(name, body),
      codeSha: code.sha256,
      codeSize: code.size,
      revisionId: revision,
      codeRevision: revision,
      lastModified: lastModifiedNow(),
      state: "Pending",
      lastUpdateStatus: null,
      policy: null,
    };
    const published =
      body.Publish === true ? { ...latest, version: "1", revisionId: randomUUID() } : undefined;
    this.ctx.store.tx(() => {
      exists();
      this.ctx.store.insertFunction({
        region,
        name,
        lastVersion: published ? 1 : 0,
        reservedConcurrency: null,
        tags,
      });
      this.ctx.store.putVersion(latest);
      if (published) this.ctx.store.putVersion(published);
    });
    this.ctx.changed(region, name);
    this.ctx.transitions.schedule(region, name, "$LATEST");
    if (published) this.ctx.transitions.schedule(region, name, "1");
    // Even with Publish the create response keeps the unqualified ARN (facts §1.3).
    return renderConfiguration(published ?? latest, nc);
  }

  async updateCode(
    region: string,
    rawName: string,
    body: ConfigInput,
  ): Promise<Record<string, unknown>> {
    const nc = this.names(region);
    const { name } = parseFunctionName(rawName, nc);
    if (body.Architectures !== undefined)
      validateFunctionConfig({ Architectures: body.Architectures });
    const check = () => {
      const latest = this.ctx.store.getVersion(region, name, "$LATEST");
      if (!latest) throw notFound(nc, name);
      assertUpdatable(nc, latest, body.RevisionId);
      return latest;
    };
    check();
    const zip = zipFromInput(body);
    const code = await this.ctx.code.put(zip);
    const apply = (latest: VersionRecord): VersionRecord => ({
      ...latest,
      config: body.Architectures
        ? { ...latest.config, Architectures: body.Architectures as string[] }
        : latest.config,
      codeSha: code.sha256,
      codeSize: code.size,
      revisionId: randomUUID(),
      codeRevision: randomUUID(),
      lastModified: lastModifiedNow(),
      lastUpdateStatus: "InProgress",
    });
    if (body.DryRun === true) return renderConfiguration(apply(check()), nc);
    return this.commitUpdate(region, name, () => apply(check()), body.Publish === true);
  }

  async updateConfiguration(
    region: string,
    rawName: string,
    body: ConfigInput,
  ): Promise<Record<string, unknown>> {
    const nc = this.names(region);
    const { name } = parseFunctionName(rawName, nc);
    validateFunctionConfig(body);
    if (body.Runtime !== undefined) validateRuntime(String(body.Runtime));
    return this.commitUpdate(
      region,
      name,
      () => {
        const latest = this.ctx.store.getVersion(region, name, "$LATEST");
        if (!latest) throw notFound(nc, name);
        assertUpdatable(nc, latest, body.RevisionId);
        const revision = randomUUID();
        return {
          ...latest,
          config: mergeConfig(name, body, latest.config),
          revisionId: revision,
          codeRevision: revision,
          lastModified: lastModifiedNow(),
          lastUpdateStatus: "InProgress",
        };
      },
      false,
    );
  }

  /** Writes the new $LATEST (and a version when publishing) in one transaction, then retires environments. */
  private commitUpdate(
    region: string,
    name: string,
    build: () => VersionRecord,
    publish: boolean,
  ): Record<string, unknown> {
    const nc = this.names(region);
    const { next, version } = this.ctx.store.tx(() => {
      const next = build();
      this.ctx.store.putVersion(next);
      const version = publish ? publishFrom(this.ctx, next, undefined) : undefined;
      return { next, version };
    });
    this.ctx.changed(region, name);
    this.ctx.pool.retire(region, name, "$LATEST").catch(() => undefined);
    this.ctx.transitions.schedule(region, name, "$LATEST");
    if (version) return renderConfiguration(version, nc, { arnQualifier: version.version });
    return renderConfiguration(next, nc);
  }
}
