// Browser timings of the console (issue 3, Checks): from navigation to the Code tab's Monaco
// showing the handler, and to the functions list showing all functions, next to the first
// contentful paint of /login measured in the same rounds (the baseline the ratios use).
//
// Each sample is a hard navigation in a fresh browser context (empty HTTP cache, the signed-in
// session restored), then the same navigation again in that context ("repeat visit", cache warm).
// "Showing" is observed in the page itself: a MutationObserver, installed before any page script
// runs, notes performance.now() (ms since the navigation started) when the signal first appears,
// and it counts from the first contentful paint at the earliest (the DOM is not the screen).
import path from "node:path";
import { launchBrowser } from "./lib/browser.mjs";
import { ADMIN } from "./console-stack.mjs";
import { median } from "./lib/stats.mjs";

const VIEWPORT = { width: 1400, height: 900 };
const TIMEOUT_MS = 60_000;

/**
 * Runs in the page before its own scripts; sets window.__benchShown once the signal is there,
 * and window.__benchEarly once the optional earlier signal (`early`) is.
 */
function probe({ selector, text, early }) {
  const norm = (s) => s.replace(/\s+/g, " ");
  const seen = (sel, t) => {
    const el = document.querySelector(sel);
    return Boolean(el) && (!t || norm(el.textContent ?? "").includes(t));
  };
  const observer = new MutationObserver(() => {
    if (early && window.__benchEarly === undefined && seen(early.selector, early.text))
      window.__benchEarly = performance.now();
    if (window.__benchShown === undefined && seen(selector, text)) {
      window.__benchShown = performance.now();
      window.__benchEarly ??= window.__benchShown;
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Runs in the page: the first contentful paint's time, once there is one (a buffered observer). */
function firstPaint(timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no first-contentful-paint")), timeoutMs);
    new PerformanceObserver((list, observer) => {
      const fcp = list.getEntriesByName("first-contentful-paint")[0];
      if (!fcp) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(fcp.startTime);
    }).observe({ type: "paint", buffered: true });
  });
}

/** Navigates and returns ms from navigation start to the probe's signal, plus diagnostics. */
async function timedVisit(page, url) {
  await page.goto(url, { waitUntil: "commit", timeout: TIMEOUT_MS });
  try {
    await page.waitForFunction(() => window.__benchShown !== undefined, null, {
      timeout: TIMEOUT_MS,
      polling: 50,
    });
  } catch (err) {
    const shot = path.join(import.meta.dirname, ".work/console-failure.png");
    await page.screenshot({ path: shot }).catch(() => {});
    throw new Error(
      `${url}: the signal did not show (page at ${page.url()}; screenshot ${shot}): ${err.message}`,
    );
  }
  // The signal can be in the DOM before anything is painted.
  const fcp = await page.evaluate(firstPaint, 10_000).catch(() => undefined);
  const visit = await page.evaluate((fcpMs) => {
    const nav = performance.getEntriesByType("navigation")[0];
    const resources = performance.getEntriesByType("resource");
    const api = resources.filter((r) => new URL(r.name).pathname.startsWith("/api/functions"));
    // Chunks the page hints in its head arrive as "link" (preload), the rest as "script".
    const scripts = resources.filter(
      (r) => r.initiatorType === "script" || (r.initiatorType === "link" && r.name.endsWith(".js")),
    );
    const largest = scripts.sort((a, b) => b.encodedBodySize - a.encodedBodySize)[0];
    // In the DOM is not on screen: a signal inserted while the HTML streams in shows at the
    // first paint at the earliest.
    const painted = (ms) => (ms === undefined ? undefined : Math.max(ms, fcpMs ?? 0));
    return {
      ms: painted(window.__benchShown),
      earlyMs: painted(window.__benchEarly),
      htmlMs: nav?.responseEnd,
      fcpMs,
      // The queries start once React has hydrated: the client-side part before any data.
      apiStartMs: api.length ? Math.min(...api.map((r) => r.startTime)) : undefined,
      apiEndMs: api.length ? Math.max(...api.map((r) => r.responseEnd)) : undefined,
      largestScript: largest && { kb: largest.encodedBodySize / 1000, endMs: largest.responseEnd },
    };
  }, fcp);
  // Let prefetches and follow-up queries finish, so they do not run into the next sample.
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => {});
  return visit;
}

async function signIn(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/functions$/, { timeout: TIMEOUT_MS });
  const state = await context.storageState();
  await context.close();
  return state;
}

/** One sample: a first visit in a fresh context, then a repeat visit in the same context. */
async function sample(browser, storageState, url, signal) {
  const context = await browser.newContext({ viewport: VIEWPORT, storageState });
  try {
    await context.addInitScript(probe, signal);
    const page = await context.newPage();
    const first = await timedVisit(page, url);
    const repeat = await timedVisit(page, url);
    return { first, repeat };
  } finally {
    await context.close();
  }
}

/** The baseline: first contentful paint of /login, signed out, in a fresh context. */
async function loginPaintOnce(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/login`, { waitUntil: "commit", timeout: TIMEOUT_MS });
    // One evaluate that waits in the page, not a poll and a second round trip: fewer protocol
    // calls to lose when the machine is busy.
    return await page.evaluate(firstPaint, TIMEOUT_MS);
  } finally {
    await context.close();
  }
}

/** A baseline sample lost to a closed page (seen once on a busy machine) is taken again. */
async function loginPaint(browser, url) {
  try {
    return await loginPaintOnce(browser, url);
  } catch {
    return loginPaintOnce(browser, url);
  }
}

/** Median of the finite values (a diagnostic may be missing from a sample). */
const med = (values) => median(values.filter(Number.isFinite));

const summary = (samples, pick) => ({
  median: median(samples.map(pick)),
  all: samples.map((s) => Math.round(pick(s))),
});

/**
 * Measures `runs` rounds after one warm-up round (excluded), alternating the pages: /login, the
 * list, the Code tab and, given its URL, the Monaco-alone page (bench/monaco-alone.mjs).
 */
export async function measureConsoleTimings(stack, { runs, log, monacoAloneUrl }) {
  const { browser, name } = await launchBrowser();
  try {
    const state = await signIn(browser, stack.url);
    const targets = {
      list: {
        url: `${stack.url}/functions`,
        // The virtualized table counts every function in aria-rowcount (header row included),
        // and its first data row is in the DOM: the list is rendered, not a skeleton.
        signal: {
          selector: `[role="table"][aria-label="Functions"][aria-rowcount="${stack.functions + 1}"] [role="row"][aria-rowindex="2"]`,
        },
      },
      editor: {
        url: `${stack.url}/functions/${stack.editor.name}/code`,
        signal: {
          selector: ".monaco-editor .view-lines",
          text: stack.editor.marker,
          // The plain-text preview the page shows while Monaco loads.
          early: { selector: '[data-testid="code-preview"] pre', text: stack.editor.marker },
        },
      },
    };
    if (monacoAloneUrl) {
      // The Code tab's signal, on a page that is Monaco and nothing else.
      targets.alone = {
        url: monacoAloneUrl,
        signal: { ...targets.editor.signal, early: undefined },
      };
    }
    const rounds = [];
    for (let i = 0; i <= runs; i++) {
      const round = { login: await loginPaint(browser, stack.url) };
      for (const [key, t] of Object.entries(targets))
        round[key] = await sample(browser, state, t.url, t.signal);
      if (i === 0) log(`  warm-up round done (excluded)`);
      else {
        log(
          `  round ${i}/${runs}: login paint ${round.login.toFixed(0)} ms, list ${round.list.first.ms.toFixed(0)} ms, editor ${round.editor.first.ms.toFixed(0)} ms${round.alone ? `, Monaco alone ${round.alone.first.ms.toFixed(0)} ms` : ""}`,
        );
        rounds.push(round);
      }
    }
    const per = (key) => ({
      first: summary(rounds, (r) => r[key].first.ms),
      repeat: summary(rounds, (r) => r[key].repeat.ms),
      html: med(rounds.map((r) => r[key].first.htmlMs)),
      fcp: med(rounds.map((r) => r[key].first.fcpMs)),
      early: med(rounds.map((r) => r[key].first.earlyMs)),
      apiStart: med(rounds.map((r) => r[key].first.apiStartMs)),
      apiEnd: med(rounds.map((r) => r[key].first.apiEndMs)),
      largestScript: rounds[Math.floor(rounds.length / 2)]?.[key].first.largestScript,
    });
    return {
      browser: name,
      runs,
      functions: stack.functions,
      editorFile: stack.editor.handlerPath,
      loginPaint: summary(rounds, (r) => r.login),
      list: per("list"),
      editor: per("editor"),
      alone: targets.alone && per("alone"),
    };
  } finally {
    await browser.close();
  }
}
