import { formattedNumber, generalNumber, systemLanguage, textLooksSwedish, truncate, wrap } from "./format";

describe("generalNumber: Excel's General format with room for 15 digits", () => {
  it.each([
    [0.1 + 0.2, "en", "0.3"],
    [1 / 3, "en", "0.333333333333333"],
    [2 / 3, "sv", "0,666666666666667"],
    [-1899, "sv", "-1899"],
    [0, "en", "0"],
    [123456789012345, "en", "123456789012345"],
    [1e15, "en", "1E+15"],
    [1.2345678901234568e17, "en", "1.23456789012346E+17"],
    [-0.00000000012, "sv", "-1,2E-10"],
    [0.000001, "en", "0.000001"],
  ] as const)("%p (%s) → %s", (v, lang, text) => {
    expect(generalNumber(v, lang)).toBe(text);
  });

  it("shows a non-finite number as #NUM! / #OGILTIGT!", () => {
    expect(generalNumber(Infinity, "en")).toBe("#NUM!");
    expect(generalNumber(NaN, "sv")).toBe("#OGILTIGT!");
  });
});

describe("formattedNumber: a cell's number format, as Excel shows it in Swedish and English", () => {
  it.each([
    // 23 / 1 950 = 1.1795 %
    ["0.00%", 23 / 1950, "1,18 %", "1.18%"],
    ["#,##0.0", 1899, "1 899,0", "1,899.0"],
    ['#,##0 "kr"', 1483500, "1 483 500 kr", "1,483,500 kr"],
    // Excel rounds halves away from zero: −3.25 → −3.3
    ["0.0", -3.25, "-3,3", "-3.3"],
    ["0", 0.5, "1", "1"],
    ["General", 0.1 + 0.2, "0,3", "0.3"],
  ])("%s of %p → %s / %s", (code, v, sv, en) => {
    expect(formattedNumber(v, code, "sv")).toBe(sv);
    expect(formattedNumber(v, code, "en")).toBe(en);
  });

  it("falls back to General without a format", () => {
    expect(formattedNumber(1 / 3, undefined, "en")).toBe("0.333333333333333");
  });
});

describe("text in the table", () => {
  it("ends text past the width with …, counting characters not bytes", () => {
    expect(truncate("Skatteintäkter", 20)).toBe("Skatteintäkter");
    expect(truncate("Skatteintäkter och generella statsbidrag", 20)).toBe("Skatteintäkter och …");
    expect(Array.from(truncate("å".repeat(50), 40))).toHaveLength(40);
    expect(truncate("rad ett\nrad två", 40)).toBe("rad ett rad två");
  });

  it("wraps at spaces, and cuts a word longer than the line", () => {
    expect(wrap("Belopp i mnkr. Gula celler är indata.", 15)).toEqual([
      "Belopp i mnkr.",
      "Gula celler är",
      "indata.",
    ]);
    expect(wrap("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });
});

describe("the language rule", () => {
  it("reads the system's language from LC_ALL, LC_MESSAGES, LANG, LANGUAGE, the first set", () => {
    expect(systemLanguage({ LANG: "sv_SE.UTF-8" })).toBe("sv");
    expect(systemLanguage({ LC_ALL: "en_GB.UTF-8", LANG: "sv_SE.UTF-8" })).toBe("en");
    expect(systemLanguage({ LANGUAGE: "sv" })).toBe("sv");
    expect(systemLanguage({ LANG: "C" })).toBe("en");
    expect(systemLanguage({})).toBe("en");
  });

  it("tells a Swedish workbook from an English one by its text", () => {
    expect(textLooksSwedish(["Mål och budget", "Nettokostnadsram", "Resultatkrav"])).toBe(true);
    // a Swedish place name in an English workbook does not make it Swedish
    expect(textLooksSwedish(["Net cost of the year", "Total revenue", "Malmö"])).toBe(false);
    expect(textLooksSwedish([])).toBe(false);
  });
});
