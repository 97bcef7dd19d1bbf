import "server-only";
import { ListTagsCommand } from "@aws-sdk/client-lambda";
import { lambdaClient } from "@/lib/aws/clients";

/**
 * ListFunctions returns no tags, so the list needs one ListTags per function. They are cached
 * per ARN (tags change rarely, and the console's own tag edits call `forgetTags`) and fetched
 * with bounded parallelism so 1,000 functions do not open 1,000 sockets at once.
 */
const TTL_MS = 5 * 60_000;
const cache = new Map<string, { at: number; tags: Record<string, string> }>();

export function forgetTags(arn: string) {
  cache.delete(arn);
}

/** Tags already known, without asking the backend (undefined when not cached or stale). */
export function cachedTags(arn: string): Record<string, string> | undefined {
  const hit = cache.get(arn);
  return hit && Date.now() - hit.at < TTL_MS ? hit.tags : undefined;
}

export async function tagsOf(arn: string): Promise<Record<string, string>> {
  const hit = cache.get(arn);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.tags;
  const { Tags } = await lambdaClient().send(new ListTagsCommand({ Resource: arn }));
  const tags = Tags ?? {};
  cache.set(arn, { at: Date.now(), tags });
  return tags;
}

export async function tagsOfMany(arns: string[], parallel = 24) {
  const out = new Map<string, Record<string, string>>();
  let next = 0;
  async function worker() {
    while (next < arns.length) {
      const arn = arns[next++]!;
      // A function deleted meanwhile simply shows no team.
      out.set(arn, await tagsOf(arn).catch(() => ({})));
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, arns.length) }, worker));
  return out;
}
