import { errorParts, expectKommunError } from "../__testing__/errors.js";
import { aterstallande } from "./aterstallande.js";
import { balanskravsutredning } from "./balanskravsutredning.js";
import { reserveringsutrymme } from "./reserveringsutrymme.js";

describe("balanskravsutredning", () => {
  it("Malmö 2015: 563 − 23 gains on sales = 540 after adjustments; − 185 to the reserve = 355", () => {
    const r = balanskravsutredning({ resultat: 563, realisationsvinster: 23, reservering: 185 });
    expect(r.resultatEfterJusteringar).toBe(540);
    expect(r.balanskravsresultat).toBe(355);
    expect(r.realisationsvinster).toBe(23);
    expect(r.disposition).toBe(0);
  });

  it("Malmö 2014: −149 − 56 gains = −205; + 12 from the reserve = −193 to restore", () => {
    const r = balanskravsutredning({ resultat: -149, realisationsvinster: 56, disposition: 12 });
    expect([r.resultatEfterJusteringar, r.balanskravsresultat]).toEqual([-205, -193]);
  });

  it("Grästorp 2019 (tkr): 12 043 + 340 added back − 1 000 reserved = 11 383", () => {
    const r = balanskravsutredning({ resultat: 12043, orealiseradeForluster: 340, reservering: 1000 });
    expect(r.resultatEfterJusteringar).toBe(12383);
    expect(r.balanskravsresultat).toBe(11383);
  });

  it("a 2 % result resting on a land sale fails the requirement: 20 − 25 gains = −5", () => {
    expect(balanskravsutredning({ resultat: 20, realisationsvinster: 25 }).balanskravsresultat).toBe(-5);
  });

  it("adds back gains and losses by exception and nets unrealised changes in securities", () => {
    // 100 − 30 + 10 + 4 − 7 + 2 = 79; − 9 + 5 = 75
    const r = balanskravsutredning({
      resultat: 100,
      realisationsvinster: 30,
      realisationsvinsterUndantag: 10,
      realisationsforlusterUndantag: 4,
      orealiseradeVinster: 7,
      orealiseradeForluster: 2,
      reservering: 9,
      disposition: 5,
    });
    expect([r.resultatEfterJusteringar, r.balanskravsresultat]).toEqual([79, 75]);
  });

  it("asks for a positive amount on a line, naming the line", () => {
    expect(errorParts(() => balanskravsutredning({ resultat: 563, realisationsvinster: -23 }))).toEqual([
      "value",
      "Argumentet realisationsvinster är negativt. Skriv beloppet positivt som i balanskravsutredningen; raden anger om det dras av eller läggs till.",
      "Argument realisationsvinster is negative. Write the amount as a positive number, as the table does; the line says whether it is deducted or added.",
      "realisationsvinster",
    ]);
  });

  it("rejects gains by exception larger than all gains", () => {
    expectKommunError(
      () => balanskravsutredning({ resultat: 10, realisationsvinster: 2, realisationsvinsterUndantag: 3 }),
      "value",
      { argument: "realisationsvinsterUndantag", en: /cannot exceed/ },
    );
  });

  it("needs the result and an object", () => {
    expectKommunError(() => balanskravsutredning({} as never), "value", { argument: "resultat" });
    expectKommunError(() => balanskravsutredning(5 as never), "value", { argument: "input" });
  });
});

describe("aterstallande", () => {
  it("restores the oldest deficit first and gives its last year", () => {
    // 2024: −10 (by 2027); 2025: −5 (by 2028); 2026: +12 restores 10 then 2 of 2025's; 2027: +1 restores 1
    const rows = aterstallande([-10, -5, 12, 1], 2024);
    expect(rows.map((r) => [r.ar, r.aterstallt, r.kvarAttAterstalla, r.senastAr])).toEqual([
      [2024, 0, 10, 2027],
      [2025, 0, 15, 2027],
      [2026, 12, 3, 2028],
      [2027, 1, 2, 2028],
    ]);
  });

  it("a surplus with nothing to restore restores nothing", () => {
    expect(aterstallande([5, 0], 2025).map((r) => [r.aterstallt, r.kvarAttAterstalla, r.senastAr])).toEqual([
      [0, 0, null],
      [0, 0, null],
    ]);
  });

  it("a deficit past its three years stays open with its passed deadline", () => {
    const last = aterstallande([-4, 0, 0, 0, 0], 2020).at(-1)!;
    expect([last.ar, last.kvarAttAterstalla, last.senastAr]).toEqual([2024, 4, 2023]);
  });

  it("rejects an empty range and text inside it", () => {
    expectKommunError(() => aterstallande([], 2025), "na", { argument: "balanskravsresultat" });
    expectKommunError(() => aterstallande([1, "x" as never], 2025), "value", {
      argument: "balanskravsresultat",
      en: /position 2/,
    });
    expectKommunError(() => aterstallande([1, 2, 3], 2199), "value", { argument: "startar" });
  });
});

describe("reserveringsutrymme", () => {
  it("the part above 1 % of taxes and grants: 45 − 20 = 25", () => {
    expect(reserveringsutrymme(45, 2000)).toBe(25);
  });

  it("2 % when equity incl. pension obligations is negative: 45 − 40 = 5", () => {
    expect(reserveringsutrymme(45, 2000, true)).toBe(5);
  });

  it("is never negative", () => {
    expect(reserveringsutrymme(15, 2000)).toBe(0);
    expect(reserveringsutrymme(-50, 2000)).toBe(0);
  });

  it("stops at the 5 % ceiling of the resultatreserv: 100 held of 100 allowed leaves 0, 70 held leaves 30", () => {
    expect(reserveringsutrymme(300, 2000, false, 100)).toBe(0);
    expect(reserveringsutrymme(300, 2000, false, 70)).toBe(30);
    expect(reserveringsutrymme(45, 2000, false, 0)).toBe(25);
  });

  it("taxes and grants of 0 (a blank cell) is an error, not the whole result as room", () => {
    expectKommunError(() => reserveringsutrymme(45, 0), "value", { argument: "skatterOchBidrag" });
  });
  it("reads the equity flag as a truth value only", () => {
    expectKommunError(() => reserveringsutrymme(45, 2000, 1 as never), "value", {
      argument: "negativtEgetKapitalInklPension",
    });
  });
});
