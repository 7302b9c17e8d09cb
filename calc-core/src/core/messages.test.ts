/**
 * The messages a controller reads in a cell's error, word for word, in Swedish
 * and English. Each expected text is written out here by hand: it is what the
 * user is told, so a change to it should be a deliberate one.
 */
import { errorParts as messages } from "../__testing__/errors.js";
import { describeValue, formatNumber, monthName } from "./format.js";
import { monthlyOutcomes } from "./months.js";
import { RULES } from "./rules.js";
import {
  requireArray,
  requireObject,
  requireSameLength,
  toDecimal,
  toDecimalArray,
  toInteger,
  type Rule,
} from "./validate.js";
import { METHODS, readWord } from "./words.js";

describe("a number outside its plausible range says the range, the unit and what to write instead", () => {
  it("2 for a result share of 2 %", () => {
    expect(messages(() => toDecimal(2, "andel", RULES.resultShare))).toEqual([
      "value",
      "Argumentet andel = 2 ligger utanför det rimliga intervallet 0–0,25 (andel, där 2 % skrivs 0,02). Skriv 2 % (0,02), inte 2.",
      "Argument andel = 2 is outside the plausible range 0–0.25 (a share, where 2 % is written 0.02). Write 2 % (0.02), not 2.",
      "andel",
    ]);
  });

  it("0.2137 for a tax rate of 21.37", () => {
    expect(messages(() => toDecimal(0.2137, "skattesats", RULES.taxRate))).toEqual([
      "value",
      "Argumentet skattesats = 0,2137 ligger utanför det rimliga intervallet 10–40 (kronor per 100 kr, till exempel 21,37). Skattesatsen anges i kronor per 100 kr: skriv 21,37, inte 0,2137.",
      "Argument skattesats = 0.2137 is outside the plausible range 10–40 (kronor per 100 kr, e.g. 21.37). The tax rate is in kronor per 100 kr: write 21.37, not 0.2137.",
      "skattesats",
    ]);
  });

  it("25 for a tax-rate change of 25 öre", () => {
    expect(messages(() => toDecimal(25, "andring", RULES.taxChange))).toEqual([
      "value",
      "Argumentet andring = 25 ligger utanför det rimliga intervallet -5–5 (kronor per 100 kr, där 25 öre skrivs 0,25). En ändring på 25 öre skrivs 0,25 (kronor per 100 kr), inte 25.",
      "Argument andring = 25 is outside the plausible range -5–5 (kronor per 100 kr, where 25 öre is 0.25). For a change of 25 öre, write 0.25 (kronor per 100 kr), not 25.",
      "andring",
    ]);
  });

  it("no hint when the value does not fit in another unit either: 3 000 % is not a share", () => {
    const [, sv, en] = messages(() => toDecimal(3000, "andel", RULES.share));
    expect(sv).toBe(
      "Argumentet andel = 3000 ligger utanför det rimliga intervallet 0–1 (andel, där 2 % skrivs 0,02).",
    );
    expect(en).toBe(
      "Argument andel = 3000 is outside the plausible range 0–1 (a share, where 2 % is written 0.02).",
    );
  });

  it("a tax rate of 45 is not taken for 0.45 written wrongly the other way", () => {
    const [, sv] = messages(() => toDecimal(45, "skattesats", RULES.taxRate));
    expect(sv).toBe(
      "Argumentet skattesats = 45 ligger utanför det rimliga intervallet 10–40 (kronor per 100 kr, till exempel 21,37).",
    );
  });

  it.each<[string, Rule, number, string, string]>([
    ["a lower bound", { min: 0 }, -1, "minst 0", "at least 0"],
    ["a strict lower bound", { above: 0 }, -1, "över 0", "above 0"],
    ["an upper bound", { max: 5 }, 6, "högst 5", "at most 5"],
    [
      "a strict lower and an upper bound",
      { above: 0, max: 5 },
      6,
      "över 0 och högst 5",
      "above 0 and at most 5",
    ],
    ["both bounds", { min: 1, max: 5 }, 0.5, "1–5", "1–5"],
  ])("states %s", (_label, rule, x, sv, en) => {
    const [code, svText, enText] = messages(() => toDecimal(x, "x", rule));
    expect(code).toBe("value");
    expect(svText).toBe(
      `Argumentet x = ${formatNumber(x, "sv")} ligger utanför det rimliga intervallet ${sv}.`,
    );
    expect(enText).toBe(`Argument x = ${x} is outside the plausible range ${en}.`);
  });

  it("a value equal to a strict lower bound is outside it", () => {
    expect(messages(() => toDecimal(0, "x", { above: 0 }))[0]).toBe("value");
    expect(toDecimal(0.001, "x", { above: 0 }).toNumber()).toBe(0.001);
  });

  it("the bounds themselves are inside", () => {
    expect(toDecimal(0, "andel", RULES.resultShare).toNumber()).toBe(0);
    expect(toDecimal(0.25, "andel", RULES.resultShare).toNumber()).toBe(0.25);
    expect(toDecimal(10, "skattesats", RULES.taxRate).toNumber()).toBe(10);
    expect(toDecimal(40, "skattesats", RULES.taxRate).toNumber()).toBe(40);
  });

  it("names the unit of each kind of number", () => {
    const unitOf = (rule: Rule, x: number): [string, string] => {
      const [, sv, en] = messages(() => toDecimal(x, "x", rule));
      return [sv.replace(/^.*\(([^()]*)\)\.?$/, "$1"), en.replace(/^.*\(([^()]*)\)\.?$/, "$1")];
    };
    expect(unitOf(RULES.nonNegativeMoney, -1)).toEqual(["belopp", "amount"]);
    expect(unitOf(RULES.count, -1)).toEqual(["antal", "count"]);
    expect(unitOf(RULES.year, 1800)).toEqual(["årtal", "year"]);
    expect(unitOf(RULES.decimals, 11)).toEqual(["heltal", "whole number"]);
  });

  it("zero where it is divided by is #DIV/0!, not a wrong value", () => {
    expect(messages(() => toDecimal(0, "invanare", RULES.positiveCount))).toEqual([
      "div0",
      "Argumentet invanare är 0 och det går inte att dela med noll.",
      "Argument invanare is 0 and cannot be divided by.",
      "invanare",
    ]);
  });

  it("a year with decimals is not a whole number", () => {
    expect(messages(() => toInteger(2025.5, "ar", RULES.year))).toEqual([
      "value",
      "Argumentet ar måste vara ett heltal men är 2025,5.",
      "Argument ar must be a whole number but is 2025.5.",
      "ar",
    ]);
    expect(toInteger(2025, "ar", RULES.year)).toBe(2025);
  });
});

describe("a value of the wrong kind is described as Excel shows it", () => {
  it.each<[unknown, string, string]>([
    ["abc", 'texten "abc"', 'the text "abc"'],
    ["", "en tom cell", "an empty cell"],
    [null, "en tom cell", "an empty cell"],
    [undefined, "en tom cell", "an empty cell"],
    [true, "sanningsvärdet SANT", "the boolean TRUE"],
    [false, "sanningsvärdet FALSKT", "the boolean FALSE"],
    [Number.NaN, "NaN (inte ett tal)", "NaN (not a number)"],
    [Number.POSITIVE_INFINITY, "plus oändligheten", "plus infinity"],
    [Number.NEGATIVE_INFINITY, "minus oändligheten", "minus infinity"],
    [[1, 2], "ett område", "a range"],
    [{ a: 1 }, "ett värde av fel typ", "a value of the wrong type"],
    [-1.5, "-1,5", "-1.5"],
  ])("%p", (x, sv, en) => {
    expect(describeValue(x, "sv")).toBe(sv);
    expect(describeValue(x, "en")).toBe(en);
  });

  it("cuts a long text at 40 characters", () => {
    const text = "x".repeat(41);
    expect(describeValue(text, "sv")).toBe(`texten "${"x".repeat(40)}…"`);
    expect(describeValue("x".repeat(40), "en")).toBe(`the text "${"x".repeat(40)}"`);
  });

  it("puts it in the message with the argument and the position in a range", () => {
    expect(messages(() => toDecimalArray([1, true], "forslag"))).toEqual([
      "value",
      "Argumentet forslag (plats 2) måste vara ett tal men är sanningsvärdet SANT.",
      "Argument forslag (position 2) must be a number but is the boolean TRUE.",
      "forslag",
    ]);
  });
});

describe("ranges and objects", () => {
  it("a single value where a range is expected", () => {
    expect(messages(() => requireArray(5, "forslag"))).toEqual([
      "value",
      "Argumentet forslag måste vara ett område (en lista med tal) men är 5.",
      "Argument forslag must be a range (a list of numbers) but is 5.",
      "forslag",
    ]);
  });

  it("an empty range", () => {
    expect(messages(() => toDecimalArray([], "forslag"))).toEqual([
      "value",
      "Området forslag måste innehålla minst 1 tal men är tomt.",
      "Range forslag must hold at least 1 number(s) but is empty.",
      "forslag",
    ]);
    expect(toDecimalArray([], "forslag", {}, { minLength: 0 })).toEqual([]);
  });

  it("ranges of different sizes blame the second", () => {
    expect(messages(() => requireSameLength([1, 2, 3], "ar", [1, 2], "skatterOchBidrag"))).toEqual([
      "value",
      "Områdena ar (3 värden) och skatterOchBidrag (2 värden) måste vara lika stora.",
      "Ranges ar (3 values) and skatterOchBidrag (2 values) must be the same size.",
      "skatterOchBidrag",
    ]);
    expect(() => requireSameLength([1], "a", [2], "b")).not.toThrow();
  });

  it.each([null, [1], 5, "text"])("%p where named fields are expected", (x) => {
    expect(messages(() => requireObject(x, "input"))).toEqual([
      "value",
      "Argumentet input måste vara ett objekt med namngivna fält.",
      "Argument input must be an object with named fields.",
      "input",
    ]);
  });
});

describe("monthly outcomes", () => {
  it("a gap names the calendar month, counted from the budget year's first month", () => {
    expect(messages(() => monthlyOutcomes([1, null, 3], "utfall"))).toEqual([
      "value",
      "Utfallet för februari saknas men senare månader är ifyllda; fyll i februari (0 om inget har bokförts).",
      "The outcome for February is missing while later months are filled; fill in February (0 if nothing was booked).",
      "utfall",
    ]);
    // a budget year from September: its second month is October
    expect(messages(() => monthlyOutcomes([1, "", 3], "utfall", 9))[1]).toContain("oktober");
  });

  it("text in a month names the month", () => {
    expect(messages(() => monthlyOutcomes([1, 2, "x"], "utfall"))).toEqual([
      "value",
      'Argumentet utfall (mars) måste vara ett tal men är texten "x".',
      'Argument utfall (March) must be a number but is the text "x".',
      "utfall",
    ]);
  });

  it("more than twelve months", () => {
    expect(messages(() => monthlyOutcomes(Array(13).fill(1), "utfall"))).toEqual([
      "value",
      "Området utfall har 13 månader; ett budgetår har 12.",
      "Range utfall has 13 months; a budget year has 12.",
      "utfall",
    ]);
  });

  it("blanks after the last filled month are months not yet booked", () => {
    expect(monthlyOutcomes([1, 2, null, "", undefined], "utfall")).toEqual([1, 2]);
    expect(monthlyOutcomes([], "utfall")).toEqual([]);
  });

  it("month names are Swedish (lower case) and English, wrapping around the year", () => {
    expect([0, 6, 11, 12, -1].map((i) => monthName(i, "sv"))).toEqual([
      "januari",
      "juli",
      "december",
      "januari",
      "december",
    ]);
    expect(monthName(4, "en")).toBe("May");
  });
});

describe("words", () => {
  it("reads Swedish and English words in any case, with or without å, ä and ö", () => {
    expect(readWord("LINJÄR", "metod", METHODS, "profil")).toBe("linjar");
    expect(readWord(" linjar ", "metod", METHODS, "profil")).toBe("linjar");
    expect(readWord("Profile", "metod", METHODS, "budget")).toBe("profil");
    expect(readWord(undefined, "metod", METHODS, "budget")).toBe("budget");
  });

  it("an unknown word lists the accepted ones", () => {
    expect(messages(() => readWord("snitt", "metod", METHODS, "profil"))).toEqual([
      "value",
      'Argumentet metod är texten "snitt"; tillåtna värden är "linjär", "linear", "profil", "profile", "budget".',
      'Argument metod is the text "snitt"; accepted values are "linjär", "linear", "profil", "profile", "budget".',
      "metod",
    ]);
    expect(messages(() => readWord(1, "metod", METHODS, "profil"))[2]).toContain("Argument metod is 1;");
  });
});
