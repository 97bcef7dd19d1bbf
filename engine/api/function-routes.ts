import { RequestEntityTooLargeError } from "../errors.js";
import { readJsonObject } from "../http/body.js";
import { conform } from "../http/shape.js";
import * as shapes from "./request-shapes.js";
import type { Router } from "../http/router.js";
import { SMALL_BODY_LIMIT, type Services } from "./services.js";

/** Whole-request caps for code uploads (facts §1.2). */
const CODE_REQUEST_LIMIT = 70_167_211;
const codeTooLarge = (op: string) => () =>
  new RequestEntityTooLargeError(
    `Request must be smaller than ${CODE_REQUEST_LIMIT} bytes for the ${op} operation`,
  );

const FN = "/2015-03-31/functions";

/** Functions and versions (facts §1.1). */
export function registerFunctionRoutes(router: Router, s: Services): void {
  router.on("POST", FN, async ({ req, region }) => {
    const body = conform(
      await readJsonObject(req, CODE_REQUEST_LIMIT, codeTooLarge("CreateFunction")),
      shapes.CreateFunction,
    );
    return { status: 201, body: await s.functions.create(region, body) };
  });

  router.on("GET", FN, ({ region, query }) => ({
    status: 200,
    body: s.queries.list(region, query),
  }));

  router.on("GET", `${FN}/:name`, ({ region, params, query }) => ({
    status: 200,
    body: s.queries.getFunction(region, params.name!, query.get("Qualifier")),
  }));

  router.on("GET", `${FN}/:name/configuration`, ({ region, params, query }) => ({
    status: 200,
    body: s.queries.getConfiguration(region, params.name!, query.get("Qualifier")),
  }));

  router.on("PUT", `${FN}/:name/code`, async ({ req, region, params }) => {
    const body = conform(
      await readJsonObject(req, CODE_REQUEST_LIMIT, codeTooLarge("UpdateFunctionCode")),
      shapes.UpdateFunctionCode,
    );
    return { status: 200, body: await s.functions.updateCode(region, params.name!, body) };
  });

  router.on("PUT", `${FN}/:name/configuration`, async ({ req, region, params }) => {
    const body = conform(
      await readJsonObject(req, SMALL_BODY_LIMIT),
      shapes.UpdateFunctionConfiguration,
    );
    return { status: 200, body: await s.functions.updateConfiguration(region, params.name!, body) };
  });

  // The model says 200 with a StatusCode member; real AWS answers 204 (facts §1.1).
  router.on("DELETE", `${FN}/:name`, async ({ region, params, query }) => {
    await s.queries.delete(region, params.name!, query.get("Qualifier"));
    return { status: 204 };
  });

  router.on("POST", `${FN}/:name/versions`, async ({ req, region, params }) => {
    const body = conform(await readJsonObject(req, SMALL_BODY_LIMIT), shapes.PublishVersion);
    return { status: 201, body: s.versions.publish(region, params.name!, body) };
  });

  router.on("GET", `${FN}/:name/versions`, ({ region, params, query }) => ({
    status: 200,
    body: s.versions.list(region, params.name!, query),
  }));
}
