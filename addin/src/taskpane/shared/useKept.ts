import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../../definitions";
import type { PaneMemory } from "../host/types";
import type { FieldSpec } from "../input/number";
import { relangTexts } from "./useLangTexts";

/** What the memory holds: each panel's inputs as typed, with the language they were typed in. */
interface Kept {
  v: 1;
  panels: Record<string, { lang: Lang; value: unknown }>;
}

function keptOf(memory: PaneMemory): Kept {
  const k = memory.read() as Partial<Kept> | undefined;
  return k && k.v === 1 && typeof k.panels === "object" && k.panels !== null
    ? (k as Kept)
    : { v: 1, panels: {} };
}

/** The panels shown since the pane started (only the first showing restores). */
const SHOWN = new Set<string>();

/** A panel's kept inputs, if any. */
export function readKept(memory: PaneMemory, panel: string): { lang: Lang; value: unknown } | undefined {
  const e = keptOf(memory).panels[panel];
  return e && (e.lang === "sv" || e.lang === "en") ? e : undefined;
}

/** Keeps a panel's inputs (the other panels' stay); undefined forgets them. */
export function writeKept(
  memory: PaneMemory,
  panel: string,
  entry: { lang: Lang; value: unknown } | undefined,
): void {
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
 * the panel started are not kept. `startOver` forgets them and gives the panel its start again. Only a panel's
 * first showing since the pane started restores: shown again after another tab, it starts as it did before.
 */
export function useKept<T>(
  memory: PaneMemory | undefined,
  panel: string,
  lang: Lang,
  value: T,
  restore: (kept: unknown, from: Lang) => boolean,
): { restored: boolean; startOver: () => void } {
  const start = useRef({ json: JSON.stringify(value), lang });
  const [restored, setRestored] = useState(false);
  const ready = useRef(false);
  useEffect(() => {
    const k = memory && readKept(memory, panel);
    // restored as the pane starts; a panel shown again in the same session (another tab was open) starts as before
    if (k && !SHOWN.has(panel) && restore(k.value, k.lang)) setRestored(true);
    SHOWN.add(panel);
    ready.current = true;
    // once, as the panel starts
  }, []);
  const json = JSON.stringify(value);
  useEffect(() => {
    if (!memory || !ready.current) return;
    const changed = json !== start.current.json || lang !== start.current.lang;
    const t = setTimeout(
      () => writeKept(memory, panel, changed ? { lang, value: JSON.parse(json) } : undefined),
      300,
    );
    return () => clearTimeout(t);
  }, [json, lang]);
  const startOver = useCallback(() => {
    if (memory) writeKept(memory, panel, undefined);
    restore(JSON.parse(start.current.json), start.current.lang);
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
): { restored: boolean; startOver: () => void } {
  return useKept(memory, panel, lang, texts, (kept, from) => {
    const t = textsOf(kept, keys);
    if (!t) return false;
    setTexts(relangTexts(t, keys, specs, from, lang));
    return true;
  });
}
