import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inkomstutjamning, uppraknatSkatteunderlag } from "@kommunkalkyl/calc-core";
import { ROOT } from "../helpers";

function read(file: string, header: string): string[][] {
  const [head, ...lines] = readFileSync(join(ROOT, "samples", "data", file), "utf8")
    .trim()
    .split("\n");
  expect(head).toBe(header);
  return lines.map((l) => l.split(","));
}

describe("the uplift factors fixed by the government (samples/data/upprakningsfaktorer.csv)", () => {
  const rows = read("upprakningsfaktorer.csv", "budgetar,inkomstar,faktor,sfs,utfardad,kalla");
  const factor = (sfs: string, year: number): number =>
    Number(rows.find((r) => r[3] === sfs && Number(r[1]) === year)![2]);

  it("has SFS 2017:899's factors as the issue quotes them: 1,048 for 2017 and 1,034 for 2018", () => {
    expect([factor("2017:899", 2017), factor("2017:899", 2018)]).toEqual([1.048, 1.034]);
    // 1,048 × 1,034 = 1,083632, so 2 087 172 becomes 2 261 726,368704
    expect(uppraknatSkatteunderlag(2087172, [factor("2017:899", 2017), factor("2017:899", 2018)])).toBe(
      2261726.368704,
    );
  });

  it("gives two factors per SFS, for the year before the budget year and the budget year itself", () => {
    const bySfs = new Map<string, string[][]>();
    for (const r of rows) bySfs.set(r[3]!, [...(bySfs.get(r[3]!) ?? []), r]);
    for (const [, pair] of bySfs) {
      expect(pair.map((r) => Number(r[1]))).toEqual([Number(pair[0]![0]) - 1, Number(pair[0]![0])]);
    }
  });

  it("names an SFS number and a source for every row, and every factor is one calc-core accepts", () => {
    for (const r of rows) {
      expect(r[3]).toMatch(/^\d{4}:\d+$/);
      expect(r[5]).toMatch(/^https?:\/\//);
      expect(Number(r[0])).toBeGreaterThanOrEqual(2015);
      expect(() => uppraknatSkatteunderlag(100, [Number(r[2])])).not.toThrow();
    }
  });
});

describe("the county rates of förordning (2004:881) (samples/data/lansvisa-skattesatser.csv)", () => {
  const rows = read(
    "lansvisa-skattesatser.csv",
    "sfs,utfardad,paragraf,slag,lan,kommuner,region,kalla,galler_2025",
  );
  const rate = (sfs: string, slag: string, lan: string): number =>
    Number(rows.find((r) => r[0] === sfs && r[3] === slag && r[4] === lan)![5]);

  it("has the issue's rates for municipalities: Västra Götaland 19,41 and Stockholm 19,05", () => {
    expect(rate("2019:797", "bidrag", "Västra Götalands")).toBe(19.41);
    expect(rate("2019:797", "bidrag", "Stockholms")).toBe(19.05);
  });

  it("lists all 20 counties for the grant in SFS 2019:797 and 2015:1011", () => {
    for (const sfs of ["2019:797", "2015:1011"]) {
      const counties = rows.filter((r) => r[0] === sfs && r[3] === "bidrag" && !r[4]!.startsWith("kommun"));
      expect(counties).toHaveLength(20);
    }
  });

  it("charges at a lower county rate than it grants (85 % against 95 % of the 2003 average)", () => {
    expect(rate("2015:1011", "avgift", "Stockholms")).toBe(16.98);
    for (const r of rows.filter((x) => x[3] === "avgift")) {
      expect(Number(r[5])).toBeLessThan(rate("2015:1011", "bidrag", r[4]!));
    }
  });

  it("names an SFS, a paragraph and a source for every row, and every rate is one calc-core accepts", () => {
    for (const r of rows) {
      expect(r[0]).toMatch(/^\d{4}:\d+/);
      expect(["2 §", "3 §"]).toContain(r[2]);
      expect(r[2] === "2 §" ? "bidrag" : "avgift").toBe(r[3]);
      expect(r[7]).toMatch(/^https?:\/\//);
      expect(() => inkomstutjamning(200000, 250000, 1000, Number(r[5]))).not.toThrow();
    }
  });
});

describe("the data rows against the texts of their SFS, read again for the review", () => {
  const factors = read("upprakningsfaktorer.csv", "budgetar,inkomstar,faktor,sfs,utfardad,kalla");
  const rates = read(
    "lansvisa-skattesatser.csv",
    "sfs,utfardad,paragraf,slag,lan,kommuner,region,kalla,galler_2025",
  );

  it.each([
    // SFS, income years and factors as each förordning om uppräkningsfaktorer prints them
    ["2014:1308", [2014, 1.033], [2015, 1.046]],
    ["2015:574", [2015, 1.05], [2016, 1.053]],
    ["2020:813", [2020, 1.02], [2021, 1.022]],
    ["2021:867", [2021, 1.043], [2022, 1.038]],
    ["2022:1422", [2022, 1.048], [2023, 1.047]],
    ["2024:669", [2024, 1.031], [2025, 1.045]],
  ] as const)("SFS %s: %j and %j", (sfs, first, second) => {
    const rows = factors.filter((r) => r[3] === sfs).map((r) => [Number(r[1]), Number(r[2])]);
    expect(rows).toEqual([first, second]);
  });

  it("SFS 2015:1011 2 § and 3 § as Karnov prints them: the grant rates that later changed, the first charge rates", () => {
    const row = (slag: string, lan: string) =>
      rates
        .find((r) => r[0] === "2015:1011" && r[3] === slag && r[4] === lan)!
        .slice(5, 7)
        .map(Number);
    expect(row("bidrag", "Södermanlands")).toEqual([19.93, 9.15]);
    expect(row("bidrag", "Blekinge")).toEqual([19.56, 9.52]);
    expect(row("bidrag", "Värmlands")).toEqual([20.45, 8.63]);
    expect(row("bidrag", "Dalarnas")).toEqual([19.99, 9.09]);
    expect(row("avgift", "Stockholms")).toEqual([16.98, 9.51]);
    expect(row("avgift", "Uppsala")).toEqual([17.07, 9.42]);
    expect(row("avgift", "Södermanlands")).toEqual([17.86, 8.63]);
  });

  it("SFS 2019:797 and the text as amended by 2023:683 differ for Dalarna: 19,52 then 19,51", () => {
    const dalarna = rates
      .filter((r) => r[3] === "bidrag" && r[4] === "Dalarnas")
      .map((r) => [r[0], Number(r[5])]);
    expect(dalarna).toEqual([
      ["2015:1011", 19.99],
      ["2019:797", 19.52],
      ["2004:881 i lydelse enligt 2023:683", 19.51],
    ]);
  });
});

describe("which county rates are in force for 2025 (column galler_2025)", () => {
  const rates = read(
    "lansvisa-skattesatser.csv",
    "sfs,utfardad,paragraf,slag,lan,kommuner,region,kalla,galler_2025",
  );

  it("marks every row ja, nej or oklart, and no two rows in force disagree for a county", () => {
    const inForce = new Map<string, string>();
    for (const r of rates) {
      expect(["ja", "nej", "oklart"]).toContain(r[8]);
      if (r[8] !== "ja") continue;
      const key = `${r[3]} ${r[4]}`;
      const value = `${r[5]} ${r[6]}`;
      expect(inForce.get(key) ?? value).toBe(value);
      inForce.set(key, value);
    }
  });

  it("takes Dalarna's swap from the text as amended by 2023:683 (19,51 and 9,57), not SFS 2019:797", () => {
    const dalarna = rates.filter((r) => r[3] === "bidrag" && r[4] === "Dalarnas").map((r) => [r[0], r[8]]);
    expect(dalarna).toEqual([
      ["2015:1011", "nej"],
      ["2019:797", "nej"],
      ["2004:881 i lydelse enligt 2023:683", "ja"],
    ]);
  });

  it("does not pass off SFS 2015:1011's charge rates as current: 3 § was reworded by SFS 2019:797", () => {
    const charges = rates.filter((r) => r[2] === "3 §");
    expect(charges.length).toBeGreaterThan(0);
    for (const r of charges) expect([r[0], r[8]]).toEqual(["2015:1011", "nej"]);
  });
});
