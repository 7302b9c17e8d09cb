import { join } from "node:path";
import { kommunkalkyl, ROOT } from "../helpers";

type Cell = number | string | null;
type Sheets = Record<string, Cell[][]>;

function evaluate(file: string): Sheets {
  const r = kommunkalkyl(["beräkna", join(ROOT, "samples", file), "--json"]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Sheets;
}
function row(sheet: Cell[][], label: string): Cell[] {
  const found = sheet.find((r) => r[0] === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

const sheets = evaluate("resursfordelning.xlsx");
const s = sheets["Resursfördelning"]!;

describe("kommunkalkyl beräkna on samples/resursfordelning.xlsx", () => {
  it("evaluates every cell without an error", () => {
    const errors = Object.values(sheets)
      .flat(2)
      .filter((v) => typeof v === "string" && v.startsWith("#"));
    expect(errors).toEqual([]);
  });

  it("has a population forecast of about 30 000 inhabitants for 2025–2028", () => {
    const total = row(s, "Summa invånare").slice(1, 5) as number[];
    // 290 + 1 640 + 3 520 + 1 040 + 16 850 + 5 080 + 1 693
    expect(total[0]).toBe(30113);
    total.forEach((t) => expect(Math.abs(t - 30000)).toBeLessThan(1000));
  });

  it("computes the frames as Σ volume × price × (1 + index) + fixed part", () => {
    const bun = row(s, "Barn- och utbildningsnämnden: ram");
    // 2025: 1 640 × 0.132 + 3 520 × 0.118 + 1 040 × 0.128 + 27 = 216.48 + 415.36 + 133.12 + 27
    expect(bun[1]).toBeCloseTo(791.96, 9);
    // 2027: (1 585 × 0.132 + 3 526 × 0.118 + 1 105 × 0.128) × 1.03 × 1.025 + 28.5
    expect(bun[3]).toBeCloseTo((209.22 + 416.068 + 141.44) * 1.03 * 1.025 + 28.5, 9);
    const von = row(s, "Vård- och omsorgsnämnden: ram");
    // 2026: (5 120 × 0.016 + 1 721 × 0.245) × 1.03 + 113.3 = 503.565 × 1.03 + 113.3
    expect(von[2]).toBeCloseTo(631.97195, 9);
    expect(row(s, "Vård- och omsorgsnämnden: förslag (hela mnkr)").slice(1, 5)).toEqual([606, 632, 660, 688]);
  });

  it("computes the demographic pressure: more people over 80 cost more than fewer small children save", () => {
    const bun = row(s, "Barn- och utbildningsnämnden");
    // 2025→2026: −30 × 0.132 − 10 × 0.118 + 35 × 0.128 = −3.96 − 1.18 + 4.48
    expect(bun[1]).toBeCloseTo(-0.66, 12);
    const von = row(s, "Vård- och omsorgsnämnden");
    // 2025→2026: 40 × 0.016 + 28 × 0.245 = 0.64 + 6.86; 2026→2027: 30 × 0.016 + 45 × 0.245
    expect(von[1]).toBeCloseTo(7.5, 12);
    expect(von[2]).toBeCloseTo(0.48 + 11.025, 12);
    expect(row(s, "Summa demografiskt tryck")[1]).toBeCloseTo(7.5 - 0.66, 12);
  });
});

describe("the budget sample takes two committees' proposals from the resource allocation model", () => {
  const budget = evaluate("mal-och-budget-2025.xlsx");
  const b = budget["Budget"]!;
  const model = budget["Resursfördelning"]!;

  it("has the model as a sheet whose 2026 and 2027 index are the budget's planning assumptions", () => {
    expect(row(model, "Index, förändring från föregående år").slice(2, 4)).toEqual([0.03, 0.025]);
    expect(row(model, "Barn- och utbildningsnämnden: ram")[1]).toBeCloseTo(791.96, 9);
  });

  it("uses the rounded frames as the proposals of Barn- och utbildningsnämnden and Vård- och omsorgsnämnden", () => {
    expect(row(b, "Barn- och utbildningsnämnden").slice(1, 4)).toEqual([792, 815, 838]);
    expect(row(b, "Vård- och omsorgsnämnden").slice(1, 4)).toEqual([606, 632, 660]);
    expect(row(model, "Barn- och utbildningsnämnden: förslag (hela mnkr)").slice(1, 4)).toEqual([
      792, 815, 838,
    ]);
  });
});
