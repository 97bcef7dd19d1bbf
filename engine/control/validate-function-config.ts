import { InvalidParameterValueError, ValidationError } from "../errors.js";
import { constraint } from "./arn.js";
import { DEPRECATED_RUNTIMES, isCreatableRuntime, runtimeEnumText } from "./runtimes.js";

export const ROLE_PATTERN = "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+";
const ROLE_RE = new RegExp(`^(?:${ROLE_PATTERN})$`);
const ENV_KEY_PATTERN = "[a-zA-Z]([a-zA-Z0-9_])+";
const ENV_KEY_RE = /^[a-zA-Z][a-zA-Z0-9_]+$/;
const ARCHITECTURES = ["x86_64", "arm64"];

/** Enum members, in the API model's order (the order AWS lists them in its messages). */
const ENUMS: [member: string, read: (input: ConfigInput) => unknown, values: string[]][] = [
  ["packageType", (i) => i.PackageType, ["Zip", "Image"]],
  ["tracingConfig.mode", (i) => field(i.TracingConfig, "Mode"), ["Active", "PassThrough"]],
  ["loggingConfig.logFormat", (i) => field(i.LoggingConfig, "LogFormat"), ["JSON", "Text"]],
  [
    "loggingConfig.applicationLogLevel",
    (i) => field(i.LoggingConfig, "ApplicationLogLevel"),
    ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"],
  ],
  [
    "loggingConfig.systemLogLevel",
    (i) => field(i.LoggingConfig, "SystemLogLevel"),
    ["DEBUG", "INFO", "WARN"],
  ],
];

function field(struct: unknown, key: string): unknown {
  return struct && typeof struct === "object"
    ? (struct as Record<string, unknown>)[key]
    : undefined;
}

/** Keys Lambda sets itself (facts §1.2, AWS docs "Defined runtime environment variables"). */
const RESERVED_ENV_KEYS = new Set([
  "_HANDLER",
  "_X_AMZN_TRACE_ID",
  "AWS_DEFAULT_REGION",
  "AWS_REGION",
  "AWS_EXECUTION_ENV",
  "AWS_LAMBDA_FUNCTION_NAME",
  "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
  "AWS_LAMBDA_FUNCTION_VERSION",
  "AWS_LAMBDA_INITIALIZATION_TYPE",
  "AWS_LAMBDA_LOG_GROUP_NAME",
  "AWS_LAMBDA_LOG_STREAM_NAME",
  "AWS_ACCESS_KEY",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_LAMBDA_RUNTIME_API",
  "LAMBDA_TASK_ROOT",
  "LAMBDA_RUNTIME_DIR",
]);

export type ConfigInput = Record<string, unknown>;

/**
 * Checks the configuration members of CreateFunction / UpdateFunctionConfiguration that are
 * present in `input`, throwing the error AWS throws for the first kind of failure: framework
 * constraint failures together as one ValidationException, then the service's own checks.
 */
export function validateFunctionConfig(input: ConfigInput): void {
  const failures: string[] = [];
  const { Role, Handler, Description, MemorySize, Timeout, Architectures, EphemeralStorage } =
    input;
  if (Role !== undefined && (typeof Role !== "string" || !ROLE_RE.test(Role))) {
    failures.push(
      constraint(Role, "role", `Member must satisfy regular expression pattern: ${ROLE_PATTERN}`),
    );
  }
  if (Handler !== undefined) {
    const h = String(Handler);
    if (h.length > 128)
      failures.push(constraint(h, "handler", "Member must have length less than or equal to 128"));
    if (!/^[^\s]+$/.test(h))
      failures.push(
        constraint(h, "handler", "Member must satisfy regular expression pattern: [^\\s]+"),
      );
  }
  if (Description !== undefined && String(Description).length > 256) {
    failures.push(
      constraint(Description, "description", "Member must have length less than or equal to 256"),
    );
  }
  if (MemorySize !== undefined) {
    if (!Number.isInteger(MemorySize) || (MemorySize as number) < 128) {
      failures.push(
        constraint(MemorySize, "memorySize", "Member must have value greater than or equal to 128"),
      );
    } else if ((MemorySize as number) > 32768) {
      failures.push(
        constraint(MemorySize, "memorySize", "Member must have value less than or equal to 32768"),
      );
    }
  }
  if (Timeout !== undefined) {
    if (!Number.isInteger(Timeout) || (Timeout as number) < 1) {
      failures.push(
        constraint(Timeout, "timeout", "Member must have value greater than or equal to 1"),
      );
    } else if ((Timeout as number) > 900) {
      failures.push(
        constraint(Timeout, "timeout", "Member must have value less than or equal to 900"),
      );
    }
  }
  if (Architectures !== undefined) failures.push(...architectureFailures(Architectures));
  for (const [member, read, values] of ENUMS) {
    const value = read(input);
    if (value !== undefined && !values.includes(String(value))) {
      failures.push(
        constraint(value, member, `Member must satisfy enum value set: [${values.join(", ")}]`),
      );
    }
  }
  const size = (EphemeralStorage as { Size?: unknown } | undefined)?.Size;
  if (EphemeralStorage !== undefined && (!Number.isInteger(size) || (size as number) < 512)) {
    failures.push(
      constraint(
        size,
        "ephemeralStorage.size",
        "Member must have value greater than or equal to 512",
      ),
    );
  } else if (typeof size === "number" && size > 10240) {
    failures.push(
      constraint(
        size,
        "ephemeralStorage.size",
        "Member must have value less than or equal to 10240",
      ),
    );
  }
  const vars = (input.Environment as { Variables?: Record<string, unknown> } | undefined)
    ?.Variables;
  if (vars && Object.keys(vars).some((k) => !ENV_KEY_RE.test(k))) {
    failures.push(
      `Value at 'environment.variables' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: ${ENV_KEY_PATTERN}]`,
    );
  }
  if (failures.length) throw ValidationError.of(failures);
  // AWS's own limit for ordinary functions (the model allows 32768 for managed instances).
  if (typeof MemorySize === "number" && MemorySize > 10240) {
    throw new ValidationError(
      "'MemorySize' value failed to satisfy constraint: Member must have value less than or equal to 10240",
    );
  }
  if (input.Runtime !== undefined) validateRuntime(String(input.Runtime));
  if (vars) validateEnvironment(vars);
}

function architectureFailures(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const shown = `[${list.map(String).join(", ")}]`;
  if (list.length > 1) {
    return [constraint(shown, "architectures", "Member must have length less than or equal to 1")];
  }
  if (list.length === 0)
    return [
      constraint(shown, "architectures", "Member must have length greater than or equal to 1"),
    ];
  if (!ARCHITECTURES.includes(String(list[0]))) {
    return [
      constraint(
        shown,
        "architectures",
        "Member must satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64], Member must not be null]",
      ),
    ];
  }
  return [];
}

export function validateRuntime(runtime: string): void {
  if (DEPRECATED_RUNTIMES.has(runtime)) {
    throw new InvalidParameterValueError(
      `The runtime parameter of ${runtime} is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.`,
    );
  }
  if (!isCreatableRuntime(runtime)) {
    throw new InvalidParameterValueError(
      `Value ${runtime} at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: ${runtimeEnumText()} or be a valid ARN`,
    );
  }
}

const ENV_PREFIX =
  "Lambda was unable to configure your environment variables because the environment variables you have provided";

function validateEnvironment(vars: Record<string, unknown>): void {
  const reserved = Object.keys(vars).filter((k) => RESERVED_ENV_KEYS.has(k));
  if (reserved.length) {
    throw new InvalidParameterValueError(
      `${ENV_PREFIX} contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(", ")}`,
    );
  }
  // Measured as compact JSON in bytes; exactly 4096 is accepted (facts §1.2).
  const measured = JSON.stringify(vars);
  if (Buffer.byteLength(measured) > 4096) {
    throw new InvalidParameterValueError(
      `${ENV_PREFIX} exceeded the 4KB limit. String measured: ${measured}`,
    );
  }
}
