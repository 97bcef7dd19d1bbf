import "server-only";
import { NextResponse } from "next/server";
import type { ActionError, ErrorCode } from "@/lib/actions/result";
import { requirePermission, type Permission } from "@/lib/auth";
import { toActionError } from "@/lib/aws/errors";

const statusOf: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  throttled: 429,
  backend_unavailable: 503,
};

export const errorResponse = (error: ActionError) =>
  NextResponse.json({ error }, { status: statusOf[error.code], headers: noStore });

const noStore = { "Cache-Control": "no-store" };

/**
 * Route handlers for React Query reads: the same session + permission check as actions (through
 * lib/auth), then the body; backend failures become `{ error }` with a matching HTTP status.
 */
export async function guardedRead<T>(
  permission: Permission,
  body: () => Promise<T>,
  team?: () => Promise<string | undefined>,
): Promise<Response> {
  const auth = await requirePermission(permission, team);
  if (auth.error) return errorResponse(auth.error);
  try {
    const data = await body();
    return data instanceof Response ? data : NextResponse.json(data, { headers: noStore });
  } catch (error) {
    return errorResponse(toActionError(error));
  }
}
