import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createOfficeHost } from "./host/officeHost";
import { languageOf } from "../definitions/language";

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
  void Office.onReady(() => {
    window.kommunkalkylStarted = true;
    // the same rule as the messages in cells (definitions/language.ts)
    const lang = languageOf(Office.context?.displayLanguage);
    const container = document.getElementById("root");
    // rendered as a transition: React then waits for the first panel's code (preloaded with the page) instead
    // of committing the loading spinner, whose reveal React holds back for 300 ms once shown
    if (container)
      startTransition(() =>
        createRoot(container).render(
          <App host={createOfficeHost()} initialLang={lang} initialDark={officeIsDark()} />,
        ),
      );
  });
