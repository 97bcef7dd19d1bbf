import { readJsonObject } from "../http/body.js";
import { conform } from "../http/shape.js";
import * as shapes from "./request-shapes.js";
import type { Router } from "../http/router.js";
import { SMALL_BODY_LIMIT, type Services } from "./services.js";

const ALIASES = "/2015-03-31/functions/:name/aliases";

/** CreateAlias, GetAlias, UpdateAlias, DeleteAlias, ListAliases (facts §1.1). */
export function registerAliasRoutes(router: Router, s: Services): void {
  router.on("POST", ALIASES, async ({ req, region, params }) => {
    const body = conform(await readJsonObject(req, SMALL_BODY_LIMIT), shapes.CreateAlias);
    return { status: 201, body: s.aliases.create(region, params.name!, body) };
  });
  router.on("GET", ALIASES, ({ region, params, query }) => ({
    status: 200,
    body: s.aliases.list(region, params.name!, query),
  }));
  router.on("GET", `${ALIASES}/:alias`, ({ region, params }) => ({
    status: 200,
    body: s.aliases.get(region, params.name!, params.alias!),
  }));
  router.on("PUT", `${ALIASES}/:alias`, async ({ req, region, params }) => {
    const body = conform(await readJsonObject(req, SMALL_BODY_LIMIT), shapes.UpdateAlias);
    return { status: 200, body: s.aliases.update(region, params.name!, params.alias!, body) };
  });
  router.on("DELETE", `${ALIASES}/:alias`, ({ region, params }) => {
    s.aliases.delete(region, params.name!, params.alias!);
    return { status: 204 };
  });
}
