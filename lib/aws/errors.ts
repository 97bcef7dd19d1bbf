import "server-only";
import type { ActionError, ErrorCode } from "@/lib/actions/result";

/** Error names from the Lambda model (and the unmodelled ones AWS still sends) to our codes. */
const codeByName: Record<string, ErrorCode> = {
  ResourceNotFoundException: "not_found",
  ResourceConflictException: "conflict",
  PreconditionFailedException: "conflict",
  ResourceInUseException: "conflict",
  TooManyRequestsException: "throttled",
  ThrottlingException: "throttled",
  InvalidParameterValueException: "invalid_input",
  ValidationException: "invalid_input",
  InvalidRequestContentException: "invalid_input",
  RequestEntityTooLargeException: "invalid_input",
  RequestTooLargeException: "invalid_input",
  InvalidRuntimeException: "invalid_input",
  InvalidZipFileException: "invalid_input",
  CodeStorageExceededException: "invalid_input",
  AccessDeniedException: "forbidden",
  AccessDeniedExceptionFault: "forbidden",
  UnrecognizedClientException: "unauthorized",
  InvalidSignatureException: "unauthorized",
  ExpiredTokenException: "unauthorized",
  CredentialsProviderError: "unauthorized",
};

/** Node/undici network failures: the backend is down or the address is wrong. */
const networkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EPIPE",
  "UND_ERR_CONNECT_TIMEOUT",
]);

type Shaped = {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $fault?: "client" | "server";
  cause?: unknown;
};

function isNetworkError(err: Shaped): boolean {
  if (err.code && networkCodes.has(err.code)) return true;
  if (err.name === "TimeoutError" || err.name === "RequestTimeout") return true;
  const cause = err.cause as Shaped | undefined;
  return Boolean(cause && typeof cause === "object" && isNetworkError(cause));
}

/** The Lambda field named in a ValidationException ("at 'memorySize'"), if any. */
export function fieldOfMessage(message: string): string | undefined {
  const at = /at '([a-zA-Z.]+)'/.exec(message)?.[1];
  if (at) return at.split(".").pop();
  if (/environment variables/i.test(message)) return "environment";
  if (/tag/i.test(message)) return "tags";
  if (/ReservedConcurrentExecutions/i.test(message)) return "reservedConcurrency";
  return undefined;
}

/** Maps anything the SDK throws to an ActionError, keeping AWS's own message for the user. */
export function toActionError(error: unknown): ActionError {
  const err = (error ?? {}) as Shaped;
  if (isNetworkError(err)) {
    return {
      code: "backend_unavailable",
      message: "The Lambda backend did not answer. Check that it is running, then retry.",
    };
  }
  const mapped = err.name ? codeByName[err.name] : undefined;
  const status = err.$metadata?.httpStatusCode;
  const message = err.message?.trim() || err.name || "The backend refused the request.";
  if (mapped) return { code: mapped, message };
  if (status === 404) return { code: "not_found", message };
  if (status === 409 || status === 412) return { code: "conflict", message };
  if (status === 429) return { code: "throttled", message };
  if (status === 401) return { code: "unauthorized", message };
  if (status === 403) return { code: "forbidden", message };
  if (status && status >= 400 && status < 500) return { code: "invalid_input", message };
  if (err.$fault === "server" || (status && status >= 500)) {
    return { code: "backend_unavailable", message: `The backend failed: ${message}` };
  }
  throw error;
}

/** A backend message in the form the UI expects: next to the field when it names one. */
export function withFieldFromMessage(error: ActionError, fallbackField?: string): ActionError {
  if (error.code !== "invalid_input") return error;
  const field = fieldOfMessage(error.message) ?? fallbackField;
  return field ? { ...error, fieldErrors: { [field]: [error.message] } } : error;
}
