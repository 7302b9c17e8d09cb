import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from "react";
import type { Lang } from "../../definitions";
import type { FieldSpec } from "../input/number";
import { relangText } from "../input/problems";

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
  const shownLang = useRef(lang);
  useEffect(() => {
    const from = shownLang.current;
    shownLang.current = lang;
    if (from === lang) return;
    setTexts(
      (x) =>
        Object.fromEntries(keys.map((k) => [k, relangText(x[k], specs[k], from, lang)])) as Record<K, string>,
    );
    // only a language change rewrites the texts (keys and specs are the panel's constants)
  }, [lang]);
  return [texts, setTexts];
}
