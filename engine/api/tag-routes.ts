import { readJsonObject } from "../http/body.js";
import { conform } from "../http/shape.js";
import * as shapes from "./request-shapes.js";
import type { Router } from "../http/router.js";
import { SMALL_BODY_LIMIT, type Services } from "./services.js";

const TAGS = "/2017-03-31/tags/:arn";

/** TagResource, ListTags, UntagResource; the ARN arrives URL-encoded in the path (facts §0). */
export function registerTagRoutes(router: Router, s: Services): void {
  router.on("POST", TAGS, async ({ req, region, params }) => {
    const body = conform(await readJsonObject(req, SMALL_BODY_LIMIT), shapes.TagResource);
    s.tags.tag(region, params.arn!, body.Tags as Record<string, string> | undefined);
    return { status: 204 };
  });
  router.on("GET", TAGS, ({ region, params }) => ({
    status: 200,
    body: s.tags.list(region, params.arn!),
  }));
  router.on("DELETE", TAGS, ({ region, params, query }) => {
    s.tags.untag(region, params.arn!, query.getAll("tagKeys"));
    return { status: 204 };
  });
}
