/**
 * One class per AWS Lambda error shape. Each knows its HTTP status and whether the service model
 * names its message member `message` or `Message` (lambda-wire-facts §0); `renderError` in
 * http/response.ts is the only place that turns them into bytes.
 */
export type MessageKey = "message" | "Message";

export class LambdaError extends Error {
  readonly extra: Record<string, unknown> = {};
  readonly headers: Record<string, string> = {};

  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly messageKey: MessageKey,
    /** AWS's modelled errors carry `"Type":"User"`; framework-level ones (ValidationException) do not. */
    readonly withType = true,
  ) {
    super(message);
    this.name = code;
  }

  /** The JSON body AWS sends for this error. */
  body(): Record<string, unknown> {
    return {
      ...(this.withType ? { Type: "User" } : {}),
      [this.messageKey]: this.message,
      ...this.extra,
    };
  }
}

export class ResourceNotFoundError extends LambdaError {
  constructor(message: string) {
    super("ResourceNotFoundException", 404, message, "Message");
  }
}

export class ResourceConflictError extends LambdaError {
  constructor(message: string) {
    super("ResourceConflictException", 409, message, "message");
  }
}

export class InvalidParameterValueError extends LambdaError {
  constructor(message: string) {
    super("InvalidParameterValueException", 400, message, "message");
  }
}

export class InvalidRequestContentError extends LambdaError {
  constructor(message: string) {
    super("InvalidRequestContentException", 400, message, "message");
  }
}

/** The framework-level constraint check: `1 validation error detected: …` (no `Type`). */
export class ValidationError extends LambdaError {
  constructor(message: string) {
    super("ValidationException", 400, message, "message", false);
  }

  /** Joins constraint failures the way AWS does: `2 validation errors detected: a; b`. */
  static of(failures: string[]): ValidationError {
    const n = failures.length;
    return new ValidationError(
      `${n} validation error${n === 1 ? "" : "s"} detected: ${failures.join("; ")}`,
    );
  }
}

export class PreconditionFailedError extends LambdaError {
  constructor(message: string) {
    super("PreconditionFailedException", 412, message, "message");
  }
}

/** The wire code AWS actually uses for oversized requests (not the modelled RequestTooLarge). */
export class RequestEntityTooLargeError extends LambdaError {
  constructor(message: string) {
    super("RequestEntityTooLargeException", 413, message, "message");
  }
}

export class TooManyRequestsError extends LambdaError {
  constructor(reason: string, message = "Rate Exceeded.", retryAfterSeconds?: number) {
    super("TooManyRequestsException", 429, message, "message");
    this.extra.Reason = reason;
    if (retryAfterSeconds !== undefined) this.headers["Retry-After"] = String(retryAfterSeconds);
  }
}

export class AccessDeniedError extends LambdaError {
  constructor(message: string | null = null) {
    super("AccessDeniedException", 403, message ?? "", "Message", false);
    this.nullMessage = message === null;
  }
  private readonly nullMessage: boolean;
  override body(): Record<string, unknown> {
    return { Message: this.nullMessage ? null : this.message };
  }
}

export class UnsupportedMediaTypeError extends LambdaError {
  constructor(message: string) {
    super("UnsupportedMediaTypeException", 415, message, "message");
  }
}

export class ServiceError extends LambdaError {
  constructor(message = "An internal error occurred.") {
    super("ServiceException", 500, message, "Message");
  }
}

/** Routing miss: AWS answers an unknown path with a bare 404 UnknownOperationException. */
export class UnknownOperationError extends LambdaError {
  constructor() {
    super("UnknownOperationException", 404, "Unknown operation", "Message", false);
  }
}

export function isLambdaError(e: unknown): e is LambdaError {
  return e instanceof LambdaError;
}
