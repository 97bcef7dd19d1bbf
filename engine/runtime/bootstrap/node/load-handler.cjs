"use strict";
/**
 * Resolves `_HANDLER` (`dir/module.path.to.fn`) the way AWS's RIC does (src/UserFunction.js):
 * `<root>/<dir>/<module>` with `.js`, `.mjs`, `.cjs` tried in that order, then a package from
 * node_modules. `.mjs` and `.js` under `"type": "module"` are imported as ESM, the rest required.
 */
const fs = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { runtimeError } = require("./errors.cjs");

const FUNCTION_EXPR = /^([^.]*)\.(.*)$/;

function isModulePackage(file) {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    try {
      return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).type === "module";
    } catch {
      /* no (readable) package.json here: keep walking up */
    }
    if (dir === path.dirname(dir)) return false;
  }
}

function load(file, asModule) {
  if (asModule) return import(pathToFileURL(file).href);
  try {
    return require(file);
  } catch (e) {
    if (e && e.code === "ERR_REQUIRE_ESM") return import(pathToFileURL(file).href);
    throw e;
  }
}

async function loadModule(appRoot, moduleRoot, module) {
  const stem = path.resolve(appRoot, moduleRoot, module);
  if (fs.existsSync(stem + ".js")) return load(stem + ".js", isModulePackage(stem + ".js"));
  if (fs.existsSync(stem + ".mjs")) return load(stem + ".mjs", true);
  if (fs.existsSync(stem + ".cjs")) return load(stem + ".cjs", false);
  try {
    return require(
      require.resolve(module, { paths: [path.resolve(appRoot, moduleRoot), appRoot] }),
    );
  } catch (e) {
    if (e && e.code === "MODULE_NOT_FOUND") {
      const message = `Error: Cannot find module '${module}'\nRequire stack:\n- ${__filename}`;
      throw runtimeError("Runtime.ImportModuleError", message, e);
    }
    throw e;
  }
}

/** Returns the handler function or throws a `Runtime.*` error (posted as an init error). */
async function loadHandler(appRoot, fullHandler) {
  const slash = fullHandler.lastIndexOf("/");
  const moduleRoot = slash < 0 ? "" : fullHandler.slice(0, slash);
  const match = fullHandler.slice(slash + 1).match(FUNCTION_EXPR);
  if (!match) throw runtimeError("Runtime.MalformedHandlerName", "Bad handler");
  const [, module, handlerPath] = match;
  let mod;
  try {
    mod = await loadModule(appRoot, moduleRoot, module);
  } catch (e) {
    if (e instanceof SyntaxError) {
      throw runtimeError("Runtime.UserCodeSyntaxError", `${e.name}: ${e.message}`, e);
    }
    throw e;
  }
  let fn = mod;
  for (const part of handlerPath.split(".")) fn = fn == null ? undefined : fn[part];
  if (typeof fn !== "function") {
    throw runtimeError("Runtime.HandlerNotFound", `${fullHandler} is undefined or not exported`);
  }
  return fn;
}

module.exports = { loadHandler };
