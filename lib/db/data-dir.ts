import "server-only";
import path from "node:path";
import { serverEnv } from "@/lib/env";

/** Absolute DATA_DIR (default `.data` under the working directory), as `npm start` resolves it. */
export const dataDir = () =>
  path.resolve(/*turbopackIgnore: true*/ process.cwd(), serverEnv().DATA_DIR);
