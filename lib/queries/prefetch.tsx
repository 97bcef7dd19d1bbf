import "server-only";
import { dehydrate, HydrationBoundary, QueryClient, type QueryKey } from "@tanstack/react-query";
import type { ReactNode } from "react";

type Prefetch = { queryKey: QueryKey; queryFn: () => Promise<unknown> };

/**
 * Server prefetch for React Query reads: the page arrives with its data, so the browser renders
 * content at hydration instead of starting a fetch. A failed read is not dehydrated; the client
 * query then fetches through its route handler and shows the error panel with a retry.
 * Callers check the session and permission first, exactly as the route handler would.
 */
export async function Prefetched({
  queries,
  children,
}: {
  queries: Prefetch[];
  children: ReactNode;
}) {
  const client = new QueryClient();
  await Promise.all(queries.map((q) => client.prefetchQuery(q)));
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
