import {
  AccessDeniedError,
  InvalidParameterValueError,
  ResourceNotFoundError,
  ValidationError,
} from "../errors.js";
import { constraint, notFound, type NameContext } from "./arn.js";
import type { ControlContext } from "./context.js";

/** Lambda's per-resource tag quota (facts §1.2). */
export const MAX_TAGS = 50;

const TAGGABLE_PATTERN =
  "arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:(function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?|layer:([a-zA-Z0-9-_]+)|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|capacity-provider:[a-zA-Z0-9-_]+)";
const FUNCTION_ARN_RE =
  /^arn:aws[a-zA-Z-]*:lambda:(?<region>(?:eusc-)?[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d):(?<account>\d{12}):function:(?<name>[a-zA-Z0-9-_]+)(?::(?<qualifier>\$LATEST|[a-zA-Z0-9-_]+))?$/;

export function validateTags(tags: Record<string, string>, existing: number): void {
  if (existing + Object.keys(tags).length > MAX_TAGS) {
    throw new InvalidParameterValueError("Number of tags exceeds resource tag limit.");
  }
}

/** TagResource, ListTags, UntagResource: the resource is always a full function ARN. */
export class TagService {
  constructor(private readonly ctx: ControlContext) {}

  private resolve(region: string, arn: string): { nc: NameContext; name: string } {
    const m = FUNCTION_ARN_RE.exec(arn);
    if (!m?.groups) {
      throw ValidationError.of([
        constraint(
          arn,
          "resource",
          `Member must satisfy regular expression pattern: ${TAGGABLE_PATTERN}`,
        ),
      ]);
    }
    const { region: arnRegion, account, name, qualifier } = m.groups as Record<string, string>;
    const nc: NameContext = { region, accountId: this.ctx.accountId };
    if (arnRegion !== region) {
      throw new ResourceNotFoundError(
        `Functions from '${arnRegion}' are not reachable in this region ('${region}')`,
      );
    }
    if (account !== this.ctx.accountId) throw new AccessDeniedError();
    if (qualifier !== undefined) {
      throw new InvalidParameterValueError(
        "Tags on function aliases and versions are not supported. Please specify a function ARN.",
      );
    }
    return { nc, name: name! };
  }

  tag(region: string, arn: string, tags: Record<string, string> | undefined): void {
    const { nc, name } = this.resolve(region, arn);
    this.ctx.store.tx(() => {
      const fn = this.ctx.store.getFunction(region, name);
      if (!fn) throw notFound(nc, name);
      const merged = { ...fn.tags, ...(tags ?? {}) };
      validateTags(merged, 0);
      this.ctx.store.updateFunction({ ...fn, tags: merged });
    });
  }

  list(region: string, arn: string): Record<string, unknown> {
    const { nc, name } = this.resolve(region, arn);
    const fn = this.ctx.store.getFunction(region, name);
    if (!fn) throw notFound(nc, name);
    return { Tags: fn.tags };
  }

  /** Removing keys that are not there is not an error (facts §1.6). */
  untag(region: string, arn: string, keys: string[]): void {
    const { nc, name } = this.resolve(region, arn);
    this.ctx.store.tx(() => {
      const fn = this.ctx.store.getFunction(region, name);
      if (!fn) throw notFound(nc, name);
      const tags = { ...fn.tags };
      for (const k of keys) delete tags[k];
      this.ctx.store.updateFunction({ ...fn, tags });
    });
  }
}
