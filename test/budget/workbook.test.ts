import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DetailedCellError, type CellValue } from "hyperformula";
import {
  budgetMarks,
  buildBudgetWorkbook,
  BUDGET_KPIS,
  BUDGET_SHEETS,
} from "../../addin/src/budget/workbook";
import { exempelBudgetData } from "../../addin/src/budget/workbookFixture";
import type { BudgetData } from "../../addin/src/budget/types";
import {
  computeWorkbook,
  writeWorkbook,
  type CellSpec,
  type WorkbookSpec,
} from "../../addin/src/samples/model";
import { kommunkalkyl } from "../helpers";

// The data are the SYNTHETIC Exempelkommun of addin/src/budget/workbookFixture.ts (invented round numbers,
// not Kolada's), budget year 2027, every figure of 2025:
//   20 000 inhabitants (no change in the five-year projection), tax rate 22, tax capacity 200 000 kr/inv
//   (the country 250 000), finance net +250 kr/inv, net cost of the activities 65 000 kr/inv.
//   Uplift factors: income year 2025 1.045 (SFS 2024:669); 2026–2029 1 + SKR growth 4 % (synthetic).
//   PKV 3 % a year (synthetic); county rate 20.00 (synthetic); final settlement 2027 −100 kr/inv (synthetic).
//
// By hand, budget year 2027:
//   tax base of income year 2024 (Kolada's tax capacity of 2025 is income year 2024):
//     200 000 × 20 000 / 1e6 = 4 000 mnkr; income year 2025: 4 000 × 1.045 = 4 180 mnkr
//   uplifted tax base 2027 = 4 180 × 1.04 × 1.04 = 4 521.088 mnkr
//   tax revenue = 4 521.088 × 22 / 100 = 994.63936
//   income equalisation: the country's capacity uplifted = 250 000 × 1.045 × 1.04² = 282 568 kr/inv,
//     our own = 4 521.088e6 / 20 000 = 226 054.4 kr/inv;
//     (1.15 × 282 568 − 226 054.4) × 20 000 × 20 / 100 = 98 898.8 × 4 000 = 395 595 200 kr = 395.5952 mnkr
//   final settlement = −100 × 20 000 = −2 mnkr
//   other grants and charges: (1 000 + 0 − 500 − 250) kr/inv × 20 000 = 5 mnkr
//   taxes and grants = 994.63936 − 2 + 395.5952 + 5 = 1 393.23456 mnkr
//   finance net = 250 × 20 000 / 1e6 = 5 mnkr
//   result requirement = 2 % × 1 393.23456 = 27.8646912
//   net-cost frame = 1 393.23456 + 5 − 27.8646912 = 1 370.3698688
//   net costs = 65 000 × 20 000 / 1e6 × 1.03² = 1 300 × 1.0609 = 1 379.17 (no demographic change)
//   budget gap = 1 379.17 − 1 370.3698688 = 8.8001312

type Values = Record<string, CellValue[][]>;

function at(values: Values, ref: string): CellValue {
  const [sheet, a1] = ref.replace(/\$/g, "").split("!") as [string, string];
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return values[sheet]![Number(m[2]) - 1]![m[1]!.charCodeAt(0) - 65] ?? null;
}

function named(spec: WorkbookSpec, values: Values, name: string): CellValue {
  return at(values, spec.names![name]!);
}

function errors(values: Values): string[] {
  const out: string[] = [];
  for (const [sheet, rows] of Object.entries(values)) {
    rows.forEach((row, r) =>
      row.forEach((c, i) => {
        if (c instanceof DetailedCellError)
          out.push(`${sheet}!${String.fromCharCode(65 + i)}${r + 1}: ${c.value}`);
      }),
    );
  }
  return out;
}

/** The spec's cell behind a defined name. */
function specCell(spec: WorkbookSpec, name: string): CellSpec {
  const [sheet, a1] = spec.names![name]!.replace(/\$/g, "").split("!") as [string, string];
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const c = spec.sheets.find((s) => s.name === sheet)!.rows[Number(m[2])]![m[1]!.charCodeAt(0) - 65];
  return typeof c === "object" && c !== null ? c : { v: c ?? null };
}

function withInput(spec: WorkbookSpec, name: string, v: number): WorkbookSpec {
  const copy = structuredClone(spec);
  const c = specCell(copy, name);
  c.v = v;
  const [sheet, a1] = copy.names![name]!.replace(/\$/g, "").split("!") as [string, string];
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  copy.sheets.find((s) => s.name === sheet)!.rows[Number(m[2])]![m[1]!.charCodeAt(0) - 65] = c;
  return copy;
}

describe("buildBudgetWorkbook (synthetic Exempelkommun, budget year 2027)", () => {
  const spec = buildBudgetWorkbook(exempelBudgetData());
  const values = computeWorkbook(spec);

  it("does what its TSDoc example says", () => {
    expect(spec.names!.Skattesats).toBe("Förutsättningar!$B$25");
    expect(at(values, spec.names!.Skattesats!)).toBe(22);
    expect(values["Resultatbudget"]![11]![1] as number).toBeCloseTo(8.8001312, 9);
  });

  it("has the seven sheets of API.md §12 in order", () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([...BUDGET_SHEETS]);
    expect(BUDGET_SHEETS).toEqual([
      "Förutsättningar",
      "Skatter och bidrag",
      "Resultatbudget",
      "Driftbudget",
      "Jämförelse",
      "Nyckeltal",
      "Källor",
    ]);
  });

  it("computes with no error cell", () => {
    expect(errors(values)).toEqual([]);
  });

  it("names the eleven key cells, each one cell", () => {
    expect(Object.keys(spec.names!).sort()).toEqual(
      [
        "Budgetar",
        "Budgetgap",
        "Finansnetto",
        "Invanare",
        "Kommunkod",
        "Nettokostnader",
        "Nettokostnadsram",
        "Resultatkrav",
        "Skatteunderlag",
        "SkatterOchBidrag",
        "Skattesats",
      ].sort(),
    );
    for (const ref of Object.values(spec.names!)) expect(ref).toMatch(/^[^!]+!\$[A-Z]+\$\d+$/);
  });

  it("holds the code as text, the budget year, and the fetched population and tax rate in input cells", () => {
    expect(named(spec, values, "Kommunkod")).toBe("9901");
    expect(named(spec, values, "Budgetar")).toBe(2027);
    expect(named(spec, values, "Invanare")).toBe(20000);
    expect(named(spec, values, "Skattesats")).toBe(22);
    expect(specCell(spec, "Invanare")).toMatchObject({ v: 20000, input: true });
    expect(specCell(spec, "Skattesats")).toMatchObject({ v: 22, input: true });
  });

  it("gives the hand-calculated tax base, taxes and grants and finance net (see the head of this file)", () => {
    expect(named(spec, values, "Skatteunderlag") as number).toBeCloseTo(4521.088, 9);
    expect(named(spec, values, "SkatterOchBidrag") as number).toBeCloseTo(1393.23456, 9);
    expect(named(spec, values, "Finansnetto") as number).toBeCloseTo(5, 9);
    expect(named(spec, values, "Nettokostnader") as number).toBeCloseTo(1379.17, 9);
  });

  it("satisfies the three identities of API.md §12 with the hand-calculated numbers", () => {
    const sob = named(spec, values, "SkatterOchBidrag") as number;
    const fn = named(spec, values, "Finansnetto") as number;
    const krav = named(spec, values, "Resultatkrav") as number;
    const ram = named(spec, values, "Nettokostnadsram") as number;
    const nk = named(spec, values, "Nettokostnader") as number;
    const gap = named(spec, values, "Budgetgap") as number;
    expect(krav).toBeCloseTo(0.02 * sob, 9);
    expect(ram).toBeCloseTo(sob + fn - krav, 9);
    expect(gap).toBeCloseTo(nk - ram, 9);
    // 2 % × 1 393.23456; 1 393.23456 + 5 − 27.8646912; 1 379.17 − 1 370.3698688
    expect(krav).toBeCloseTo(27.8646912, 9);
    expect(ram).toBeCloseTo(1370.3698688, 9);
    expect(gap).toBeCloseTo(8.8001312, 9);
  });

  it("raising Skattesats by one krona raises SkatterOchBidrag by the uplifted tax base / 100", () => {
    const raised = withInput(spec, "Skattesats", 23);
    const after = computeWorkbook(raised);
    const before = named(spec, values, "SkatterOchBidrag") as number;
    // 4 521.088 / 100 = 45.21088: the income equalisation does not depend on the municipality's own rate
    expect((named(raised, after, "SkatterOchBidrag") as number) - before).toBeCloseTo(45.21088, 9);
    expect(errors(after)).toEqual([]);
  });

  it("changing the population recomputes every amount that is kr/inv × inhabitants", () => {
    const more = withInput(spec, "Invanare", 25000);
    const after = computeWorkbook(more);
    // finance net 250 kr/inv × 25 000 = 6.25 mnkr
    expect(named(more, after, "Finansnetto") as number).toBeCloseTo(6.25, 9);
    // the taxes-and-grants sheet counts 25 000 inhabitants in the budget year
    expect(after["Skatter och bidrag"]![4]![1]).toBe(25000);
    // final settlement −100 kr/inv × 25 000 = −2.5 mnkr
    expect(after["Skatter och bidrag"]![20]![1] as number).toBeCloseTo(-2.5, 9);
  });

  it("allocates the budget gap over the activities, summing to the gap", () => {
    const drift = values["Driftbudget"]!;
    const head = drift.findIndex((r) => String(r[0]).startsWith("Budgetgapet fördelat"));
    const parts = drift.slice(head + 1, head + 9).map((r) => r[2] as number);
    // unrounded: the parts sum to the gap 8.8001312 exactly
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(8.8001312, 9);
    // Förskola 180 × 1.0609 = 190.962 of 1 379.17: 8.8001312 × 190.962 / 1 379.17 = 1.2184782…
    expect(parts[0]).toBeCloseTo((8.8001312 * 190.962) / 1379.17, 9);
    // so the frames after the gap sum to the net-cost frame 1 370.3698688 of Resultatbudget
    const sum = drift.find((r) => String(r[0]).startsWith("Summa (= nettokostnadsramen)"))!;
    expect(sum[2] as number).toBeCloseTo(1370.3698688, 9);
  });

  it("lists every fetched figure on Källor and says Källa: Kolada", () => {
    const kallor = values["Källor"]!;
    const ids = new Set(kallor.map((r) => r[0]));
    for (const k of BUDGET_KPIS) expect(ids.has(k.id)).toBe(true);
    expect(kallor.some((r) => r.includes("Källa: Kolada"))).toBe(true);
    expect(kallor.some((r) => String(r[0]).startsWith("Härledda av Kommunkalkyl"))).toBe(true);
    // the peer without a value is listed as missing
    expect(kallor.some((r) => r[2] === "9905" && r[4] === "saknas")).toBe(true);
  });

  it("has the sensitivity row own tax base +1 % with the country unchanged: the tax less the county rate's share", () => {
    const rows = values["Resultatbudget"]!;
    const own = rows.find((r) => r[0] === "Eget skatteunderlag")!;
    expect(own[1]).toBe("+1 % (riket oförändrat)");
    // below 115 %: 1 % × 4 521.088 mnkr × (22 − 20) / 100 = 904 217.6 kr (lag (2004:773) 5 §: the grant
    // shrinks by 1 % × base × county rate 20 / 100, the tax grows by 1 % × base × 22 / 100)
    expect(own[2] as number).toBeCloseTo(904217.6, 3);
    const national = rows.find((r) => r[0] === "Skatteunderlag i riket")!;
    // 1 % × (994.63936 + 395.5952) mnkr = 13 902 345.6 kr
    expect(national[2] as number).toBeCloseTo(13902345.6, 3);
  });

  it("leaves the own tax base row out above 115 % and says why", () => {
    const data = exempelBudgetData();
    data.figurer["N00903"] = { ...data.figurer["N00903"]!, varde: 300000 };
    const v = computeWorkbook(buildBudgetWorkbook(data));
    expect(errors(v)).toEqual([]);
    const rows = v["Resultatbudget"]!;
    expect(rows.some((r) => r[0] === "Eget skatteunderlag")).toBe(false);
    expect(
      rows.some((r) =>
        String(r[0]).startsWith("Raden eget skatteunderlag saknas: kommunens skattekraft är över 115 %"),
      ),
    ).toBe(true);
  });

  it("shows on Jämförelse the year of each value per KPI, the group's name and id, and says when years differ", () => {
    const data = exempelBudgetData();
    const peer = Object.keys(data.jamforelse).find((k) => k !== "0000" && data.jamforelse[k]!["N00097"])!;
    data.jamforelse[peer]!["N00097"] = { ...data.jamforelse[peer]!["N00097"]!, ar: 2024 };
    const j = computeWorkbook(buildBudgetWorkbook(data))["Jämförelse"]!;
    expect(j[3]!.slice(0, 8)).toEqual([
      "Kommun",
      "Kod",
      "Nettokostnad (kr/inv)",
      "År",
      "Nettokostnadsavvikelse (%)",
      "År",
      "Skattekraft (kr/inv)",
      "År",
    ]);
    const row = j.find((r) => r[1] === peer)!;
    expect(row[3]).toBe(2025);
    expect(row[5]).toBe(2024);
    expect(String(j[2]![0])).toBe(
      "OBS: åren skiljer sig mellan raderna (nettokostnadsavvikelse 2024, 2025): varje värde står med det år det avser, det senaste Kolada har.",
    );
    expect(String(j[1]![0])).toMatch(
      /^Jämförelsegrupp: .+ \(Kolada-id \S+, \d+ kommuner\)\. Källa: Kolada\.$/,
    );
  });

  it("shows the efficiency potential against the peer group's lower quartile", () => {
    const j = values["Jämförelse"]!;
    const pot = j.find((r) => String(r[0]).startsWith("Nettokostnad per invånare över"))!;
    // peers 60 000, 62 000, 68 000: PERCENTILE.INC at 25 % = 60 000 + 0.5 × 2 000 = 61 000;
    // (65 000 − 61 000) × 20 000 = 80 000 000 kr = 80 mnkr
    expect(pot[1] as number).toBeCloseTo(80, 9);
  });
});

describe("buildBudgetWorkbook with figures missing", () => {
  function without(ids: string[]): BudgetData {
    const data = exempelBudgetData();
    for (const id of ids) {
      data.figurer[id] = { ...data.figurer[id]!, varde: null };
      data.saknas.push({ kpi: id, title: data.figurer[id].title, skal: "Kolada har inget värde (test)" });
    }
    delete data.jamforelse["0000"];
    data.tabeller = data.tabeller.filter((t) => t.kpi === "upprakningsfaktor");
    delete data.jamforelsegrupp;
    return data;
  }

  it("still computes with no error cell, and marks each missing figure 'fyll i'", () => {
    const gone = ["N02907", "N03108", "N11004", "N00903", "N01957", "N03132", "N00097"];
    const spec = buildBudgetWorkbook(without(gone));
    const values = computeWorkbook(spec);
    expect(errors(values)).toEqual([]);
    const forut = values["Förutsättningar"]!;
    for (const id of gone) {
      const row = forut.find((r) => r[4] === id)!;
      expect(row[1]).toBe(0);
      expect(String(row[7])).toMatch(/^fyll i/);
    }
    // with no finance net the frame is taxes and grants less the requirement
    expect(named(spec, values, "Finansnetto")).toBe(0);
    // no net investments: no self-financing ratio (not 0 %), and the source says the figure is missing
    const nyckeltal = values["Nyckeltal"]!;
    const investments = nyckeltal.find((r) => r[0] === "Nettoinvesteringar (mnkr)")!;
    expect(investments[2]).toBe(
      "Kolada N03132 × invånare: fyll i: saknas (räknas som 0 tills det fylls i i Förutsättningar)",
    );
    const ratio = nyckeltal.find((r) => r[0] === "Självfinansieringsgrad av investeringar")!;
    expect(ratio[1]).toBe("fyll i: saknas");
  });

  it("with no total net cost (N03067) the rest is 0 and says so, not minus the activities; the net costs are the activities'", () => {
    const spec = buildBudgetWorkbook(without(["N03067"]));
    const values = computeWorkbook(spec);
    expect(errors(values)).toEqual([]);
    const drift = values["Driftbudget"]!;
    const rest = drift.find((r) => String(r[0]).startsWith("Övrig verksamhet"))!;
    expect(rest[0]).toBe(
      "Övrig verksamhet (N03067 totalt, fyll i: saknas i Kolada; räknas som 0 tills det fylls i i Förutsättningar)",
    );
    expect(rest[1]).toBe(0);
    // the seven activities' outcomes, each kr/inv × 20 000 / 1e6, are what is left: positive, not 0
    const total = drift.find((r) => r[0] === "Summa nettokostnader")!;
    const activities = drift.slice(4, 11).reduce((sum, r) => sum + (r[1] as number), 0);
    expect(activities).toBeGreaterThan(0);
    expect(total[1] as number).toBeCloseTo(activities, 9);
  });

  it("takes the net costs of Resultatbudget from the income statement (N03011), the difference shown on Driftbudget", () => {
    // N03011 66 000 against N03067 65 000 kr/inv: (66 000 − 65 000) × 20 000 / 1e6 = 20 mnkr in 2025, uplifted
    // to 2027 like the rest (PKV 1.03² = 1.0609, the population unchanged): 21.218 mnkr; the net costs
    // 1 379.17 + 21.218 = 1 400.388 mnkr, the activities' frame after the gap unchanged by the difference
    const data = exempelBudgetData();
    data.figurer["N03011"] = { ...data.figurer["N03011"]!, varde: 66000 };
    const spec = buildBudgetWorkbook(data);
    const values = computeWorkbook(spec);
    expect(errors(values)).toEqual([]);
    const drift = values["Driftbudget"]!;
    const diff = drift.find((r) => String(r[0]).startsWith("Skillnad mot resultaträkningen (avskrivningar"))!;
    expect(diff[0]).toBe(
      "Skillnad mot resultaträkningen (avskrivningar, interna poster m.m.): N03011 − N03067 år 2025",
    );
    expect(diff[1] as number).toBeCloseTo(20, 9);
    expect(diff[2] as number).toBeCloseTo(21.218, 9);
    expect(named(spec, values, "Nettokostnader") as number).toBeCloseTo(1400.388, 9);
    const ram = named(spec, values, "Nettokostnadsram") as number;
    expect(named(spec, values, "Budgetgap") as number).toBeCloseTo(1400.388 - ram, 9);
    // the frames after the gap still sum to the net-cost frame, the difference kept as it is
    const sum = drift.find((r) => String(r[0]).startsWith("Summa (= nettokostnadsramen)"))!;
    expect(sum[2] as number).toBeCloseTo(ram, 9);
    expect(
      drift.find((r) => r[0] === "Skillnad mot resultaträkningen (oförändrad)")![2] as number,
    ).toBeCloseTo(21.218, 9);
  });

  it("with no income-statement net cost (N03011) the difference is 0, marked 'fyll i' and listed", () => {
    const spec = buildBudgetWorkbook(without(["N03011"]));
    const values = computeWorkbook(spec);
    expect(errors(values)).toEqual([]);
    const diff = values["Driftbudget"]!.find((r) =>
      String(r[0]).startsWith("Skillnad mot resultaträkningen ("),
    )!;
    expect(diff[0]).toBe(
      "Skillnad mot resultaträkningen (N03011, fyll i: saknas i Kolada; räknas som 0 tills det fylls i)",
    );
    expect(diff[1]).toBe(0);
    expect(
      budgetMarks(spec).some(
        (m) => m.kind === "fyll i" && m.cell.startsWith("Driftbudget!A") && m.text.includes("N03011"),
      ),
    ).toBe(true);
    // the net costs are then the activities' alone: 65 000 × 20 000 / 1e6 = 1 300 mnkr (no PKV table here, so
    // no uplift: `without` keeps only the uplift factors)
    expect(named(spec, values, "Nettokostnader") as number).toBeCloseTo(1300, 9);
  });

  it("with no tax capacity the income equalisation falls back to Kolada's outcome, and says so as an assumption", () => {
    const spec = buildBudgetWorkbook(without(["N00903"]));
    const values = computeWorkbook(spec);
    expect(errors(values)).toEqual([]);
    const mark = budgetMarks(spec).find((m) => m.cell === "Skatter och bidrag!A19")!;
    // listed as something to fill in (the text asks for the missing capacity) and names the assumption
    expect(mark.kind).toBe("fyll i");
    expect(mark.text).toMatch(
      /^Koladas utfall \d{4}: N00011 i kr\/inv × invånare, oförändrat per invånare \(antagande\)/,
    );
  });

  it("marks a missing grant 'fyll i' beside its 0 and on Skatter och bidrag (no year claimed), and lists every mark", () => {
    const spec = buildBudgetWorkbook(without(["N03064"]));
    const values = computeWorkbook(spec);
    expect(errors(values)).toEqual([]);
    const lss = values["Förutsättningar"]!.find((r) => r[4] === "N03064")!;
    // the yellow 0, "fyll i" in the year column beside it, and the reason in the remark
    expect(lss[1]).toBe(0);
    expect(lss[3]).toBe("fyll i");
    expect(String(lss[7])).toBe("fyll i: saknas (Kolada har inget värde (test))");
    const row = values["Skatter och bidrag"]!.find((r) => String(r[0]).startsWith("LSS-utjämning"))!;
    expect(row[0]).toBe(
      "LSS-utjämning (N03064, fyll i: saknas i Kolada; räknas som 0 tills det fylls i i Förutsättningar)",
    );
    const marks = budgetMarks(spec);
    expect(marks).toContainEqual({
      cell: "Förutsättningar!H34",
      kind: "fyll i",
      text: "fyll i: saknas (Kolada har inget värde (test))",
    });
    expect(marks.some((m) => m.cell === "Skatter och bidrag!A27" && m.kind === "fyll i")).toBe(true);
    // the result goal is an assumption; the kept kr/inv of the finance net too
    expect(marks.some((m) => m.kind === "antagande" && m.text.startsWith("antagande: 2 % är"))).toBe(true);
    expect(marks.some((m) => m.cell === "Resultatbudget!A6" && m.kind === "antagande")).toBe(true);
    // every text cell (Källor aside) that says "fyll i" or "antagande" is listed
    for (const sheet of spec.sheets.filter((x) => x.name !== "Källor")) {
      for (const cells of Object.values(sheet.rows)) {
        for (const c of cells) {
          const v = c !== null && typeof c === "object" ? c.v : c;
          if (typeof v !== "string" || v.startsWith("=") || v === "fyll i" || / ↓$/.test(v)) continue;
          if (/fyll i|\bantagande\b/i.test(v)) expect(marks.map((m) => m.text)).toContain(v);
        }
      }
    }
  });

  it("with nothing from Kolada at all, still computes with no error cell: every figure a 'fyll i'", () => {
    const data = exempelBudgetData();
    data.figurer = {};
    data.jamforelse = {};
    delete data.jamforelsegrupp;
    const spec = buildBudgetWorkbook(data);
    const values = computeWorkbook(spec);
    expect(errors(values)).toEqual([]);
    expect(named(spec, values, "Invanare")).toBe(0);
    expect(named(spec, values, "Skattesats")).toBe(0);
    const forut = values["Förutsättningar"]!;
    expect(forut.filter((r) => String(r[7]).startsWith("fyll i")).length).toBe(BUDGET_KPIS.length);
    // no label claims a Kolada year for a figure Kolada did not give
    const finans = values["Resultatbudget"]!.find((r) => String(r[0]).startsWith("Finansnetto"))!;
    expect(finans[0]).toBe(
      "Finansnetto (N03108, fyll i: saknas i Kolada; räknas som 0 tills det fylls i i Förutsättningar)",
    );
    const skatt = values["Skatter och bidrag"]!;
    const used = skatt.find((r) => String(r[0]).startsWith("Räknat med"))!;
    expect(used.slice(1, 4)).toEqual(["fyll i: saknas", "fyll i: saknas", "fyll i: saknas"]);
    expect(skatt.flat().filter((v) => String(v).includes("Koladas utfall"))).toEqual([]);
    // with taxes and grants 0 no verdict on the result goal: not "ok" from zeros
    const verdict = values["Resultatbudget"]!.find((r) => r[0] === "Resultat mot resultatmålet")!;
    expect(verdict.slice(1, 4)).toEqual(["fyll i: saknas", "fyll i: saknas", "fyll i: saknas"]);
  });

  it("uses the latest official factor as a marked assumption when no SKR growth is bundled", () => {
    const spec = buildBudgetWorkbook(without([]));
    const forut = spec.sheets[0]!.rows;
    const row2028 = Object.values(forut).find(
      (r) => typeof r[0] === "object" && r[0] !== null && (r[0] as CellSpec).v === 2028,
    )!;
    // 1.045, income year 2025 (SFS 2024:669), the latest official factor
    expect((row2028[1] as CellSpec).v).toBe(1.045);
    // the narrow column beside it says so; the full text is listed below the table
    expect(row2028[2]).toBe("antagande ↓");
    const listed = Object.values(forut).find(
      (r) => typeof r[0] === "string" && r[0].startsWith("2028, uppräkningsfaktor: "),
    )!;
    expect(String(listed[0])).toMatch(
      /^2028, uppräkningsfaktor: antagande: ersätt med SKR:s senaste prognos/,
    );
    expect(errors(computeWorkbook(spec))).toEqual([]);
  });

  it("above 115 % of the average capacity: Kolada's outcome until the charge rate is filled in, then the law's charge", () => {
    const data = exempelBudgetData();
    // 300 000 kr/inv against the country's 250 000: 120 %
    data.figurer["N00903"] = { ...data.figurer["N00903"]!, varde: 300000 };
    const spec = buildBudgetWorkbook(data);
    const values = computeWorkbook(spec);
    expect(errors(values)).toEqual([]);
    const tax = values["Skatter och bidrag"]!;
    // no charge rate: N00011 18 000 kr/inv × 20 000 = 360 mnkr, marked as Kolada's outcome
    expect(tax[16]![1] as number).toBeCloseTo(360, 9);
    expect(tax[17]![1]).toBe("Koladas utfall 2025");
    expect(String(tax[18]![0])).toMatch(
      /^Koladas utfall 2025: N00011 i kr\/inv × invånare, oförändrat per invånare \(antagande\)/,
    );

    data.tabeller.push({
      ...data.tabeller.find((x) => x.kpi === "lansskattesats")!,
      kpi: "lansskattesats-avgift",
      varde: 16.98,
    });
    const charged = buildBudgetWorkbook(data);
    const after = computeWorkbook(charged);
    expect(errors(after)).toEqual([]);
    // own: 300 000 × 20 000 / 1e6 = 6 000 mnkr (2024) × 1.045 × 1.04² = 6 781.632 mnkr → 339 081.6 kr/inv;
    // 1.15 × 282 568 = 324 953.2; (339 081.6 − 324 953.2) × 20 000 × 16.98 / 100 = 47 980 046.4 kr: a charge
    expect(after["Skatter och bidrag"]![16]![1] as number).toBeCloseTo(-47.9800464, 6);
    expect(after["Skatter och bidrag"]![17]![0]).toBe("Räknat med (lag (2004:773) 4–6 §§)");
    expect(after["Skatter och bidrag"]![17]![1]).toBe("KOMMUN.INKOMSTUTJÄMNING");
  });

  it("takes SKR's growth in percent (4 → 4 %) and as a share (0.04) alike", () => {
    const data = exempelBudgetData();
    data.tabeller = data.tabeller.map((x) =>
      x.kpi === "skr-skatteunderlag" ? { ...x, varde: 0.04, enhet: "andel" } : x,
    );
    const spec = buildBudgetWorkbook(data);
    // 4 180 × 1.04 × 1.04, as with the fixture's "4 %"
    expect(named(spec, computeWorkbook(spec), "Skatteunderlag") as number).toBeCloseTo(4521.088, 9);
  });

  it("a tax capacity newer than the budget year's base is counted back with the factors", () => {
    const data = exempelBudgetData();
    // Kolada's capacity of 2027 = income year 2026, one year after the base year 2025 of budget year 2027
    data.figurer["N00903"] = { ...data.figurer["N00903"]!, ar: 2027 };
    const spec = buildBudgetWorkbook(data);
    const values = computeWorkbook(spec);
    expect(errors(values)).toEqual([]);
    // 4 000 mnkr of income year 2026: / 1.04 to 2025, then × 1.04 × 1.04 to 2027 = 4 000 × 1.04 = 4 160
    expect(named(spec, values, "Skatteunderlag") as number).toBeCloseTo(4160, 9);
  });

  it("with no peers, says so instead of an efficiency potential", () => {
    const spec = buildBudgetWorkbook(without([]));
    const j = computeWorkbook(spec)["Jämförelse"]!;
    expect(j.some((r) => String(r[0]).startsWith("fyll i: saknas: inga jämförelsekommuner"))).toBe(true);
  });
});

describe("the budget workbook as a file", () => {
  const dir = mkdtempSync(join(tmpdir(), "budget-book-"));
  const path = join(dir, "mal-och-budget-2027-9901.xlsx");

  beforeAll(async () => {
    await writeWorkbook(buildBudgetWorkbook(exempelBudgetData()), path);
  });

  it("carries the eleven names as workbook names", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const names = new Map(
      (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, n.ranges]),
    );
    expect(names.get("Skattesats")).toEqual([expect.stringMatching(/^'?Förutsättningar'?!\$B\$\d+$/)]);
    expect(names.get("SkatterOchBidrag")).toEqual(["Resultatbudget!$B$5"]);
    expect(names.size).toBeGreaterThanOrEqual(11);
  });

  it("is computed by `kommunkalkyl beräkna` with no error cell and the same identities", () => {
    const r = kommunkalkyl(["beräkna", path, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const sheets = JSON.parse(r.stdout) as Record<string, (number | string | null)[][]>;
    // beräkna lists error cells under "[fel]"; none, and no error value anywhere in the sheets
    expect(sheets["[fel]"] ?? []).toEqual([]);
    const flat = Object.values(sheets).flat(2);
    expect(
      flat.filter((v) => typeof v === "string" && /^#(VALUE!|DIV\/0!|N\/A|NUM!|NAME\?|REF!)$/.test(v)),
    ).toEqual([]);
    expect(Object.keys(sheets).filter((k) => k !== "[fel]")).toEqual([...BUDGET_SHEETS]);
    const res = sheets["Resultatbudget"]!;
    // row 5 taxes and grants, row 10 requirement, 11 frame, 12 gap (B = the budget year)
    expect(res[4]![1] as number).toBeCloseTo(1393.23456, 9);
    expect(res[9]![1] as number).toBeCloseTo(27.8646912, 9);
    expect(res[10]![1] as number).toBeCloseTo(1370.3698688, 9);
    expect(res[11]![1] as number).toBeCloseTo(8.8001312, 9);
  });
});

describe("the budget workbook as a reader sees it", () => {
  // Excel cuts a text at its column's edge when the cell to its right holds something; a text
  // with an empty neighbour runs on. Widths are in characters (the model's unit), so a text of
  // n characters needs a width of about n.
  it("cuts no text: every text (typed or computed) with a filled cell to its right fits its column", () => {
    const spec = buildBudgetWorkbook(exempelBudgetData());
    const values = computeWorkbook(spec);
    const cut: string[] = [];
    for (const sheet of spec.sheets) {
      (values[sheet.name] ?? []).forEach((row, r) => {
        row.forEach((v, i) => {
          const next = row[i + 1];
          if (typeof v !== "string" || next === null || next === undefined || next === "") return;
          const width = sheet.widths?.[i] ?? 8.43;
          if (v.length > width)
            cut.push(`${sheet.name}!${String.fromCharCode(65 + i)}${r + 1} (${v.length} > ${width}): ${v}`);
        });
      });
    }
    expect(cut).toEqual([]);
  });
});
