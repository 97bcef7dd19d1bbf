import type { AliasService } from "../control/alias-service.js";
import type { ConcurrencyService } from "../control/concurrency-service.js";
import type { FunctionQueries } from "../control/function-queries.js";
import type { FunctionService } from "../control/function-service.js";
import type { PolicyService } from "../control/policy-service.js";
import type { TagService } from "../control/tag-service.js";
import type { VersionService } from "../control/version-service.js";

/** The control-plane services the routes call. */
export interface Services {
  functions: FunctionService;
  queries: FunctionQueries;
  versions: VersionService;
  aliases: AliasService;
  tags: TagService;
  policies: PolicyService;
  concurrency: ConcurrencyService;
}

/** Control-plane bodies other than code uploads are small; AWS's generic request cap is 6 MB. */
export const SMALL_BODY_LIMIT = 6 * 1024 * 1024;
