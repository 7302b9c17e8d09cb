import type { Lang } from "../../definitions/types";

/**
 * What the pane last started as in Excel, kept in the browser's localStorage (issue 23: Excel in the dark theme
 * or in English must not first show the prerendered Swedish, light pane). index.tsx writes it once Office has
 * said its display language and theme; taskpane.html's inline script in <head> reads it before the page is
 * painted and, for anything but Swedish-light, shows a placeholder in that theme instead of the prerendered HTML.
 * taskpane.html cannot import this module: it spells the key and the values out, and startMemory.test.ts checks
 * that it spells them as here.
 */
export const START_KEY = "kommunkalkyl.paneStart";

/** Office's display language (as `languageOf` decides) and theme when the pane last started. */
export type PaneStart = `${Lang}-${"light" | "dark"}`;

/** The values taskpane.html accepts; anything else in the storage counts as no memory. */
export const PANE_STARTS: readonly PaneStart[] = ["sv-light", "sv-dark", "en-light", "en-dark"];

/**
 * What taskpane.html's placeholder says until React has rendered (it spells these out too); index.tsx puts it in
 * Office's language when that is not the remembered one.
 */
export const PLACEHOLDER: Record<Lang, string> = {
  sv: "Laddar Kommunkalkyl …",
  en: "Loading Kommunkalkyl …",
};

export function paneStart(lang: Lang, dark: boolean): PaneStart {
  return `${lang}-${dark ? "dark" : "light"}`;
}

/**
 * The storage as a function: in an Office webview with storage blocked, even reading `window.localStorage`
 * throws (a SecurityError), not only its methods.
 */
export type StorageAccess = () => Pick<Storage, "getItem" | "setItem">;

const browserStorage: StorageAccess = () => window.localStorage;

/**
 * Remembers how the pane started, writing only when that differs from what is remembered (the usual start
 * writes nothing). A storage that refuses (blocked, full) is ignored: the next start then shows the page as
 * the build wrote it, as on a first start.
 */
export function rememberStart(start: PaneStart, storage: StorageAccess = browserStorage): void {
  try {
    const s = storage();
    if (s.getItem(START_KEY) !== start) s.setItem(START_KEY, start);
  } catch {
    // nothing remembered: the page falls back to its prerendered pane, which index.tsx replaces when it must
  }
}
