import {
  calls,
  cellAddress,
  closestKommunName,
  columnLetters,
  cycleMessage,
  wrongArgumentCount,
} from "./errors";

describe("cell addresses as Excel writes them", () => {
  it("names columns A…Z, AA…, and quotes sheet names that need it", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
    expect(cellAddress("Budget", 6, 1)).toBe("Budget!B7");
    expect(cellAddress("Träffsäkerhet", 0, 0)).toBe("Träffsäkerhet!A1");
    expect(cellAddress("Mål och budget", 0, 0)).toBe("'Mål och budget'!A1");
    expect(cellAddress("Kvinnors 'andel'", 0, 0)).toBe("'Kvinnors ''andel'''!A1");
    expect(cellAddress("2025", 0, 0)).toBe("'2025'!A1");
  });
});

describe("calls: every function call of a formula with its number of arguments", () => {
  it("counts empty arguments, skips separators in text, sheet names and arrays", () => {
    expect(calls("=KOMMUN.ALLOCATE({100;100},10,,0)", ",")).toEqual([{ name: "KOMMUN.ALLOCATE", count: 4 }]);
    expect(calls("=SUM(1,LEN(\"a,b\"),'x,y'!A1)", ",")).toEqual([
      { name: "LEN", count: 1 },
      { name: "SUM", count: 3 },
    ]);
    expect(calls("=SUM()", ",")).toEqual([{ name: "SUM", count: 0 }]);
    expect(calls("=SUMMA(1;2,5)", ";")).toEqual([{ name: "SUMMA", count: 2 }]);
    expect(calls("=(1+2)*3", ",")).toEqual([]);
  });

  it("names the function, the expected count and the parameters", () => {
    expect(wrongArgumentCount("=KOMMUN.NETCOSTFRAME(1)", "en", "en")?.en).toBe(
      "KOMMUN.NETCOSTFRAME takes 2 to 3 arguments (taxes_and_grants, finance_net, [share]), got 1.",
    );
    // the names of the message's language, whatever the formula's
    expect(wrongArgumentCount("=KOMMUN.NETCOSTFRAME(1)", "en", "sv")?.sv).toBe(
      "KOMMUN.NETTOKOSTNADSRAM tar 2–3 argument (skatter_och_bidrag; finansnetto; [andel]), fick 1.",
    );
    expect(wrongArgumentCount("=KOMMUN.NETCOSTFRAME(1,2)", "en", "en")).toBeUndefined();
  });
});

describe("closestKommunName", () => {
  it("finds a misspelt name in the spelling it was close to", () => {
    expect(closestKommunName("KOMMUN.NETTOKOSTNADSRAMM")).toEqual({
      name: "KOMMUN.NETTOKOSTNADSRAM",
      near: true,
    });
    expect(closestKommunName("_xldudf_KOMMUN_NETCOSTFRAMEX")).toEqual({
      name: "KOMMUN.NETCOSTFRAME",
      near: true,
    });
    expect(closestKommunName("KOMMUN.NETCOST").near).toBe(true);
    expect(closestKommunName("KOMMUN.XYZ").near).toBe(false);
  });
});

describe("cycleMessage", () => {
  it("says which cells refer to each other, to themselves, or which cycle a cell depends on", () => {
    expect(cycleMessage({ cycle: ["S!A1", "S!B1", "S!C1"], member: true }, "sv")).toBe(
      "Cirkelreferens: S!A1, S!B1 och S!C1 refererar till varandra.",
    );
    expect(cycleMessage({ cycle: ["S!A1"], member: true }, "en")).toBe(
      "Circular reference: S!A1 refers to itself.",
    );
    expect(cycleMessage({ cycle: ["S!A1", "S!B1"], member: false }, "en")).toBe(
      "Depends on the circular reference between S!A1 and S!B1.",
    );
  });
});
