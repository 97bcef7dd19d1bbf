import {
  AccessDeniedError,
  InvalidParameterValueError,
  ResourceNotFoundError,
  ValidationError,
} from "../errors.js";

/** The patterns AWS prints in its validation messages (facts §1.2, model S2 with `eusc-`). */
export const FUNCTION_NAME_PATTERN =
  "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
export const NAMESPACED_NAME_PATTERN =
  "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?";
export const QUALIFIER_PATTERN = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+";

const FUNCTION_NAME_RE = new RegExp(`^(?:${FUNCTION_NAME_PATTERN})$`);
const NAMESPACED_NAME_RE = new RegExp(`^(?:${NAMESPACED_NAME_PATTERN})$`);
const PARSE_RE =
  /^(?:arn:(?:aws[a-zA-Z-]*)?:lambda:)?(?:(?<region>(?:eusc-)?[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d):)?(?:(?<account>\d{12}):)?(?:function:)?(?<name>[a-zA-Z0-9-_.]+)(?::(?<qualifier>[^:]+))?$/;
const QUALIFIER_RE = /^(?:\$LATEST(?:\.PUBLISHED)?|[a-zA-Z0-9-_]+)$/;

export interface FunctionRef {
  name: string;
  /** From the ARN or the Qualifier parameter (they must agree). */
  qualifier: string | undefined;
}

export interface NameContext {
  region: string;
  accountId: string;
}

export function functionArn(ctx: NameContext, name: string, qualifier?: string): string {
  const arn = `arn:aws:lambda:${ctx.region}:${ctx.accountId}:function:${name}`;
  return qualifier ? `${arn}:${qualifier}` : arn;
}

export function notFound(
  ctx: NameContext,
  name: string,
  qualifier?: string,
): ResourceNotFoundError {
  return new ResourceNotFoundError(`Function not found: ${functionArn(ctx, name, qualifier)}`);
}

export function constraint(value: unknown, member: string, rule: string): string {
  return `Value '${String(value)}' at '${member}' failed to satisfy constraint: ${rule}`;
}

/**
 * Parses a FunctionName path parameter — a name, partial ARN or full ARN, optionally with
 * `:qualifier` — with AWS's checks in AWS's order (facts §1.2 "Name errors"). `namespaced` is the
 * looser shape of Get/Invoke/Delete/policy operations; `create` makes an over-long bare name an
 * InvalidParameterValueException as CreateFunction does; Invoke's not-found names `:$LATEST`
 * when no qualifier was given (`impliedQualifier`), over-long names included (facts §1.2).
 */
export function parseFunctionName(
  raw: string,
  ctx: NameContext,
  opts: {
    namespaced?: boolean;
    create?: boolean;
    qualifier?: string | null;
    /** The qualifier a not-found error names when none was given (Invoke: `$LATEST`). */
    impliedQualifier?: string;
  } = {},
): FunctionRef {
  const failures: string[] = [];
  if (raw.length > 140 && !(opts.namespaced && !raw.includes(":"))) {
    failures.push(
      constraint(raw, "functionName", "Member must have length less than or equal to 140"),
    );
  }
  const re = opts.namespaced ? NAMESPACED_NAME_RE : FUNCTION_NAME_RE;
  const pattern = opts.namespaced ? NAMESPACED_NAME_PATTERN : FUNCTION_NAME_PATTERN;
  if (!re.test(raw)) {
    failures.push(
      constraint(raw, "functionName", `Member must satisfy regular expression pattern: ${pattern}`),
    );
  }
  const qualifierParam = opts.qualifier ?? undefined;
  if (qualifierParam !== undefined) {
    if (!QUALIFIER_RE.test(qualifierParam) || qualifierParam.length > 128) {
      failures.push(
        constraint(
          qualifierParam,
          "qualifier",
          `Member must satisfy regular expression pattern: ${QUALIFIER_PATTERN}`,
        ),
      );
    }
  }
  if (failures.length) throw ValidationError.of(failures);
  const m = PARSE_RE.exec(raw);
  if (!m?.groups) {
    throw ValidationError.of([
      constraint(raw, "functionName", `Member must satisfy regular expression pattern: ${pattern}`),
    ]);
  }
  const { region, account, name, qualifier } = m.groups as Record<string, string | undefined>;
  if (region && region !== ctx.region) {
    throw new ResourceNotFoundError(
      `Functions from '${region}' are not reachable in this region ('${ctx.region}')`,
    );
  }
  if (account && account !== ctx.accountId) throw new AccessDeniedError();
  if (name!.length > 64) {
    if (opts.create) {
      throw new InvalidParameterValueError(
        `1 validation error detected: ${constraint(name, "functionName", "Member must have length less than or equal to 64")}`,
      );
    }
    throw notFound(ctx, name!, qualifierParam ?? qualifier ?? opts.impliedQualifier);
  }
  if (qualifier !== undefined && qualifierParam !== undefined && qualifier !== qualifierParam) {
    throw new InvalidParameterValueError(
      "The derived qualifier from the function name does not match the specified qualifier.",
    );
  }
  return { name: name!, qualifier: qualifier ?? qualifierParam };
}

/** Unqualified operations (concurrency, tags) refuse a version or alias in the name. */
export const UNQUALIFIED_ONLY =
  "This operation is permitted on Lambda functions only. Aliases and versions do not support this operation. Please specify either a function name or an unqualified function ARN.";
