import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { Lang } from "../../definitions";

/**
 * The labels a language switch gives the judged fields (issue 23): the fields are the same, in the same order,
 * only their labels are in the other language. `before` and `after` are the fields' labels in the order the panel
 * last asked about them (its view asks about every field it shows, after its model asked about the invalid ones);
 * a field judged before is judged after. Undefined when the panel's fields differ in number (not the same fields).
 */
export function judgedAfterSwitch(
  before: readonly string[],
  after: readonly string[],
  left: ReadonlySet<string>,
): string[] | undefined {
  if (before.length !== after.length) return undefined;
  return after.filter((_, i) => left.has(before[i]!));
}

/**
 * Which fields may show their errors: a field is judged once the user has left it, and every field once
 * the user tries to compute or write. Fields are known by their labels (unique within a panel); with `lang`
 * given, a field judged stays judged when the language (and with it its label) changes.
 */
export function useJudged(lang?: Lang): {
  judged: (label: string) => boolean;
  leave: (label: string) => void;
  judgeAll: () => void;
} {
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const [all, setAll] = useState(false);
  // the labels asked about in this render, in the order of their last question; and the last render's, by language
  const asked = useRef<string[]>([]);
  asked.current = [];
  const seen = useRef<{ lang: Lang | undefined; order: string[] }>({ lang, order: [] });
  useLayoutEffect(() => {
    const order = [...asked.current];
    const before = seen.current;
    seen.current = { lang, order };
    if (before.lang === lang || left.size === 0) return;
    const mapped = judgedAfterSwitch(before.order, order, left);
    // not the same fields: rather every field judged than a judged field's error hidden
    if (mapped === undefined) setAll(true);
    else if (mapped.some((l) => !left.has(l))) setLeft(new Set([...left, ...mapped]));
  });
  const leave = useCallback(
    (label: string) => setLeft((s) => (s.has(label) ? s : new Set([...s, label]))),
    [],
  );
  const judgeAll = useCallback(() => setAll(true), []);
  const judged = useCallback(
    (label: string) => {
      const a = asked.current;
      const i = a.indexOf(label);
      if (i >= 0) a.splice(i, 1);
      a.push(label);
      return all || left.has(label);
    },
    [all, left],
  );
  return { judged, leave, judgeAll };
}
