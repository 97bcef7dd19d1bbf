import { useQuery } from "@tanstack/react-query";
import type {
  ConnectionStatus,
  FunctionCode,
  FunctionDetail,
  FunctionSummary,
} from "@/lib/functions/types";
import { fetchJson } from "./fetch-json";
import { connectionKeys, functionKeys } from "./keys";

const enc = encodeURIComponent;

export function useFunctionsQuery() {
  return useQuery({
    queryKey: functionKeys.list(),
    queryFn: () => fetchJson<FunctionSummary[]>("/api/functions"),
    // While the backend is down the list retries on its own, so it comes back with the backend
    // (the header's indicator does) instead of waiting for a click on Retry.
    refetchInterval: (query) => (query.state.status === "error" ? 5_000 : false),
  });
}

/** Teams come from one ListTags per function: loaded after the list, then cached. */
export function useFunctionTeamsQuery(enabled: boolean) {
  return useQuery({
    queryKey: functionKeys.teams(),
    queryFn: () => fetchJson<Record<string, string | null>>("/api/functions/teams"),
    enabled,
    staleTime: 60_000,
  });
}

/** Polls while an update is in progress, so the deploy status goes live to Successful/Failed. */
export function useFunctionQuery(name: string) {
  return useQuery({
    queryKey: functionKeys.detail(name),
    queryFn: () => fetchJson<FunctionDetail>(`/api/functions/${enc(name)}`),
    refetchInterval: (q) =>
      q.state.data?.lastUpdateStatus === "InProgress" || q.state.data?.state === "Pending"
        ? 700
        : false,
  });
}

export function useFunctionCodeQuery(name: string) {
  return useQuery({
    queryKey: functionKeys.code(name),
    queryFn: () => fetchJson<FunctionCode>(`/api/functions/${enc(name)}/code`),
    // The editor owns the draft; refetching under it would only confuse. Refreshed on deploy.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useConnectionQuery() {
  return useQuery({
    queryKey: connectionKeys.status(),
    queryFn: () => fetchJson<ConnectionStatus>("/api/connection"),
    refetchInterval: 30_000,
  });
}
