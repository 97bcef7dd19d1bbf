import { describe, expect, it } from "vitest";
import { handlerFile, missingHandlerModule } from "./handler-file";

describe("handler files", () => {
  it.each([
    ["nodejs22.x", "index.handler", ["index.mjs"], "index.mjs", undefined],
    ["nodejs22.x", "src/app.main", ["src/app.cjs", "x.js"], "src/app.cjs", undefined],
    ["nodejs22.x", "index.handler", ["index.ts"], "index.ts", "index.js, index.mjs or index.cjs"],
    ["nodejs22.x", "index.handler", ["main.mjs"], undefined, "index.js, index.mjs or index.cjs"],
    ["python3.13", "pkg.mod.handler", ["pkg/mod.py"], "pkg/mod.py", undefined],
    ["python3.13", "lambda_function.lambda_handler", ["app.py"], undefined, "lambda_function.py"],
    ["provided.al2023", "whatever.handler", ["bootstrap"], undefined, undefined],
  ])("%s %s in %j", (runtime, handler, paths, file, missing) => {
    expect(handlerFile(runtime, handler, paths)).toBe(file);
    expect(missingHandlerModule(runtime, handler, paths)).toBe(missing);
  });
});
