import { loadWhenIdle } from "./idle";

/** A browser's idle callbacks (jest runs in Node: a window of its own), run when the test says it is idle. */
function fakeIdle() {
  const queue: Array<{ id: number; cb: IdleRequestCallback }> = [];
  let next = 1;
  const g = globalThis as unknown as { window?: unknown };
  g.window = {
    requestIdleCallback: (cb: IdleRequestCallback) => {
      queue.push({ id: next, cb });
      return next++;
    },
    cancelIdleCallback: (id: number) => {
      const i = queue.findIndex((q) => q.id === id);
      if (i >= 0) queue.splice(i, 1);
    },
  };
  return {
    pending: () => queue.length,
    /** one idle period: the first queued callback runs */
    idle: () => queue.shift()?.cb({ didTimeout: false, timeRemaining: () => 50 }),
    restore: () => delete g.window,
  };
}

const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe("loadWhenIdle", () => {
  it("starts one loader per idle period, the next only after the one before has finished", async () => {
    const browser = fakeIdle();
    const started: string[] = [];
    let finishA: () => void = () => undefined;
    const stop = loadWhenIdle([
      () => (started.push("a"), new Promise<void>((ok) => (finishA = ok))),
      () => (started.push("b"), Promise.resolve()),
    ]);
    expect(started).toEqual([]); // nothing before the browser is idle
    browser.idle();
    expect(started).toEqual(["a"]);
    expect(browser.pending()).toBe(0); // b waits for a, not for the next idle period alone
    finishA();
    await settle();
    expect(browser.pending()).toBe(1);
    browser.idle();
    expect(started).toEqual(["a", "b"]);
    stop();
    browser.restore();
  });

  it("goes on after a loader that fails (the failure shows at that code's first use)", async () => {
    const browser = fakeIdle();
    const started: string[] = [];
    loadWhenIdle([
      () => (started.push("a"), Promise.reject(new Error("chunk failed"))),
      () => (started.push("b"), Promise.resolve()),
    ]);
    browser.idle();
    await settle();
    browser.idle();
    expect(started).toEqual(["a", "b"]);
    browser.restore();
  });

  it("stops what has not started when told to (the pane closed)", () => {
    const browser = fakeIdle();
    const started: string[] = [];
    const stop = loadWhenIdle([() => (started.push("a"), Promise.resolve())]);
    stop();
    expect(browser.pending()).toBe(0);
    browser.idle();
    expect(started).toEqual([]);
    browser.restore();
  });

  it("loads nothing ahead where the browser has no idle callbacks (Safari's webview) or no window", async () => {
    const started: string[] = [];
    loadWhenIdle([() => (started.push("a"), Promise.resolve())]);
    const g = globalThis as unknown as { window?: unknown };
    g.window = {};
    loadWhenIdle([() => (started.push("b"), Promise.resolve())]);
    await settle();
    expect(started).toEqual([]);
    delete g.window;
  });
});
