import type { WorkbookHost } from "./types";

/** A host without Excel: one active cell in memory (until the browser workbook replaces it). */
export function createMemoryHost(): WorkbookHost & { cells: Map<string, string> } {
  const cells = new Map<string, string>();
  const address = "Blad1!A1";
  return {
    kind: "browser",
    cells,
    activeCell: async () => ({ address, empty: !cells.get(address) }),
    insertFormula: async (formula) => {
      cells.set(address, formula);
    },
  };
}
