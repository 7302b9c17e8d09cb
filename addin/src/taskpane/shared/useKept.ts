import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../../definitions";
import type { PaneMemory } from "../host/types";
import { carriedFor, carryAgain, forgetCarriedFor } from "../input/carried";
import type { FieldSpec } from "../input/number";
import { relangTexts } from "./useLangTexts";

/**
 * A panel's inputs as typed, with the language they were typed in, and the questions still open about them
 * (input/carried.ts's records for its texts: review s8-2, finding 1).
 */
export interface KeptEntry {
  lang: Lang;
  value: unknown;
  carried?: unknown;
}

/** What the memory holds: each panel's inputs. */
interface Kept {
  v: 1;
  panels: Record<string, KeptEntry>;
}

/** Every text in a kept value (its fields' texts, at any depth). */
export function textsIn(x: unknown, out: string[] = []): string[] {
  if (typeof x === "string") out.push(x);
  else if (Array.isArray(x)) for (const y of x) textsIn(y, out);
  else if (typeof x === "object" && x !== null) for (const y of Object.values(x)) textsIn(y, out);
  return out;
}

/** A panel's inputs to keep: with the open questions about its texts, if any. */
export function entryOf(lang: Lang, value: unknown): KeptEntry {
  const carried = carriedFor(textsIn(value), lang);
  return carried.length > 0 ? { lang, value, carried } : { lang, value };
}

function keptOf(memory: PaneMemory): Kept {
  const k = memory.read() as Partial<Kept> | undefined;
  return k && k.v === 1 && typeof k.panels === "object" && k.panels !== null
    ? (k as Kept)
    : { v: 1, panels: {} };
}

/**
 * What each panel holds now, for this pane's life, by workbook memory (the demo has one per workbook): a panel
 * shown again after another tab gets back what it held, at once and silently (no debounce to lose the last
 * keystroke to, no "restored" note: nothing was closed).
 */
const SESSION = new WeakMap<object, Map<string, KeptEntry>>();
const NO_MEMORY = {};
const sessionOf = (memory: PaneMemory | undefined) => {
  const key = memory ?? NO_MEMORY;
  let m = SESSION.get(key);
  if (!m) SESSION.set(key, (m = new Map()));
  return m;
};

/** A panel's kept inputs, if any. */
export function readKept(memory: PaneMemory, panel: string): KeptEntry | undefined {
  const e = keptOf(memory).panels[panel];
  return e && (e.lang === "sv" || e.lang === "en") ? e : undefined;
}

/** Keeps a panel's inputs (the other panels' stay); undefined forgets them. */
export function writeKept(memory: PaneMemory, panel: string, entry: KeptEntry | undefined): void {
  const k = keptOf(memory);
  const panels = { ...k.panels };
  if (entry) panels[panel] = entry;
  else delete panels[panel];
  memory.write(Object.keys(panels).length > 0 ? { v: 1, panels } : undefined);
}

/** A record of texts as kept, if it is one with exactly these keys (anything else is not restored). */
export function textsOf<K extends string>(x: unknown, keys: readonly K[]): Record<K, string> | undefined {
  if (typeof x !== "object" || x === null) return undefined;
  const r = x as Record<string, unknown>;
  return keys.every((k) => typeof r[k] === "string") ? (r as Record<K, string>) : undefined;
}

/**
 * Keeps a panel's typed inputs with the workbook (issue 23, review s8 finding 5) and restores them when the panel
 * starts again: after the first render, so that the prerendered pane hydrates as it was built. `value` is what
 * the panel would need to show the same again (its texts, as typed); `restore(kept, lang)` puts a kept value back,
 * written for the pane's language now (the language it was typed in is `lang`), and says whether it fit. Inputs as
 * the panel started are not kept, nor the start's texts rewritten for another language (only what the user typed
 * makes a panel's inputs worth keeping). `startOver` forgets them and gives the panel its start again. A panel
 * shown again after another tab has what it held (from this pane's life, silently); the first showing after the
 * pane opened has what the workbook kept, and says so. The questions still open about the kept texts are kept
 * with them and recorded again before they are restored (review s8-2, finding 1); restored fields were typed, so
 * `judgeAll` (the panel's useJudged) is called when any are (finding 2). What is held is written at once when the
 * page is left or hidden (a reload, the pane closed), not only after the 300 ms wait (finding 3).
 */
export function useKept<T>(
  memory: PaneMemory | undefined,
  panel: string,
  lang: Lang,
  value: T,
  restore: (kept: unknown, from: Lang) => boolean,
  judgeAll?: () => void,
): { restored: boolean; startOver: () => void } {
  const start = useRef({ json: JSON.stringify(value), lang });
  const [restored, setRestored] = useState(false);
  const ready = useRef(false);
  // whether the user has typed (a restore counts: it brings back what was typed); the texts rewritten for a new
  // language or put back by startOver are not typing: the first change after either is let pass (hush), or none
  // if none comes within 200 ms (the texts were the same in both languages)
  const typed = useRef(false);
  const seen = useRef({ json: start.current.json, lang });
  const quiet = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hush = () => {
    clearTimeout(quiet.current);
    quiet.current = setTimeout(() => (quiet.current = undefined), 200);
  };
  useEffect(() => {
    const session = sessionOf(memory).get(panel);
    if (session) {
      carryAgain(session.carried);
      if (restore(session.value, session.lang)) {
        typed.current = true;
        judgeAll?.();
      }
    } else {
      const k = memory && readKept(memory, panel);
      if (k) carryAgain(k.carried);
      if (k && restore(k.value, k.lang)) {
        typed.current = true;
        setRestored(true);
        judgeAll?.();
      }
    }
    ready.current = true;
    // once, as the panel starts
  }, []);
  const json = JSON.stringify(value);
  useEffect(() => {
    if (!ready.current) return;
    if (lang !== seen.current.lang) hush();
    else if (json !== seen.current.json) {
      if (quiet.current === undefined) {
        typed.current = true;
        // a text typed over takes its open question with it (a text still held elsewhere in the panel keeps it)
        const now = new Set(textsIn(JSON.parse(json)));
        forgetCarriedFor(
          textsIn(JSON.parse(seen.current.json)).filter((t) => !now.has(t)),
          lang,
        );
      } else {
        clearTimeout(quiet.current);
        quiet.current = undefined;
      }
    }
    seen.current = { json, lang };
    const entry = typed.current ? entryOf(lang, JSON.parse(json) as unknown) : undefined;
    if (entry) sessionOf(memory).set(panel, entry);
    else sessionOf(memory).delete(panel);
    if (!memory) return;
    const t = setTimeout(() => writeKept(memory, panel, entry), 300);
    return () => clearTimeout(t);
  }, [json, lang]);
  // leaving the panel (another tab), reloading or closing the pane before the debounce: what it held is kept at once
  useEffect(() => {
    const flush = () => {
      if (ready.current && memory) writeKept(memory, panel, sessionOf(memory).get(panel));
    };
    const hidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", hidden);
      flush();
    };
  }, []);
  const startOver = useCallback(() => {
    if (memory) writeKept(memory, panel, undefined);
    sessionOf(memory).delete(panel);
    hush();
    restore(JSON.parse(start.current.json), start.current.lang);
    typed.current = false;
    setRestored(false);
  }, [memory, panel, restore]);
  return { restored, startOver };
}

/** {@link useKept} for a panel whose inputs are one record of texts: restored written for the pane's language. */
export function useKeptTexts<K extends string>(
  memory: PaneMemory | undefined,
  panel: string,
  lang: Lang,
  texts: Record<K, string>,
  setTexts: (texts: Record<K, string>) => void,
  keys: readonly K[],
  specs: Record<K, FieldSpec>,
  judgeAll?: () => void,
): { restored: boolean; startOver: () => void } {
  return useKept(
    memory,
    panel,
    lang,
    texts,
    (kept, from) => {
      const t = textsOf(kept, keys);
      if (!t) return false;
      setTexts(relangTexts(t, keys, specs, from, lang));
      return true;
    },
    judgeAll,
  );
}
