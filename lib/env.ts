import "server-only";
import { z } from "zod";

/**
 * The only reader of process.env in the console. Everything else asks this module, so the set of
 * knobs is documented in one place and validated once.
 */
const envSchema = z.object({
  FUNCTIONARY_BACKEND: z.enum(["engine", "aws"]).default("engine"),
  ENGINE_PORT: z.coerce.number().int().min(1).max(65535).default(9001),
  FUNCTIONARY_ENGINE_URL: z.url().optional(),
  /** Any Lambda-compatible endpoint when FUNCTIONARY_BACKEND=aws (e.g. LocalStack). */
  FUNCTIONARY_AWS_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1).optional(),
  AWS_DEFAULT_REGION: z.string().min(1).optional(),
  /** Execution role passed to CreateFunction; the engine accepts any well-formed ARN. */
  FUNCTIONARY_LAMBDA_ROLE: z
    .string()
    .regex(/^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/)
    .optional(),
  FUNCTIONARY_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Console database (users, sessions, audit) and the engine's store live under it. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** Signs session cookies. When unset, one is generated on first run and kept in DATA_DIR. */
  BETTER_AUTH_SECRET: z.string().min(32, "Use at least 32 characters.").optional(),
  /** The console's public URL; an https:// one makes session cookies Secure. */
  BETTER_AUTH_URL: z.url().optional(),
  /** Where `next build` wrote its output (next.config.ts reads the same variable). */
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  /** Sign out after this many minutes without activity (default: 7 days). */
  FUNCTIONARY_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(43_200).optional(),
});

export type ServerEnv = z.infer<typeof envSchema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid console environment: ${issues.join("; ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}
