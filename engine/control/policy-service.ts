import { randomUUID } from "node:crypto";
import {
  InvalidParameterValueError,
  PreconditionFailedError,
  ResourceConflictError,
  ResourceNotFoundError,
} from "../errors.js";
import type { PolicyStatement } from "../store/records.js";
import { functionArn, notFound, parseFunctionName, type NameContext } from "./arn.js";
import type { ControlContext } from "./context.js";
import { buildStatement } from "./policy-statement.js";

const POLICY_REVISION_MISMATCH =
  "The Revision Id provided does not match the latest Revision Id. Call the GetPolicy API to retrieve the latest Revision Id";

interface Target {
  nc: NameContext;
  name: string;
  qualifier: string | undefined;
  policy: PolicyStatement[] | null;
  revisionId: string;
  /** Writes the new policy with a new RevisionId (inside the caller's transaction). */
  save(policy: PolicyStatement[] | null): void;
}

/**
 * AddPermission, RemovePermission, GetPolicy. A resource policy belongs to the function
 * (unqualified), a version or an alias; its RevisionId is that resource's RevisionId, which
 * every permission change renews.
 */
export class PolicyService {
  constructor(private readonly ctx: ControlContext) {}

  private target(region: string, rawName: string, qualifierParam: string | null): Target {
    const nc: NameContext = { region, accountId: this.ctx.accountId };
    const { name, qualifier } = parseFunctionName(rawName, nc, {
      namespaced: true,
      qualifier: qualifierParam,
    });
    const store = this.ctx.store;
    if (!store.getFunction(region, name)) throw notFound(nc, name);
    const base = { nc, name, qualifier };
    if (qualifier === undefined || qualifier === "$LATEST" || /^\d+$/.test(qualifier)) {
      const v = store.getVersion(region, name, qualifier ?? "$LATEST");
      if (!v) throw notFound(nc, name, qualifier);
      return {
        ...base,
        policy: v.policy,
        revisionId: v.revisionId,
        save: (policy) => store.putVersion({ ...v, policy, revisionId: randomUUID() }),
      };
    }
    const a = store.getAlias(region, name, qualifier);
    if (!a) throw notFound(nc, name, qualifier);
    return {
      ...base,
      policy: a.policy,
      revisionId: a.revisionId,
      save: (policy) => store.putAlias({ ...a, policy, revisionId: randomUUID() }),
    };
  }

  add(
    region: string,
    rawName: string,
    qualifier: string | null,
    body: Record<string, unknown>,
  ): Record<string, unknown> {
    const statement = this.ctx.store.tx(() => {
      const t = this.target(region, rawName, qualifier);
      if (t.qualifier === "$LATEST") {
        throw new InvalidParameterValueError(
          "We currently do not support adding policies for $LATEST.",
        );
      }
      const statement = buildStatement(body, functionArn(t.nc, t.name, t.qualifier));
      if (body.RevisionId !== undefined && body.RevisionId !== t.revisionId) {
        throw new PreconditionFailedError(POLICY_REVISION_MISMATCH);
      }
      if (t.policy?.some((s) => s.Sid === statement.Sid)) {
        throw new ResourceConflictError(
          `The statement id (${statement.Sid}) provided already exists. Please provide a new statement id, or remove the existing statement.`,
        );
      }
      t.save([...(t.policy ?? []), statement]);
      return statement;
    });
    return { Statement: JSON.stringify(statement) };
  }

  get(region: string, rawName: string, qualifier: string | null): Record<string, unknown> {
    const t = this.target(region, rawName, qualifier);
    if (!t.policy?.length)
      throw new ResourceNotFoundError("The resource you requested does not exist.");
    const policy = { Version: "2012-10-17", Id: "default", Statement: t.policy };
    return { Policy: JSON.stringify(policy), RevisionId: t.revisionId };
  }

  remove(
    region: string,
    rawName: string,
    sid: string,
    qualifier: string | null,
    revisionId: string | null,
  ): void {
    this.ctx.store.tx(() => {
      const t = this.target(region, rawName, qualifier);
      if (!t.policy?.length)
        throw new ResourceNotFoundError("No policy is associated with the given resource.");
      if (revisionId !== null && revisionId !== t.revisionId) {
        throw new PreconditionFailedError(POLICY_REVISION_MISMATCH);
      }
      const rest = t.policy.filter((s) => s.Sid !== sid);
      if (rest.length === t.policy.length) {
        throw new ResourceNotFoundError(`Statement ${sid} is not found in resource policy.`);
      }
      t.save(rest.length ? rest : null);
    });
  }
}
