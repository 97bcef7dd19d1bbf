import { describe, expect, it } from "vitest";
import { functionUrlCommand, invokeCommand } from "./cli-command";

describe("CLI commands the console offers", () => {
  it("points at the engine, unsigned, with its region", () => {
    const c = invokeCommand(
      { kind: "engine", endpoint: "http://127.0.0.1:9001", region: "eu-west-1" },
      "orders-api",
    );
    expect(c.text).toBe(
      "aws lambda invoke --function-name orders-api --payload '{}' --cli-binary-format raw-in-base64-out out.json --endpoint-url http://127.0.0.1:9001 --region eu-west-1 --no-sign-request",
    );
    expect(c.argv).toContain("{}");
  });

  it("signs for AWS and adds an endpoint only when one is configured", () => {
    const aws = functionUrlCommand({ kind: "aws", endpoint: null, region: "us-east-2" }, "f");
    expect(aws.text).toBe(
      "aws lambda create-function-url-config --function-name f --auth-type NONE --region us-east-2",
    );
    const custom = invokeCommand(
      { kind: "aws", endpoint: "https://lambda.example.test", region: "us-east-1" },
      "f",
    );
    expect(custom.argv).not.toContain("--no-sign-request");
    expect(custom.text).toContain("--endpoint-url https://lambda.example.test");
  });

  it("quotes what a shell would split or expand", () => {
    const c = invokeCommand({ kind: "aws", endpoint: null, region: "us-east-1" }, "it's $HOME");
    expect(c.text).toContain(`--function-name 'it'\\''s $HOME'`);
  });
});
