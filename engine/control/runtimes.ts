/**
 * Runtime identifiers. AWS's create-time list is copied in the order its error message prints it
 * (facts §1.2, recorded 2026-01-12, plus ruby4.0 added to the model since).
 */
export const CREATABLE_RUNTIMES = [
  "nodejs20.x",
  "python3.14",
  "provided.al2023",
  "python3.12",
  "python3.13",
  "nodejs24.x",
  "nodejs22.x",
  "java25",
  "python3.10",
  "python3.11",
  "java21",
  "ruby3.3",
  "ruby3.4",
  "ruby3.2",
  "python3.8",
  "python3.9",
  "java17",
  "nodejs16.x",
  "dotnet10",
  "dotnet8",
  "java11",
  "dotnet6",
  "nodejs18.x",
  "provided.al2",
  "java8.al2",
  "ruby4.0",
];

/** In the model's enum but refused for create/update: "no longer supported". */
export const DEPRECATED_RUNTIMES = new Set([
  "nodejs",
  "nodejs4.3",
  "nodejs6.10",
  "nodejs8.10",
  "nodejs10.x",
  "nodejs12.x",
  "nodejs14.x",
  "java8",
  "python2.7",
  "python3.6",
  "python3.7",
  "dotnetcore1.0",
  "dotnetcore2.0",
  "dotnetcore2.1",
  "dotnetcore3.1",
  "nodejs4.3-edge",
  "go1.x",
  "ruby2.5",
  "ruby2.7",
  "provided",
]);

const creatable = new Set(CREATABLE_RUNTIMES);

export function isCreatableRuntime(runtime: string): boolean {
  return creatable.has(runtime);
}

/** The enum text AWS prints: the create list without the newest additions it had not recorded. */
export function runtimeEnumText(): string {
  return `[${CREATABLE_RUNTIMES.filter((r) => r !== "ruby4.0").join(", ")}]`;
}
