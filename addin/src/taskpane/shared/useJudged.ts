import { useCallback, useState } from "react";

/**
 * Which fields may show their errors: a field is judged once the user has left it, and every field once
 * the user tries to compute or write. Fields are known by their labels (unique within a panel).
 */
export function useJudged(): {
  judged: (label: string) => boolean;
  leave: (label: string) => void;
  judgeAll: () => void;
} {
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const [all, setAll] = useState(false);
  const leave = useCallback(
    (label: string) => setLeft((s) => (s.has(label) ? s : new Set([...s, label]))),
    [],
  );
  const judgeAll = useCallback(() => setAll(true), []);
  const judged = useCallback((label: string) => all || left.has(label), [all, left]);
  return { judged, leave, judgeAll };
}
