import { readJsonObject } from "../http/body.js";
import { conform } from "../http/shape.js";
import * as shapes from "./request-shapes.js";
import type { Router } from "../http/router.js";
import { SMALL_BODY_LIMIT, type Services } from "./services.js";

const POLICY = "/2015-03-31/functions/:name/policy";

/** AddPermission, GetPolicy, RemovePermission (facts §1.6). */
export function registerPolicyRoutes(router: Router, s: Services): void {
  router.on("POST", POLICY, async ({ req, region, params, query }) => {
    const body = conform(await readJsonObject(req, SMALL_BODY_LIMIT), shapes.AddPermission);
    return {
      status: 201,
      body: s.policies.add(region, params.name!, query.get("Qualifier"), body),
    };
  });
  router.on("GET", POLICY, ({ region, params, query }) => ({
    status: 200,
    body: s.policies.get(region, params.name!, query.get("Qualifier")),
  }));
  router.on("DELETE", `${POLICY}/:sid`, ({ region, params, query }) => {
    s.policies.remove(
      region,
      params.name!,
      params.sid!,
      query.get("Qualifier"),
      query.get("RevisionId"),
    );
    return { status: 204 };
  });
}
