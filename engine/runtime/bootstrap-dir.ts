import { existsSync } from "node:fs";
import { join } from "node:path";

/** Source tree: engine/runtime/bootstrap; bundled engine: dist/engine/bootstrap (copied by the build). */
export const bootstrapDir =
  [join(import.meta.dirname, "bootstrap"), join(import.meta.dirname, "runtime", "bootstrap")].find(
    existsSync,
  ) ?? join(import.meta.dirname, "bootstrap");
