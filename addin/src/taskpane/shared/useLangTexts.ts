import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import type { Lang } from "../../definitions";
import type { FieldSpec } from "../input/number";
import { relangText } from "../input/problems";

/**
 * Whether the language has changed since it was last seen, and from which to which; remembers the new one.
 * The same language again (a re-render, React's second effect run in development) is no change.
 */
export function langSwitch(seen: { current: Lang }, lang: Lang): { from: Lang; to: Lang } | undefined {
  const from = seen.current;
  seen.current = lang;
  return from === lang ? undefined : { from, to: lang };
}

/**
 * Runs `rewrite(from, to)` once when the UI language changes (not on the first render): the one place the
 * panels write their field texts the new language's way (6 900,5 ↔ 6,900.5), the same numbers, never others.
 * `rewrite` should set state through updaters (setX((old) => …)), as it is the render's closure that runs.
 */
export function useLangChange(lang: Lang, rewrite: (from: Lang, to: Lang) => void): void {
  const seen = useRef(lang);
  useEffect(() => {
    const change = langSwitch(seen, lang);
    if (change) rewrite(change.from, change.to);
    // only a language change rewrites (the texts are what it rewrites, so not a dependency)
  }, [lang]);
}

/** Every text of a record of fields written the other language's way; a text that is no number stays. */
export function relangTexts<K extends string>(
  texts: Record<K, string>,
  keys: readonly K[],
  specs: Record<K, FieldSpec>,
  from: Lang,
  to: Lang,
): Record<K, string> {
  return { ...texts, ...Object.fromEntries(keys.map((k) => [k, relangText(texts[k], specs[k], from, to)])) };
}

/**
 * A panel's field texts, kept as typed, and written the new language's way when the language changes
 * (6 900,5 ↔ 6,900.5): the same numbers, never other ones. A text that is not a number stays as typed.
 */
export function useLangTexts<K extends string>(
  lang: Lang,
  start: () => Record<K, string>,
  keys: readonly K[],
  specs: Record<K, FieldSpec>,
): [Record<K, string>, Dispatch<SetStateAction<Record<K, string>>>] {
  const [texts, setTexts] = useState<Record<K, string>>(start);
  useLangChange(lang, (from, to) => setTexts((x) => relangTexts(x, keys, specs, from, to)));
  return [texts, setTexts];
}
