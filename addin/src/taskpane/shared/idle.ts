/**
 * Code the pane will need later (the other panels, the overwrite dialog) loaded while the user reads the
 * first panel: one loader at a time, each started in an idle period of the browser
 * (`requestIdleCallback`, MDN: "queues a function to be called during a browser's idle periods"), the next
 * only once the one before has finished, so that a keystroke never waits behind more than one chunk's
 * evaluation. Where the browser has no `requestIdleCallback` (Safari's webview in Excel for Mac, jsdom) nothing
 * is loaded ahead: the code then loads on first use, as it would without this.
 *
 * @returns a function that stops what has not started yet
 */
export function loadWhenIdle(loaders: ReadonlyArray<() => Promise<unknown>>): () => void {
  const idle = typeof window === "undefined" ? undefined : window.requestIdleCallback?.bind(window);
  if (!idle) return () => undefined;
  let stopped = false;
  let handle: number | undefined;
  const next = (i: number) => {
    if (stopped || i >= loaders.length) return;
    handle = idle(() => {
      handle = undefined;
      if (stopped) return;
      // a loader that fails is left for its first use, where the failure is shown
      loaders[i]!().then(
        () => next(i + 1),
        () => next(i + 1),
      );
    });
  };
  next(0);
  return () => {
    stopped = true;
    if (handle !== undefined) window.cancelIdleCallback?.(handle);
  };
}
