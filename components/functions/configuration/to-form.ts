import type { FunctionDetail } from "@/lib/functions/types";
import type { ConfigurationForm } from "@/lib/schemas/configuration";

/** The form's starting values from a GetFunction answer. */
export const toForm = (d: FunctionDetail): ConfigurationForm => ({
  description: d.description,
  handler: d.handler,
  runtime: d.runtime as ConfigurationForm["runtime"],
  memorySize: d.memorySize,
  timeout: d.timeout,
  environment: d.environment,
  team: d.team ?? "",
  tags: d.tags,
  reservedConcurrency: d.reservedConcurrency,
});
