import { join } from "node:path";
import { kommunkalkyl, ROOT } from "../helpers";

const SAMPLE = join(ROOT, "samples", "mal-och-budget-2025.xlsx");
type Sheets = Record<string, (number | string | null)[][]>;

function evaluate(extra: string[] = []): Sheets {
  const r = kommunkalkyl(["beräkna", SAMPLE, "--json", ...extra]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Sheets;
}

function row(sheet: (number | string | null)[][], label: string | number): (number | string | null)[] {
  const found = sheet.find((r) => r[0] === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe("the Balanskrav sheet of samples/mal-och-budget-2025.xlsx", () => {
  const sheets = evaluate(["--sv"]);
  const sheet = sheets["Balanskrav"]!;

  it("has no error cell", () => {
    expect(sheets["[fel]"]).toBeUndefined();
  });

  it("takes the budget years' results after savings from the Budget sheet: 2 % of taxes and grants", () => {
    const r = row(sheet, "Årets resultat").slice(1, 5) as number[];
    expect(r[0]).toBe(-8);
    // 2 % of 1 950, 2 010 and 2 075
    expect(r[1]).toBeCloseTo(39, 9);
    expect(r[2]).toBeCloseTo(40.2, 9);
    expect(r[3]).toBeCloseTo(41.5, 9);
  });

  it("deducts the gains on sales: 2024 −8 − 4 = −12; 2025 39 − 6 from the land sale = 33", () => {
    const r = row(sheet, "Årets resultat efter balanskravsjusteringar").slice(1, 5) as number[];
    expect(r[0]).toBe(-12);
    expect(r[1]).toBeCloseTo(33, 9);
  });

  it("reserves 10 in 2026 within the room 40.2 − 1 % × 2 010 = 20.1, leaving 30.2", () => {
    const room = "Reserveringsutrymme (över 1 % av skatter och bidrag, efter underskott att återställa)";
    expect(row(sheet, room)[3]).toBeCloseTo(20.1, 9);
    // 2025: 12 of the year's 33 restores the 2024 deficit first (KL 11 kap. 12 §; RESERVEROOM's 5th argument):
    // 33 − 12 − 1 % × 1 950 = 1.5, not 33 − 19.5 = 13.5; 2024 has none
    expect(row(sheet, room)[2]).toBeCloseTo(1.5, 9);
    expect(row(sheet, room)[1]).toBe(0);
    const b = row(sheet, "Årets balanskravsresultat").slice(1, 5) as number[];
    expect(b[0]).toBe(-12);
    expect(b[1]).toBeCloseTo(33, 9);
    expect(b[2]).toBeCloseTo(30.2, 9);
    expect(b[3]).toBeCloseTo(41.5, 9);
    expect(row(sheet, "Reserveringen ryms i utrymmet").slice(1, 5)).toEqual(["ja", "ja", "ja", "ja"]);
  });

  it("draws RKR's whole table: deficits from earlier years, synnerliga skäl, what is left to restore", () => {
    // 2024's −12 is the deficit 2025 starts with; 33 restores it; nothing is left after 2024
    expect(
      row(sheet, "Balanskravsunderskott från tidigare år (att återställa vid årets början)").slice(1, 5),
    ).toEqual([0, 12, 0, 0]);
    expect(row(sheet, "Synnerliga skäl att inte återställa (KL 11 kap. 13 §) (−)").slice(1, 5)).toEqual([
      0, 0, 0, 0,
    ]);
    expect(row(sheet, "Balanskravsunderskott att återställa vid årets slut").slice(1, 5)).toEqual([
      12, 0, 0, 0,
    ]);
  });

  it("carries the result reserve year by year: 40, the 10 reserved in 2026, 50", () => {
    expect(row(sheet, "Resultatreserv vid årets början").slice(1, 5)).toEqual([40, 40, 40, 50]);
    expect(row(sheet, "Resultatreserv vid årets slut").slice(1, 5)).toEqual([40, 40, 50, 50]);
  });

  it("restores the 2024 deficit of 12 in 2025, well before 2027", () => {
    expect(row(sheet, 2024).slice(1, 6)).toEqual([-12, 0, 12, 2027, "nej"]);
    const y2025 = row(sheet, 2025).slice(1, 5);
    expect(y2025[1]).toBe(12);
    expect(y2025[2]).toBe(0);
    expect(y2025[3]).toBe("");
  });
});
