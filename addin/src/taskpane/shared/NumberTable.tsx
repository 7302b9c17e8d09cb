import { useEffect, useRef, useState, type ReactNode } from "react";
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../definitions";

const CUE = {
  sv: "Fler kolumner till höger – rulla i sidled →",
  en: "More columns to the right – scroll sideways →",
};

const useStyles = makeStyles({
  wrap: { position: "relative", minWidth: 0, maxWidth: "100%" },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  // a fade at the right edge while columns are hidden there
  fade: {
    position: "absolute",
    top: 0,
    right: 0,
    bottom: 0,
    width: "24px",
    pointerEvents: "none",
    backgroundImage: `linear-gradient(to right, transparent, ${tokens.colorNeutralBackground1})`,
  },
  // numbers right-aligned as Excel aligns them, with figures of equal width so decimals line up
  num: {
    textAlign: "end",
    justifyContent: "flex-end",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  head: { whiteSpace: "normal", verticalAlign: "bottom", overflowWrap: "normal", hyphens: "auto" },
  headNum: { textAlign: "end", justifyContent: "flex-end" },
});

/**
 * A table of figures: the first column labels, the others numbers (right-aligned). Wider than the
 * pane, it scrolls sideways with a visible cue (a line of text and a fade) while columns are hidden.
 */
export function NumberTable(props: {
  lang: Lang;
  label: string;
  testId: string;
  head: readonly string[];
  rows: readonly { key: string; testId?: string; cells: readonly ReactNode[] }[];
  /** columns that hold text rather than numbers (left-aligned); the first column by default */
  textColumns?: readonly number[];
}) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState(false);
  const textCols = new Set(props.textColumns ?? [0]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setHidden(el.scrollLeft + el.clientWidth < el.scrollWidth - 1);
    check();
    el.addEventListener("scroll", check);
    const ro = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(check);
    ro?.observe(el);
    return () => {
      el.removeEventListener("scroll", check);
      ro?.disconnect();
    };
  }, [props.rows.length, props.head.length]);
  return (
    <div className={styles.wrap}>
      {hidden && (
        <Caption1 block data-testid={`${props.testId}-cue`} aria-hidden>
          {CUE[props.lang]}
        </Caption1>
      )}
      <div className={styles.scroll} ref={ref} role="region" aria-label={props.label} tabIndex={0}>
        <Table
          size="small"
          aria-label={props.label}
          data-testid={props.testId}
          style={{ tableLayout: "auto", width: "auto", minWidth: "100%" }}
        >
          <TableHeader>
            <TableRow>
              {props.head.map((h, i) => (
                <TableHeaderCell
                  key={i}
                  className={styles.head}
                  button={{ className: textCols.has(i) ? undefined : styles.headNum }}
                >
                  {h}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.rows.map((r) => (
              <TableRow key={r.key} data-testid={r.testId}>
                {r.cells.map((c, i) => (
                  <TableCell key={i} className={textCols.has(i) ? undefined : styles.num}>
                    {c}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {hidden && <div className={styles.fade} />}
    </div>
  );
}
