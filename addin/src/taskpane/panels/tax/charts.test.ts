import { chartUnit, gapChart } from "./charts";

describe("the tax panel's charts: distinct, readable ticks for any size of gap", () => {
  it("a gap of 25 mnkr is drawn in mnkr", () => {
    expect(chartUnit([25, 0, 25], "mnkr")).toEqual({ unit: "mnkr", factor: 1 });
  });

  it("25 kr typed in an mnkr panel (0,000025 mnkr) is drawn as 25 kr, not on ticks '0 mnkr 0 mnkr'", () => {
    // 0,000025 mnkr = 0,025 tkr (below 1) = 25 kr: the first unit in which the largest amount is at least 1
    const scale = chartUnit([0.000025, 0, 0.000025], "mnkr");
    expect(scale).toEqual({ unit: "kr", factor: 1_000_000 });
    const r = { atgarderSumma: 0, kvarvarandeGap: 0.000025, skattehojning: 0, skattehojningEfterAtgarder: 0 };
    const data = gapChart(0.000025, r as never, scale, "sv").data.datasets[0]!.data as number[];
    expect(data.map((x) => Math.round(x * 1e6) / 1e6)).toEqual([25, 0, 25]);
  });

  it("0,5 mnkr is drawn as 500 tkr; a gap in tkr panels never goes to a larger unit", () => {
    expect(chartUnit([0.5, 0.2, 0.3], "mnkr")).toEqual({ unit: "tkr", factor: 1000 });
    expect(chartUnit([0.3], "tkr")).toEqual({ unit: "kr", factor: 1000 });
    // 2 000 000 tkr stays in tkr (the panel's unit) though it is 2 000 mnkr
    expect(chartUnit([2_000_000], "tkr")).toEqual({ unit: "tkr", factor: 1 });
    // below 1 kr there is no smaller unit: kr, with two decimals on the ticks
    expect(chartUnit([0.4], "kr")).toEqual({ unit: "kr", factor: 1 });
  });
});
