import { startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createDOMRenderer } from "@fluentui/react-components";
import { Pane, PRERENDERED } from "./frame/Pane";
import { createOfficeHost } from "./host/officeHost";
import { preloadPanel } from "./panels/registry";
import { languageOf } from "../definitions/language";
import { PLACEHOLDER, paneStart, rememberStart } from "./frame/startMemory";

/** True when Office's theme has a dark background (Office's "Black" or "Dark Gray" themes). */
function officeIsDark(): boolean {
  const hex = Office.context?.officeTheme?.bodyBackgroundColor?.replace("#", "");
  if (!hex || hex.length < 6) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.5;
}

declare global {
  interface Window {
    /** set once Office.js is there and the pane renders (taskpane.html's watchdog then stays quiet) */
    kommunkalkylStarted?: boolean;
    /** taskpane.html's message for an office.js that did not load */
    kommunkalkylOfficeFailed?: (how: "error" | "timeout") => void;
  }
}

/** The task pane inside Excel. The standalone demo (demo.tsx) uses the in-browser workbook instead. */
if (typeof Office === "undefined") window.kommunkalkylOfficeFailed?.("error");
else
  // the first panel's code is fetched while Office starts (its files are preloaded by taskpane.html), and the
  // pane is rendered once both are there: hydration then completes in one pass, where a panel still loading
  // would suspend it and React would try again after the chunk had come. A chunk that fails to load is not
  // hidden: the panel then loads as any other, on render, and fails there as it would have.
  void Promise.all([Office.onReady(), preloadPanel("tax").catch(() => undefined)]).then(() => {
    window.kommunkalkylStarted = true;
    // the same rule as the messages in cells (definitions/language.ts)
    const lang = languageOf(Office.context?.displayLanguage);
    const container = document.getElementById("root");
    if (!container) return;
    const dark = officeIsDark();
    // the pane's styles come as griffel.css (webpack.config.cjs extracts them): the renderer has nothing to
    // take over from the page and, for styles the build extracted, nothing to insert
    const pane = (
      <Pane renderer={createDOMRenderer(document)} host={createOfficeHost()} lang={lang} dark={dark} />
    );
    const start = paneStart(lang, dark);
    // what taskpane.html's <head> read from the memory (absent when nothing valid was remembered)
    const remembered = document.documentElement.getAttribute("data-pane-start");
    // the build wrote the first panel into the page (webpack.config.cjs, PrerenderPane): when Office's language
    // and theme are the ones it was written in, and taskpane.html kept it (it drops it when the pane last started
    // otherwise, or for a browser in another language), React takes that HTML over instead of rendering it again
    if (
      container.dataset.prerendered === "sv-light" &&
      lang === PRERENDERED.lang &&
      dark === PRERENDERED.dark
    ) {
      hydrateRoot(container, pane);
    } else {
      if (container.dataset.prerendered !== undefined) {
        // Office's language or theme is not the HTML's (the memory was wrong, or there was none): it goes
        container.replaceChildren();
        delete container.dataset.prerendered;
      }
      // taskpane.html's placeholder (if any) stays until React's first commit replaces it (React empties the
      // container then), on Office's background from now on: taskpane.html's styles follow data-pane-start
      document.documentElement.setAttribute("data-pane-start", start);
      // …and in Office's language (the memory may have been of another)
      const placeholder = document.getElementById("pane-placeholder");
      if (placeholder && placeholder.lang !== lang) {
        placeholder.lang = lang;
        placeholder.textContent = PLACEHOLDER[lang];
      }
      // rendered as a transition: React then waits for the first panel's code (preloaded with the page) instead
      // of committing the loading spinner, whose reveal React holds back for 300 ms once shown
      startTransition(() => createRoot(container).render(pane));
    }
    // for the next start's first paint (taskpane.html's <head>): the usual start, as remembered, touches no
    // storage here; a change is written when the page is idle, after React's first work
    if (remembered !== start) {
      const remember = () => rememberStart(start);
      if (typeof window.requestIdleCallback === "function")
        window.requestIdleCallback(remember, { timeout: 2000 });
      else window.setTimeout(remember, 0);
    }
  });
