import { readJsonObject } from "../http/body.js";
import { conform } from "../http/shape.js";
import * as shapes from "./request-shapes.js";
import type { Router } from "../http/router.js";
import { SMALL_BODY_LIMIT, type Services } from "./services.js";

/** Reserved concurrency and account settings; note the different date prefixes (facts §1.1). */
export function registerConcurrencyRoutes(router: Router, s: Services): void {
  router.on("PUT", "/2017-10-31/functions/:name/concurrency", async ({ req, region, params }) => {
    const body = conform(
      await readJsonObject(req, SMALL_BODY_LIMIT),
      shapes.PutFunctionConcurrency,
    );
    return { status: 200, body: s.concurrency.put(region, params.name!, body) };
  });
  router.on("GET", "/2019-09-30/functions/:name/concurrency", ({ region, params }) => ({
    status: 200,
    body: s.concurrency.get(region, params.name!),
  }));
  router.on("DELETE", "/2017-10-31/functions/:name/concurrency", ({ region, params }) => {
    s.concurrency.delete(region, params.name!);
    return { status: 204 };
  });
  router.on("GET", "/2016-08-19/account-settings", ({ region }) => ({
    status: 200,
    body: s.concurrency.accountSettings(region),
  }));
}
