import { sampleBudgetTable } from "./start";

describe("npm start: the sample budget's table", () => {
  it("shows numbers through their cells' formats in Swedish, as Excel does", async () => {
    const table = await sampleBudgetTable();
    const line = (label: string) => table.split("\n").find((l) => l.startsWith(label)) ?? "";
    // the result requirement is an input of 2 % in a 0.0 % cell: "2,0 %", never 0.02
    expect(line("Resultatkrav (andel")).toMatch(/\s2,0\s%\s+2,0\s%\s+2,0\s%$/);
    // tax revenue 1 950 mnkr in a #,##0.0 cell, with a space between thousands and a decimal comma
    expect(line("Skatteintäkter")).toMatch(/\s1\s950,0\s+2\s010,0\s+2\s075,0$/);
    // result share with the boards' proposals: 23 / 1 950 = 1,179… % in a 0.00 % cell
    expect(line("Resultatandel med förslagen")).toMatch(/\s1,18\s%/);
    expect(table).not.toMatch(/\b0\.02\b|\b1950\b/);
  });
});
