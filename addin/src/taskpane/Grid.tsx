import { useEffect, useReducer, useState } from "react";
import { Input, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { BrowserWorkbook } from "./host/browserWorkbook";
import { toAddress } from "./host/types";
import { errorNameIn } from "../definitions/errorNames";
import { showNumber } from "./showNumber";

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", height: "100%", minWidth: 0 },
  scroller: { overflow: "auto", flex: 1, border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    padding: "2px 6px",
    position: "sticky",
    top: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  rowHead: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    padding: "2px 6px",
    textAlign: "right",
    position: "sticky",
    left: 0,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    minWidth: "64px",
    maxWidth: "260px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  number: { textAlign: "right" },
  // input cells as the samples mark them in Excel (light yellow, dark text in both themes)
  input: { backgroundColor: "#FFF2CC", color: "#242424" },
  header: { fontWeight: tokens.fontWeightSemibold },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, background: tokens.colorBrandBackground2 },
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: tokens.spacingVerticalXS,
  },
});

/** A simple editable grid over the in-browser workbook: select with click and shift-click, edit in the formula bar. */
export function Grid(props: { book: BrowserWorkbook; lang: "sv" | "en" }) {
  const { book } = props;
  const styles = useStyles();
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  useEffect(() => book.subscribe(rerender), [book]);
  const { start } = book.selection;
  const [draft, setDraft] = useState<string | undefined>();
  const dims = book.dimensions();
  const rows = Math.max(dims.rows + 10, 40);
  const cols = Math.max(dims.cols + 3, 12);
  const inArea = (a: typeof book.selection, r: number, c: number) =>
    r >= Math.min(a.start.row, a.end.row) &&
    r <= Math.max(a.start.row, a.end.row) &&
    c >= Math.min(a.start.col, a.end.col) &&
    c <= Math.max(a.start.col, a.end.col);
  const inSel = (r: number, c: number) =>
    inArea(book.selection, r, c) || book.otherAreas.some((a) => inArea(a, r, c));
  // the engine speaks English; the bar shows and takes formulas in the pane's language, as Excel does
  // (Swedish names, ";" between arguments, decimal comma)
  const current = book.shownSource(start.row, start.col, props.lang);
  return (
    <div className={styles.wrap}>
      <div className={styles.bar}>
        <span aria-live="polite" data-testid="grid-address">
          {toAddress(start.row, start.col)}
        </span>
        <Input
          aria-label={props.lang === "sv" ? "Formelfält" : "Formula bar"}
          data-testid="formula-bar"
          style={{ flex: 1 }}
          value={draft ?? current}
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && draft !== undefined) {
              book.edit(start.row, start.col, book.fromTyped(draft, props.lang));
              setDraft(undefined);
            }
            if (e.key === "Escape") setDraft(undefined);
          }}
        />
      </div>
      <TabList
        size="small"
        selectedValue={book.activeSheet}
        onTabSelect={(_, d) => book.setActiveSheet(String(d.value))}
        aria-label={props.lang === "sv" ? "Blad" : "Sheets"}
      >
        {book.sheetNames().map((n) => (
          <Tab key={n} value={n}>
            {n}
          </Tab>
        ))}
      </TabList>
      <div
        className={styles.scroller}
        tabIndex={0}
        aria-label={props.lang === "sv" ? `Bladet ${book.activeSheet}` : `Sheet ${book.activeSheet}`}
      >
        <table className={styles.table} role="grid" aria-label={book.activeSheet} data-testid="grid">
          <thead>
            <tr>
              <th className={styles.head} scope="col" aria-label={props.lang === "sv" ? "Rad" : "Row"} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {toAddress(0, c).replace(/\d+$/, "")}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const v = book.display(r, c);
                  // an error as Excel in the pane's language shows it: #VÄRDEFEL! in Swedish, #VALUE! in English
                  const error = book.errorAt(r, c);
                  const selected = inSel(r, c);
                  const mark = book.style(r, c);
                  return (
                    <td
                      key={c}
                      data-cell={toAddress(r, c)}
                      aria-selected={selected}
                      data-style={mark}
                      className={`${styles.cell} ${typeof v === "number" ? styles.number : ""} ${mark ? styles[mark] : ""} ${selected ? styles.selected : ""}`}
                      onMouseDown={(e) => {
                        setDraft(undefined);
                        // shift extends the area, Ctrl (⌘) adds another area, as in Excel
                        if (e.shiftKey) book.extend({ row: r, col: c });
                        else if (e.ctrlKey || e.metaKey) book.addArea({ row: r, col: c });
                        else book.select({ row: r, col: c });
                      }}
                      onMouseEnter={(e) => {
                        if (e.buttons === 1) book.extend({ row: r, col: c });
                      }}
                    >
                      {error !== undefined
                        ? errorNameIn(error, props.lang)
                        : typeof v === "number"
                          ? showNumber(v, book.format(r, c), props.lang)
                          : v === null
                            ? ""
                            : String(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
