import { rawOf, toAddress, parseAddress, type Block, type CellValue, type WorkbookHost } from "./types";

function splitAddress(address: string): { sheet: string; cell: string } {
  const i = address.lastIndexOf("!");
  const sheet = address.slice(0, i).replace(/^'|'$/g, "").replace(/''/g, "'");
  return { sheet, cell: address.slice(i + 1).split(":")[0]! };
}

/** The host inside Excel, through Office.js. */
export function createOfficeHost(): WorkbookHost {
  return {
    kind: "excel",
    readSelection: () =>
      Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load(["address", "values"]);
        await context.sync();
        return { address: range.address, values: range.values as CellValue[][] };
      }),
    readNamedRange: (name) =>
      Excel.run(async (context) => {
        const item = context.workbook.names.getItemOrNullObject(name);
        await context.sync();
        if (item.isNullObject) return undefined;
        const range = item.getRange();
        range.load("values");
        await context.sync();
        return range.values as CellValue[][];
      }),
    activeCell: () =>
      Excel.run(async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.load("address");
        await context.sync();
        const { sheet, cell: a1 } = splitAddress(cell.address);
        return { sheet, address: a1 };
      }),
    isEmpty: (sheet, topLeft, rows, cols) =>
      Excel.run(async (context) => {
        const { row, col } = parseAddress(topLeft);
        const range = context.workbook.worksheets
          .getItem(sheet)
          .getRange(`${topLeft}:${toAddress(row + rows - 1, col + cols - 1)}`);
        range.load("formulas");
        await context.sync();
        return (range.formulas as unknown[][]).flat().every((f) => f === "" || f === null);
      }),
    writeRange: (sheet, topLeft, block: Block) =>
      Excel.run(async (context) => {
        const { row, col } = parseAddress(topLeft);
        const cols = Math.max(...block.map((r) => r.length));
        const padded = block.map((r) =>
          [...r, ...Array(cols - r.length).fill("")].map((v) => (v === "" ? "" : (rawOf(v) ?? ""))),
        );
        const range = context.workbook.worksheets
          .getItem(sheet)
          .getRange(`${topLeft}:${toAddress(row + block.length - 1, col + cols - 1)}`);
        range.formulas = padded as string[][];
        await context.sync();
      }),
    addSheet: (name) =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const taken = new Set(sheets.items.map((s) => s.name));
        let unique = name;
        for (let i = 2; taken.has(unique); i++) unique = `${name} (${i})`;
        const sheet = sheets.add(unique);
        sheet.activate();
        await context.sync();
        return unique;
      }),
  };
}
