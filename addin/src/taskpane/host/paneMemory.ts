import type { PaneMemory } from "./types";

/** The key of the pane's inputs in the document's settings and in the browser's storage (with the workbook). */
export const MEMORY_KEY = "kommunkalkyl.inputs";

/** The parts of Office.Settings the pane uses (Office common API, requirement set Settings 1.1). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

/**
 * The pane's inputs in the workbook's settings: Office loads them with the document when the add-in starts (so
 * `get` answers at once), `set` changes the in-memory copy and `saveAsync` writes it into the document, which
 * keeps it when the workbook is saved (learn.microsoft.com, Office.Settings: "saved per add-in and per
 * document"). A failure to save loses nothing typed in this session.
 */
export function settingsMemory(settings: () => SettingsLike | undefined): PaneMemory {
  return {
    read: () => {
      try {
        return settings()?.get(MEMORY_KEY) ?? undefined;
      } catch {
        return undefined;
      }
    },
    write: (value) => {
      try {
        const s = settings();
        if (!s) return;
        if (value === undefined) s.remove(MEMORY_KEY);
        else s.set(MEMORY_KEY, value);
        s.saveAsync();
      } catch {
        // not kept: the figures stay in the pane for this session
      }
    },
  };
}

/** The pane's inputs in the browser's storage under a key of their own (the demo: one per workbook). */
export function storageMemory(
  key: string,
  storage: () => Pick<Storage, "getItem" | "setItem" | "removeItem">,
): PaneMemory {
  return {
    read: () => {
      try {
        const text = storage().getItem(key);
        return text === null ? undefined : (JSON.parse(text) as unknown);
      } catch {
        return undefined;
      }
    },
    write: (value) => {
      try {
        if (value === undefined) storage().removeItem(key);
        else storage().setItem(key, JSON.stringify(value));
      } catch {
        // storage blocked or full: nothing kept
      }
    },
  };
}
