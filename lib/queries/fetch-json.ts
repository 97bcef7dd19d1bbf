import type { ActionError } from "@/lib/actions/result";

/** A failed read, carrying the server's closed error code so the UI can say the right thing. */
export class ApiError extends Error {
  constructor(
    readonly error: ActionError,
    readonly status: number,
  ) {
    super(error.message);
    this.name = "ApiError";
  }
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { Accept: "application/json", ...init?.headers } });
  } catch {
    throw new ApiError(
      { code: "backend_unavailable", message: "The console did not answer. Is it still running?" },
      0,
    );
  }
  const body = (await res.json().catch(() => undefined)) as { error?: ActionError } | undefined;
  if (!res.ok) {
    throw new ApiError(
      body?.error ?? {
        code: "backend_unavailable",
        message: `The console answered ${res.status}.`,
      },
      res.status,
    );
  }
  return body as T;
}

/** Don't retry what cannot succeed by retrying. */
export const shouldRetry = (failures: number, error: unknown) =>
  failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);
