import { InvalidParameterValueError, ValidationError } from "../errors.js";
import type { PolicyStatement } from "../store/records.js";
import { constraint } from "./arn.js";

const STATEMENT_ID_RE = /^[a-zA-Z0-9-_]+$/;
const ACTION_RE = /^(lambda:[*]|lambda:[a-zA-Z]+|[*])$/;
const INVALID_PRINCIPAL =
  "The provided principal was invalid. Please check the principal and try again.";

function principalOf(principal: string): unknown {
  if (principal === "*") return "*";
  if (/^\d{12}$/.test(principal)) return { AWS: `arn:aws:iam::${principal}:root` };
  if (/^arn:aws[a-zA-Z-]*:iam::\d{12}:/.test(principal)) return { AWS: principal };
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.(amazonaws\.com|amazon\.com|aws\.internal)$/.test(principal)) {
    return { Service: principal };
  }
  throw new InvalidParameterValueError(INVALID_PRINCIPAL);
}

/**
 * Builds the IAM statement AddPermission stores, in the recorded shapes (facts §1.6): account
 * principals become `…:root` ARNs, services `{"Service":…}`, and each optional member a Condition.
 */
export function buildStatement(body: Record<string, unknown>, resource: string): PolicyStatement {
  const failures: string[] = [];
  const sid = body.StatementId;
  const action = body.Action;
  const principal = body.Principal;
  if (sid === undefined)
    failures.push(
      "Value null at 'statementId' failed to satisfy constraint: Member must not be null",
    );
  else if (!STATEMENT_ID_RE.test(String(sid)) || String(sid).length > 100) {
    failures.push(
      constraint(
        sid,
        "statementId",
        "Member must satisfy regular expression pattern: ([a-zA-Z0-9-_]+)",
      ),
    );
  }
  if (action === undefined)
    failures.push("Value null at 'action' failed to satisfy constraint: Member must not be null");
  else if (!ACTION_RE.test(String(action))) {
    failures.push(
      constraint(
        action,
        "action",
        "Member must satisfy regular expression pattern: (lambda:[*]|lambda:[a-zA-Z]+|[*])",
      ),
    );
  }
  if (principal === undefined)
    failures.push(
      "Value null at 'principal' failed to satisfy constraint: Member must not be null",
    );
  else if (!/^[^\s]+$/.test(String(principal))) {
    failures.push(
      constraint(principal, "principal", "Member must satisfy regular expression pattern: [^\\s]+"),
    );
  }
  if (failures.length) throw ValidationError.of(failures);

  const condition: Record<string, Record<string, string>> = {};
  const add = (op: string, key: string, value: unknown) => {
    if (value === undefined || value === null) return;
    condition[op] = { ...(condition[op] ?? {}), [key]: String(value) };
  };
  add("StringEquals", "AWS:SourceAccount", body.SourceAccount);
  add("StringEquals", "aws:PrincipalOrgID", body.PrincipalOrgID);
  add("StringEquals", "lambda:EventSourceToken", body.EventSourceToken);
  add("StringEquals", "lambda:FunctionUrlAuthType", body.FunctionUrlAuthType);
  if (body.InvokedViaFunctionUrl === true) add("Bool", "lambda:InvokedViaFunctionUrl", "true");
  add("ArnLike", "AWS:SourceArn", body.SourceArn);

  const statement: PolicyStatement = {
    Sid: String(sid),
    Effect: "Allow",
    Principal: principalOf(String(principal)),
    Action: String(action),
    Resource: resource,
  };
  if (Object.keys(condition).length) statement.Condition = condition;
  return statement;
}
