import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The panels' one layout, so that every panel reads the same at Excel's 320 px: a column of blocks,
 * fields two to a row (or as many as fit), a wrapping row of controls, and tables whose numbers are
 * right-aligned as Excel aligns them.
 */
export const usePanelLayout = makeStyles({
  /** the panel: blocks one under the other, never wider than the pane */
  stack: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    maxWidth: "100%",
  },
  /** fields two to a row; a neighbour's label wrapping to two lines must not stretch a field's input box */
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  /** fields as many to a row as fit at 130 px each (one at 320 px when labels are long) */
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  /** buttons and small controls side by side, wrapping */
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  /** a table that keeps to the pane's width */
  table: { tableLayout: "fixed", width: "100%" },
  /** a number in a table cell: right-aligned, digits under digits */
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  /** the text box of a number field: right-aligned as Excel shows a number in a cell (issue 23) */
  numberInput: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});
