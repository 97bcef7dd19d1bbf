/**
 * The engine's route matcher: patterns of static segments and `:param` segments, as the Lambda
 * API's paths are. A tiny linear table beats a radix-tree library here: the engine has a few
 * dozen routes, and find-my-way cost about 300 ms of start-up (loading its regex-safety checker
 * and compiling a matcher per route). Semantics kept from the router it replaces: one trailing
 * slash is ignored, a static segment wins over a parameter at the same place, parameters are
 * URI-decoded (an encoded `/` stays inside its segment), empty parameters match, and a malformed
 * escape matches nothing. Parameters have no length limit here: Node's header limit (16 KB)
 * bounds the path, and an over-long name is for the API to refuse with AWS's own error.
 */

interface Route<T> {
  /** Static text per segment, or null for a parameter. */
  segments: Array<string | null>;
  names: string[];
  value: T;
}

export interface RouteMatch<T> {
  value: T;
  params: Record<string, string>;
}

export class RouteTable<T> {
  private readonly byMethod = new Map<string, Array<Route<T>>>();

  add(method: string, pattern: string, value: T): void {
    const segments: Array<string | null> = [];
    const names: string[] = [];
    for (const part of trimSlash(pattern).split("/")) {
      if (part.startsWith(":")) {
        segments.push(null);
        names.push(part.slice(1));
      } else segments.push(part);
    }
    const route = { segments, names, value };
    // Like find-my-way's exposeHeadRoutes: every GET answers HEAD too.
    for (const m of method === "GET" ? ["GET", "HEAD"] : [method]) {
      let list = this.byMethod.get(m);
      if (!list) this.byMethod.set(m, (list = []));
      list.push(route);
    }
  }

  find(method: string, path: string): RouteMatch<T> | null {
    const list = this.byMethod.get(method);
    if (!list) return null;
    let parts: string[];
    try {
      parts = trimSlash(path)
        .split("/")
        .map((p) => (p.includes("%") ? decodeURIComponent(p) : p));
    } catch {
      return null; // malformed escape
    }
    let best: Route<T> | null = null;
    for (const route of list) {
      if (route.segments.length !== parts.length || !matches(route, parts)) continue;
      if (!best || staticFirst(route, best)) best = route;
    }
    if (!best) return null;
    const params: Record<string, string> = {};
    let n = 0;
    for (let i = 0; i < parts.length; i++) {
      if (best.segments[i] !== null) continue;
      params[best.names[n++]!] = parts[i]!;
    }
    return { value: best.value, params };
  }
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}

function matches(route: Route<unknown>, parts: string[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    const s = route.segments[i];
    if (s !== null && s !== parts[i]) return false;
  }
  return true;
}

/** True when `a` has a static segment where `b` first has a parameter. */
function staticFirst(a: Route<unknown>, b: Route<unknown>): boolean {
  for (let i = 0; i < a.segments.length; i++) {
    const sa = a.segments[i] !== null;
    const sb = b.segments[i] !== null;
    if (sa !== sb) return sa;
  }
  return false;
}
