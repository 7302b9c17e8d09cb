import { kommunkalkyl } from "../helpers";

describe("kommunkalkyl formel: the balance requirement from published annual reports", () => {
  it("Malmö 2015 (mnkr): 563 − 23 gains on sales − 185 to the reserve = 355", () => {
    // balanskravsutredning, Malmö stad årsredovisning 2015: årets resultat 563, samtliga
    // realisationsvinster −23, medel till resultatutjämningsreserv −185, balanskravsresultat 355
    const r = kommunkalkyl(["formel", "=KOMMUN.BALANCEREQUIREMENTRESULT(563,23,,,,,185)"]);
    expect(r.stdout).toBe("355\n");
    expect(r.status).toBe(0);
  });

  it("Malmö 2015 in Swedish: the same with BALANSKRAVSRESULTAT", () => {
    expect(kommunkalkyl(["formel", "--sv", "=KOMMUN.BALANSKRAVSRESULTAT(563;23;;;;;185)"]).stdout).toBe(
      "355\n",
    );
  });

  it("Grästorp 2019 (tkr): 12 043 + 340 added back − 1 000 to the reserve = 11 383", () => {
    // 12 043 + 340 = 12 383 after the adjustments (an item that adds back: here an unrealised loss
    // in securities), − 1 000 reserved = 11 383
    const r = kommunkalkyl(["formel", "--sv", "=KOMMUN.BALANSKRAVSRESULTAT(12043;;;;;340;1000)"]);
    expect(r.stdout).toBe("11383\n");
    expect(kommunkalkyl(["formel", "=KOMMUN.BALANCEREQUIREMENTRESULT(12043,,,,,340,1000)"]).stdout).toBe(
      "11383\n",
    );
  });

  it("Malmö 2014–2015: the 2014 deficit of 193 is restored by 2015's 355, in time (by 2017)", () => {
    const r = kommunkalkyl(["formel", "=KOMMUN.RESTORATION({-193,355},2014)"]);
    expect(r.stdout).toBe(
      [
        "Year\tBalance requirement result\tRestored\tLeft to restore\tRestore by\tLate",
        "2014\t-193\t0\t193\t2017\tno",
        "2015\t355\t193\t0\t\tno",
        "",
      ].join("\n"),
    );
  });

  it("the room for a reservation: 540 after adjustments less 1 % (or 2 %) of 15 000 of taxes and grants", () => {
    // 540 − 150 = 390; with negative equity incl. pensions 540 − 300 = 240
    expect(kommunkalkyl(["formel", "=KOMMUN.RESERVEROOM(540,15000)"]).stdout).toBe("390\n");
    expect(kommunkalkyl(["formel", '=KOMMUN.RESERVEROOM(540,15000,"negative")']).stdout).toBe("240\n");
  });

  it("Malmö 2015: the deficit of 2014 still to restore comes first, 540 − 193 − 1 % × 16 200 = 185 reserved", () => {
    // Malmö stad årsredovisning 2015, balanskravsutredning: resultat efter balanskravsjustering 540,
    // balanskravsunderskott från tidigare år −193, medel till resultatutjämningsreserv −185
    const r = kommunkalkyl(["formel", "=KOMMUN.RESERVEROOM(540,16200,,,193)"]);
    expect(r.stdout).toBe("185\n");
    expect(kommunkalkyl(["formel", "--sv", "=KOMMUN.RESERVERINGSUTRYMME(540;16200;;;193)"]).stdout).toBe(
      "185\n",
    );
  });

  it("refuses a use of the reserve with a positive result, naming the rule (KL 11 kap. 14 §)", () => {
    const r = kommunkalkyl(["formel", "=KOMMUN.BALANCEREQUIREMENTRESULT(100,,,,,,,50)"]);
    expect(r.stdout).toMatch(/^#VALUE! .*KL ch\. 11 § 14.*only cover a negative balance requirement result/);
    expect(r.status).toBe(3);
    const sv = kommunkalkyl(["formel", "--sv", "=KOMMUN.BALANSKRAVSRESULTAT(100;;;;;;;50)"]);
    expect(sv.stdout).toMatch(/KL 11 kap\. 14 §/);
  });

  it("refuses a reservation in a deficit year and one above the room", () => {
    expect(kommunkalkyl(["formel", "=KOMMUN.BALANCEREQUIREMENTRESULT(-50,,,,,,30)"]).stdout).toMatch(
      /^#VALUE! .*only a surplus may be reserved/,
    );
    // Malmö 2015 with taxes and grants and the 2014 deficit: 185 fits, 186 does not
    expect(
      kommunkalkyl(["formel", "=KOMMUN.BALANCEREQUIREMENTRESULT(563,23,,,,,185,,16200,,193)"]).stdout,
    ).toBe("355\n");
    expect(
      kommunkalkyl(["formel", "=KOMMUN.BALANCEREQUIREMENTRESULT(563,23,,,,,186,,16200,,193)"]).stdout,
    ).toMatch(/^#VALUE! .*exceeds the reservation room \(185\)/);
  });

  it("RESULTVSTARGET and the deprecated BALANCECHECK give the same word", () => {
    for (const name of ["RESULTVSTARGET", "BALANCECHECK"]) {
      expect(kommunkalkyl(["formel", `=KOMMUN.${name}(5,1000)`]).stdout).toBe("below target\n");
    }
    expect(kommunkalkyl(["formel", "--sv", "=KOMMUN.RESULTATMOTMÅL(-1;1000)"]).stdout).toBe("underskott\n");
  });

  it("asks for a positive line amount with #VALUE!", () => {
    expect(kommunkalkyl(["formel", "=KOMMUN.BALANCEREQUIREMENTRESULT(563,-23)"]).stdout).toMatch(
      /^#VALUE! .*Write the amount as a positive number/,
    );
  });
});

describe("kommunkalkyl formel: one-off and permanent measures of an action plan (issue 21)", () => {
  it("a one-off measure saves this year only: next year only the permanent one counts", () => {
    // 6 mnkr deficit; night staffing 2.4 a year from April (this year 2.4 × 9/12 = 1.8, next year 2.4),
    // a purchase postponed, 1.2 a year from July, one-off (this year 1.2 × 6/12 = 0.6, next year 0)
    const r = kommunkalkyl([
      "formel",
      '=KOMMUN.ACTIONPLAN(6,{"Night staffing";"Postponed purchase"},{2.4;1.2},{4;7},{"decided";"decided"},,,{"";"one-off"})',
    ]);
    const rows = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    expect(rows[0]!.slice(19)).toEqual(["One-off/permanent", "Effect next year"]);
    expect([rows[1]![5], ...rows[1]!.slice(19)]).toEqual(["1.8", "permanent", "2.4"]);
    expect([rows[2]![5], ...rows[2]!.slice(19)]).toEqual(["0.6", "one-off", "0"]);
    expect([rows[3]![0], rows[3]![5], rows[3]![20]]).toEqual(["Total", "2.4", "2.4"]);
  });

  it("in Swedish: engångs / varaktig", () => {
    const r = kommunkalkyl([
      "formel",
      "--sv",
      '=KOMMUN.ÅTGÄRDSPLAN(6;{"Natt";"Inköp"};{2,4;1,2};{4;7};{"beslutad";"beslutad"};;;{"varaktig";"engångs"})',
    ]);
    const rows = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    expect(rows[0]!.slice(19)).toEqual(["Engångs/varaktig", "Effekt nästa år"]);
    expect(rows.slice(1, 3).map((x) => x.slice(19))).toEqual([
      ["varaktig", "2,4"],
      ["engångs", "0"],
    ]);
  });
});

describe("kommunkalkyl formel: the investment plan's frames per year and spending profiles (issue 21)", () => {
  it("one frame of 150 for two years makes the 2027 project wait; a frame of 150 per year does not", () => {
    // 100 in 2026 and 100 in 2027: 200 > 150 in total, but each fits its own year's 150
    expect(
      kommunkalkyl(["formel", "=KOMMUN.INVESTMENTFITS({100,2026,30,1,1;100,2027,30,1,2},150)"]).stdout,
    ).toBe("fits\nwaits\n");
    expect(
      kommunkalkyl([
        "formel",
        "=KOMMUN.INVESTMENTFITS({100,2026,30,1,1;100,2027,30,1,2},{150,150},{2026,2027})",
      ]).stdout,
    ).toBe("fits\nfits\n");
  });

  it("a project paid 40/60 is work in progress in 2026 and depreciated from July 2027", () => {
    // 100, 10 years, in use July 2027: 2026 work in progress 40, no depreciation;
    // 2027 depreciation 10 × 6/12 = 5; 2028 a full year, 10
    const r = kommunkalkyl([
      "formel",
      "=KOMMUN.INVESTMENTPLAN({100,2026,10,7,1,0,0,0.4,0.6},100,{2026,2027,2028})",
    ]);
    const rows = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    expect(rows[0]![10]).toBe("Work in progress");
    expect(rows.slice(1).map((x) => [x[0], x[1], x[2], x[10]])).toEqual([
      ["2026", "40", "0", "40"],
      ["2027", "60", "5", "0"],
      ["2028", "0", "10", "0"],
    ]);
  });

  it("shows that the self-financing ratio counted existing depreciation as 0 when it was not given", () => {
    const r = kommunkalkyl(["formel", "=KOMMUN.INVESTMENTPLAN({50,2026,10,1,1},100,{2026},,,,{20})"]);
    const rows = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => l.split("\t"));
    expect(rows[0]![11]).toBe("Existing depreciation");
    // (20 − 5 + 5) / 50 = 0.4, as before, but the missing input is shown
    expect([rows[1]![9], rows[1]![11]]).toEqual(["0.4", "missing (counted as 0)"]);
    const given = kommunkalkyl([
      "formel",
      "=KOMMUN.INVESTMENTPLAN({50,2026,10,1,1},100,{2026},,,,{20},{30})",
    ]);
    expect(given.stdout.trimEnd().split("\n")[1]!.split("\t").slice(9)).toEqual(["1", "0", "30"]);
  });
});

describe("kommunkalkyl formel: what is left to restore, the lower part of RKR's table (issue 21)", () => {
  it("Malmö 2014 leaves 193 to restore; 2015 restores it (balanskravsunderskott från tidigare år 193)", () => {
    expect(kommunkalkyl(["formel", "=KOMMUN.DEFICITTORESTORE(-149,56,,,,,,12)"]).stdout).toBe("193\n");
    expect(kommunkalkyl(["formel", "=KOMMUN.DEFICITTORESTORE(563,23,,,,,185,,16200,,193)"]).stdout).toBe(
      "0\n",
    );
  });

  it("a deficit this year adds to the earlier ones; synnerliga skäl take off what is not restored", () => {
    // 40 from earlier years, −25 this year: 65; fullmäktige decided 30 is not restored: 35
    expect(kommunkalkyl(["formel", "--sv", "=KOMMUN.ATTÅTERSTÄLLA(-25;;;;;;;;;;40)"]).stdout).toBe("65\n");
    expect(kommunkalkyl(["formel", "--sv", "=KOMMUN.ATTÅTERSTÄLLA(-25;;;;;;;;;;40;30)"]).stdout).toBe("35\n");
  });
});
