/**
 * Chromium driven through `--remote-debugging-pipe` with no DevTools domain enabled but those asked for: the
 * task pane's start as Excel's webview runs it, where no debugger is attached (test/bench/pane.cjs).
 *
 * Why not Playwright for this one measure: Playwright attaches to every page it can see with the Runtime,
 * Network, Log and Page domains enabled (also pages of browser contexts it did not make). With the Runtime domain
 * on, V8 captures a detailed stack trace (each frame's line and column) for every Error object made, so that
 * DevTools can report it; react-dom's production build makes five when its module is evaluated (the sentinels
 * of minified React errors #460, #461, #474, #519, #542, e.g. SuspenseException), and V8, which compiles without
 * source positions (lazy source positions), then re-parses the functions on the stack to find them: webpack's
 * module factories and taskpane.js's whole top level. A devtools trace of the start with Playwright attached shows
 * ~37 ms of V8.CollectSourcePositions inside taskpane.js's evaluation at 1× CPU. No Excel user pays that,
 * so it is measured both ways and the table says which is which. The protocol over the pipe is JSON messages
 * separated by a NUL byte (Chromium's `--remote-debugging-pipe`: it reads commands from fd 3 and writes on fd 4).
 */
"use strict";
const { spawn } = require("node:child_process");

/**
 * Starts Chromium with `args` (plus the pipe) and returns `send(method, params, sessionId)`, `on(listener)` for
 * events (`{ method, params, sessionId }`) and `close()`.
 */
function launchPipe(executablePath, args) {
  const child = spawn(executablePath, [...args, "--remote-debugging-pipe", "about:blank"], {
    stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
  });
  let id = 0;
  let buffered = "";
  const pending = new Map();
  const listeners = new Set();
  const failAll = (error) => {
    for (const p of pending.values()) p.fail(error);
    pending.clear();
  };
  child.once("exit", (code) => failAll(new Error(`Chromium stopped (${code}) on the DevTools pipe`)));
  child.stdio[4].on("data", (chunk) => {
    buffered += chunk.toString("utf8");
    for (let end = buffered.indexOf("\0"); end >= 0; end = buffered.indexOf("\0")) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiting = message.id !== undefined && pending.get(message.id);
      if (waiting) {
        pending.delete(message.id);
        if (message.error) waiting.fail(new Error(`${message.error.message} (${waiting.method})`));
        else waiting.ok(message.result);
      } else if (message.method) for (const l of listeners) l(message);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((ok, fail) => {
      const n = ++id;
      pending.set(n, { ok, fail, method });
      child.stdio[3].write(
        `${JSON.stringify({ id: n, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
      );
    });
  return {
    send,
    on: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    close: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.once("exit", () => ok());
        send("Browser.close").catch(() => child.kill());
      }),
  };
}

/**
 * A new page in a new browser context (a cold cache, as a first start), 320 × 700, Swedish (navigator.language
 * and Intl), the CPU slowed `rate` times, with `https://appsforoffice.microsoft.com/*` answered by `officeJs`
 * through the Fetch domain (the browser answers it; nothing of the page waits on this process). Navigates to
 * `url`, waits until `done` (an expression) is true in the page and returns the value of `result` there. Only the
 * Emulation and Fetch domains are enabled; Runtime.evaluate and Page.navigate work without their domains.
 */
async function measureStart(pipe, { url, rate, officeJs, done, result, locale = "sv-SE" }) {
  const { send } = pipe;
  const { browserContextId } = await send("Target.createBrowserContext", { disposeOnDetach: true });
  try {
    const { targetId } = await send("Target.createTarget", { url: "about:blank", browserContextId });
    const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
    const page = (method, params) => send(method, params, sessionId);
    const body = Buffer.from(officeJs).toString("base64");
    const off = pipe.on((e) => {
      if (e.sessionId === sessionId && e.method === "Fetch.requestPaused")
        page("Fetch.fulfillRequest", {
          requestId: e.params.requestId,
          responseCode: 200,
          responseHeaders: [{ name: "Content-Type", value: "text/javascript" }],
          body,
        }).catch(() => undefined);
    });
    try {
      const { userAgent } = await send("Browser.getVersion");
      await page("Fetch.enable", { patterns: [{ urlPattern: "https://appsforoffice.microsoft.com/*" }] });
      await page("Emulation.setDeviceMetricsOverride", {
        width: 320,
        height: 700,
        deviceScaleFactor: 1,
        mobile: false,
      });
      await page("Emulation.setLocaleOverride", { locale });
      await page("Emulation.setUserAgentOverride", { userAgent, acceptLanguage: locale });
      await page("Emulation.setCPUThrottlingRate", { rate });
      await page("Page.navigate", { url });
      const until = Date.now() + 60000;
      for (;;) {
        // one evaluation waits in the page (timers between the page's tasks); retried if it landed in the
        // document being left
        try {
          const r = await page("Runtime.evaluate", {
            awaitPromise: true,
            returnByValue: true,
            expression: `new Promise((ok) => { const t = () => (${done}) ? ok(${result}) : setTimeout(t, 50); t(); })`,
          });
          if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
          return r.result.value;
        } catch (e) {
          if (Date.now() > until) throw e;
          await new Promise((ok) => setTimeout(ok, 20));
        }
      }
    } finally {
      off();
    }
  } finally {
    await send("Target.disposeBrowserContext", { browserContextId }).catch(() => undefined);
  }
}

module.exports = { launchPipe, measureStart };
