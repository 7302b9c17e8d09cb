import fc from "fast-check";
import {
  checkValue,
  FIELDS,
  formatInput,
  formatPlain,
  parseInput,
  type FieldSpec,
  type Parsed,
} from "./number";

const ok = (p: Parsed): number => {
  if (p.status !== "ok") throw new Error(`expected a number, got ${JSON.stringify(p)}`);
  return p.value;
};
const message = (p: Parsed): string => {
  if (p.status !== "error") throw new Error(`expected an error, got ${JSON.stringify(p)}`);
  return p.message;
};

describe("parseInput: a value typed in another unit is echoed in the field's unit", () => {
  it("25 kr in an mnkr field is 25 / 1 000 000 = 0,000025 mnkr, and says so", () => {
    expect(parseInput("25 kr", FIELDS.money("mnkr"), "sv")).toEqual({
      status: "ok",
      value: 0.000025,
      converted: "= 0,000025\u00a0mnkr",
    });
  });
  it("500 tkr in an mnkr field is 0,5 mnkr; 2 mnkr in a tkr field is 2 000 tkr", () => {
    expect(parseInput("500 tkr", FIELDS.money("mnkr"), "sv")).toMatchObject({ converted: "= 0,5\u00a0mnkr" });
    expect(parseInput("2 mnkr", FIELDS.money("tkr"), "en")).toMatchObject({ converted: "= 2,000\u00a0tkr" });
  });
  it("a value in the field's own unit is not echoed", () => {
    expect(parseInput("25 mnkr", FIELDS.money("mnkr"), "sv")).toEqual({ status: "ok", value: 25 });
    expect(parseInput("25", FIELDS.money("mnkr"), "sv")).toEqual({ status: "ok", value: 25 });
  });
});

describe("parseInput: numbers as people type them", () => {
  it("reads Swedish and English numbers the way each language writes them", () => {
    const money = FIELDS.money("mnkr");
    expect(ok(parseInput("1 950,5", money, "sv"))).toBe(1950.5);
    expect(ok(parseInput("1\u00a0950,5", money, "sv"))).toBe(1950.5);
    expect(ok(parseInput("−3,25", money, "sv"))).toBe(-3.25);
    expect(ok(parseInput("6,950", money, "sv"))).toBe(6.95);
    expect(ok(parseInput("1,950.5", money, "en"))).toBe(1950.5);
    // the issue: English mode read "6,950" as 6,95
    expect(ok(parseInput("6,950", money, "en"))).toBe(6950);
    expect(ok(parseInput("-3.25", money, "en"))).toBe(-3.25);
  });

  it("refuses a decimal separator of the other language instead of reading another number", () => {
    const money = FIELDS.money("mnkr");
    expect(message(parseInput("6.95", money, "sv"))).toBe(
      "Punkt är inte decimaltecken på svenska: skriv 6,95, inte 6.95.",
    );
    expect(message(parseInput("6,95", money, "en"))).toBe(
      "In English the decimal sign is a point: write 6.95, not 6,95.",
    );
    expect(message(parseInput("1 95", money, "sv"))).toContain("tusentalsavgränsning");
    // the issue: "1,950.5" (English: one thousand nine hundred and fifty and a half) got "skriv 1,950.5"
    expect(message(parseInput("1,950.5", money, "sv"))).toBe(
      "Punkt är inte decimaltecken på svenska: skriv 1\u00a0950,5, inte 1,950.5.",
    );
    expect(message(parseInput("−12,345.25", money, "sv"))).toBe(
      "Punkt är inte decimaltecken på svenska: skriv −12\u00a0345,25, inte −12,345.25.",
    );
    expect(message(parseInput("1,9500", money, "en"))).toContain("thousands separators");
    // the 320 px look: a Swedish "0,2137" in English got "misplaced thousands separators; write e.g. 1,950.5";
    // no thousands group starts with 0, so it is a decimal comma: 0.2137
    expect(message(parseInput("0,2137", money, "en"))).toBe(
      "In English the decimal sign is a point: write 0.2137, not 0,2137.",
    );
    // the review: Swedish "1 950,5" in English got "misplaced thousands separators; write e.g. 1,950.5";
    // what was typed is echoed as typed, its space a no-break space (issue 23: one line at 320 px)
    expect(message(parseInput("1 950,5", money, "en"))).toBe(
      "In English the decimal sign is a point: write 1,950.5, not 1\u00a0950,5.",
    );
    expect(message(parseInput("12 345,25", money, "en"))).toBe(
      "In English the decimal sign is a point: write 12,345.25, not 12\u00a0345,25.",
    );
  });

  it("reads percentages as shares and says what 0,1 in a percent field means", () => {
    expect(ok(parseInput("20 %", FIELDS.share(), "sv"))).toBe(0.2);
    expect(ok(parseInput("20", FIELDS.share(), "sv"))).toBe(0.2);
    expect(ok(parseInput("2%", FIELDS.interest(), "en"))).toBe(0.02);
    const p = parseInput("0,1", FIELDS.share(), "sv");
    expect(p).toEqual({
      status: "ok",
      value: 0.001,
      warning: "0,1 i ett procentfält betyder 0,1\u00a0% — menade du 10\u00a0%?",
      // what was probably meant, as a share: 10 % = 0,1 (the panels warn beside their results with it)
      meant: 0.1,
    });
    expect(message(parseInput("30 %", FIELDS.interest(), "sv"))).toBe(
      "Ska vara mellan 0\u00a0% och 25\u00a0%.",
    );
    expect(message(parseInput("150", FIELDS.share(), "en"))).toBe("Must be between 0% and 100%.");
  });

  it("gives calc-core's unit hints for tax rates and tax changes", () => {
    expect(message(parseInput("0,2137", FIELDS.taxRate(), "sv"))).toBe(
      "Ska vara mellan 10 och 40. Skattesatsen anges i kronor per\u00a0100\u00a0kr: skriv 21,37, inte 0,2137.",
    );
    expect(ok(parseInput("21,37", FIELDS.taxRate(), "sv"))).toBe(21.37);
    expect(message(parseInput("37", FIELDS.taxChange(), "sv"))).toBe(
      "Ska vara mellan −5 och 5. En ändring på 37\u00a0öre skrivs 0,37 (kronor per\u00a0100\u00a0kr).",
    );
  });

  it("converts an amount typed in another money unit, and refuses a percent sign elsewhere", () => {
    expect(ok(parseInput("500 tkr", FIELDS.money("mnkr"), "sv"))).toBe(0.5);
    expect(ok(parseInput("2 mnkr", FIELDS.money("kr"), "sv"))).toBe(2_000_000);
    expect(message(parseInput("2 %", FIELDS.money("mnkr"), "sv"))).toBe(
      "Ett procenttecken hör bara hemma i ett procentfält.",
    );
  });

  it("rejects text, empty required fields, fractions of whole numbers and two-digit years", () => {
    expect(message(parseInput("abc", FIELDS.money("mnkr"), "sv"))).toBe("”abc” är inte ett tal.");
    expect(message(parseInput("", FIELDS.money("mnkr"), "sv"))).toBe("Fyll i ett värde.");
    expect(parseInput("", { ...FIELDS.money("mnkr"), optional: true }, "sv")).toEqual({ status: "empty" });
    expect(message(parseInput("2,5", FIELDS.count(), "sv"))).toBe("Ska vara ett heltal.");
    expect(message(parseInput("27", FIELDS.year(), "sv"))).toBe(
      "Skriv året med fyra siffror, till exempel 2027.",
    );
    expect(message(parseInput("13", FIELDS.month(), "en"))).toBe("Must be between 1 and 12.");
    expect(message(parseInput("0", FIELDS.positiveMoney("mnkr"), "sv"))).toBe(
      "Ska vara större än 0\u00a0mnkr.",
    );
    expect(message(parseInput("-1", FIELDS.kronor(), "sv"))).toBe("Ska vara minst 0\u00a0kr.");
  });

  it("checks a number read from a sheet against the field (a share stored as 0.1 is 10 %)", () => {
    expect(ok(checkValue(0.1, FIELDS.share(), "sv"))).toBe(0.1);
    expect(message(checkValue(2026.5, FIELDS.year(), "sv"))).toBe("Ska vara ett heltal.");
    expect(message(checkValue(0.2137, FIELDS.taxRate(), "en"))).toContain("write 21.37");
  });
});

const langs = fc.constantFrom("sv" as const, "en" as const);
/** numbers with at most four decimals, as budgets are written */
const decimal = (lo: number, hi: number) =>
  fc
    .tuple(fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }), fc.integer({ min: 0, max: 9_999 }))
    .map(([i, f]) => Number((i + f / 10_000).toFixed(4)))
    .filter((x) => x >= lo && x <= hi);

describe("laws of the input model", () => {
  const kinds: [string, FieldSpec, fc.Arbitrary<number>][] = [
    ["money", FIELDS.money("mnkr"), decimal(-1e7, 1e7)],
    ["percent", FIELDS.share(), fc.integer({ min: 0, max: 10_000 }).map((i) => i / 10_000)],
    ["interest", FIELDS.interest(), fc.integer({ min: 0, max: 2_500 }).map((i) => i / 10_000)],
    ["kr per 100 kr", FIELDS.taxRate(), decimal(10, 40)],
    ["count", FIELDS.count(), fc.integer({ min: 0, max: 1e9 })],
    ["year", FIELDS.year(), fc.integer({ min: 1900, max: 2200 })],
    ["month", FIELDS.month(), fc.integer({ min: 1, max: 12 })],
  ];

  it.each(kinds)("format → parse gives the value back (%s, sv and en)", (_name, spec, values) => {
    fc.assert(
      fc.property(values, langs, (v, lang) => {
        const p = parseInput(formatInput(v, spec, lang), spec, lang);
        return p.status === "ok" && Math.abs(p.value - v) <= 1e-12 * Math.max(1, Math.abs(v));
      }),
    );
  });

  it("every kind rejects text that is not a number, in both languages", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds.map((k) => k[1])),
        fc.stringMatching(/^[a-zåäö!?#]{1,8}$/),
        langs,
        (spec, text, lang) => parseInput(text, spec, lang).status === "error",
      ),
    );
  });

  it("every bounded kind rejects a value outside its range", () => {
    const bounded: [FieldSpec, fc.Arbitrary<number>][] = [
      [FIELDS.share(), fc.oneof(decimal(1.0001, 1e4), decimal(-1e4, -0.0001))],
      [FIELDS.interest(), decimal(0.2501, 100)],
      [FIELDS.taxRate(), fc.oneof(decimal(40.0001, 1e4), decimal(-1e4, 9.9999))],
      [FIELDS.count(), fc.integer({ min: -1e9, max: -1 })],
      [FIELDS.year(), fc.oneof(fc.integer({ min: 2201, max: 1e6 }), fc.integer({ min: -1e6, max: 1899 }))],
      [FIELDS.month(), fc.oneof(fc.integer({ min: 13, max: 1e6 }), fc.integer({ min: -1e6, max: 0 }))],
      [FIELDS.positiveMoney("tkr"), decimal(-1e6, 0)],
    ];
    for (const [spec, values] of bounded) {
      fc.assert(fc.property(values, langs, (v, lang) => checkValue(v, spec, lang).status === "error"));
    }
  });

  it("whole-number kinds reject fractions", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(FIELDS.count(), FIELDS.year(), FIELDS.month(), FIELDS.years()),
        fc.integer({ min: 1, max: 9 }),
        langs,
        (spec, tenth, lang) => {
          const v = (spec.kind === "year" ? 2000 : 5) + tenth / 10;
          return parseInput(formatPlain(v, lang, 6, false), spec, lang).status === "error";
        },
      ),
    );
  });

  it("a share typed in the other language's format is never silently read as another number", () => {
    // "1,5" typed in English and "1.5" in Swedish
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 99 }), (a, b) => {
        const en = parseInput(`${a},${b}`, FIELDS.money("mnkr"), "en");
        const sv = parseInput(`${a}.${b}`, FIELDS.money("mnkr"), "sv");
        return en.status === "error" && sv.status === "error";
      }),
    );
  });
});

describe("parseInput: Swedish money typed with an English thousands comma", () => {
  // sv: the comma is the decimal sign, so "6,950" is six and 950 thousandths; a comma followed by
  // exactly three digits in a money field is far likelier a thousands separator typed the English way
  it("6,950 in an mnkr field is read as 6,95 mnkr and asks whether 6 950 was meant", () => {
    const p = parseInput("6,950", FIELDS.money("mnkr"), "sv");
    expect(ok(p)).toBe(6.95);
    expect(p).toMatchObject({
      meant: 6950,
      warning: "6,950 läses som 6,95\u00a0mnkr (komma är decimaltecken) — menade du 6\u00a0950?",
    });
  });
  it("1,250 and −12,500 likewise: meant 1 250 and −12 500", () => {
    expect(parseInput("1,250", FIELDS.money("tkr"), "sv")).toMatchObject({ value: 1.25, meant: 1250 });
    expect(parseInput("−12,500", FIELDS.money("mnkr"), "sv")).toMatchObject({ value: -12.5, meant: -12500 });
  });
  it("a typed unit is kept in the suggestion: 6,950 tkr in an mnkr field meant 6 950 tkr = 6,95 mnkr", () => {
    const p = parseInput("6,950 tkr", FIELDS.money("mnkr"), "sv");
    expect(p).toMatchObject({ value: 0.00695, meant: 6.95 });
    expect(p.status === "ok" && p.warning).toContain("menade du 6\u00a0950\u00a0tkr?");
  });
  it("one, two or four decimals, grouped numbers, English and non-money fields get no such warning", () => {
    for (const s of ["6,95", "6,9", "6,9500", "6 950", "6 950,5", "1 250,000"])
      expect(parseInput(s, FIELDS.money("mnkr"), "sv")).not.toHaveProperty("warning");
    // English: the comma is the thousands separator, 6,950 is 6 950 already
    expect(parseInput("6,950", FIELDS.money("mnkr"), "en")).toEqual({ status: "ok", value: 6950 });
    expect(parseInput("1,250", FIELDS.count(), "sv")).toMatchObject({ status: "error" });
  });
  it("no suggestion when the meant number is outside the field's range (non-negative field, −6,950)", () => {
    expect(parseInput("−6,950", FIELDS.nonNegativeMoney("mnkr"), "sv")).toMatchObject({ status: "error" });
  });
});

describe("parseInput: a year field answers a mistyped number with the year's own rule", () => {
  it("6,950.5 or 2 025 in a year field: write the year with four digits; abc is not a number", () => {
    expect(parseInput("6,950.5", FIELDS.year(), "sv")).toEqual({
      status: "error",
      message: "Skriv året med fyra siffror, till exempel 2027.",
    });
    expect(parseInput("20,25", FIELDS.year(), "en")).toEqual({
      status: "error",
      message: "Write the year with four digits, e.g. 2027.",
    });
    expect(parseInput("abc", FIELDS.year(), "sv")).toEqual({
      status: "error",
      message: "”abc” är inte ett tal.",
    });
  });
});

describe("a point between groups of three digits (issue 23, finding 1)", () => {
  const money = FIELDS.money("mnkr");
  it("sv 6.950: a thousands separator where Swedish uses one, so both readings are offered, never only 6,950", () => {
    // 6.950 is 6 950 with a point between the thousands, or 6,95 with an English decimal point
    expect(message(parseInput("6.950", money, "sv"))).toBe(
      "Punkt skiljer inte tusental på svenska: skriv 6\u00a0950 (eller 6,95), inte 6.950.",
    );
    // several groups can only be thousands: 1.950.000 = 1 950 000
    expect(message(parseInput("1.950.000", money, "sv"))).toBe(
      "Punkt skiljer inte tusental på svenska: skriv 1\u00a0950\u00a0000, inte 1.950.000.",
    );
    // the continental way, points for thousands and a decimal comma: 1.950,5 = 1 950,5
    expect(message(parseInput("−1.950,5", money, "sv"))).toBe(
      "Punkt skiljer inte tusental på svenska: skriv −1\u00a0950,5, inte −1.950,5.",
    );
    // not groups of three: still the decimal point message
    expect(message(parseInput("6.95", money, "sv"))).toBe(
      "Punkt är inte decimaltecken på svenska: skriv 6,95, inte 6.95.",
    );
  });

  it("en 6.950 mirrors sv 6,950: read as 6.95 mnkr, with 'did you mean 6,950?'", () => {
    expect(parseInput("6.950", money, "en")).toEqual({
      status: "ok",
      value: 6.95,
      warning:
        "6.950 is read as 6.95\u00a0mnkr (the point is the decimal sign in English) — did you mean 6,950?",
      meant: 6950,
    });
    // 6.95 and 6.9500 are not three digits after the point: no question
    expect(parseInput("6.95", money, "en")).toEqual({ status: "ok", value: 6.95 });
    expect(parseInput("6.9500", money, "en")).toEqual({ status: "ok", value: 6.95 });
  });
});

describe("messages keep a typed number on one line, and a share in a percent field reads naturally (issue 23)", () => {
  /** No ordinary space inside a number or between a number and its unit: only U+00A0 there. */
  const breakable = /\d \d|\d (mnkr|tkr|kr|%)/;

  it("a typed number's spaces are echoed as no-break spaces, in Swedish and English messages and hints", () => {
    const money = FIELDS.money("mnkr");
    const texts = [
      message(parseInput("1 950,5", money, "en")),
      message(parseInput("1 95", money, "sv")),
      message(parseInput("1 9500,5", money, "en")),
      (parseInput("6,950 mnkr", money, "sv") as { warning: string }).warning,
      (parseInput("6.950 mnkr", money, "en") as { warning: string }).warning,
    ];
    for (const t of texts) expect(t).not.toMatch(breakable);
    // the Swedish example of grouping, too: "1 950,5" with a no-break space
    expect(message(parseInput("1 95", money, "sv"))).toBe(
      "”1\u00a095” har fel tusentalsavgränsning; skriv till exempel 1\u00a0950,5.",
    );
    // 6,950 read as 6,95 mnkr; meant 6 950 mnkr: every space in the hint is U+00A0
    expect((parseInput("6,950 mnkr", money, "sv") as { warning: string }).warning).toBe(
      "6,950\u00a0mnkr läses som 6,95\u00a0mnkr (komma är decimaltecken) — menade du 6\u00a0950\u00a0mnkr?",
    );
  });

  it('English "0,2137" in a percent field: the decimal sign and the percentage in one plain sentence', () => {
    // 0,2137 with a decimal point is 0.2137, a share; in a percent field the share 0.2137 is 21.37 %
    expect(message(parseInput("0,2137", FIELDS.share(), "en"))).toBe(
      "In English the decimal sign is a point, and the field is in percent: write 21.37 for 21.37%, not 0,2137.",
    );
    // a 2 % interest rate typed as the Swedish share 0,02: 0.02 × 100 = 2
    expect(message(parseInput("0,02", FIELDS.interest(), "en"))).toBe(
      "In English the decimal sign is a point, and the field is in percent: write 2 for 2%, not 0,02.",
    );
    // the Swedish mirror: "0.2137" typed the English way
    expect(message(parseInput("0.2137", FIELDS.share(), "sv"))).toBe(
      "Punkt är inte decimaltecken på svenska, och fältet är i procent: skriv 21,37 för 21,37\u00a0%, inte 0.2137.",
    );
  });

  it("no percentage is suggested outside the field's range, nor outside a percent field", () => {
    // 0,9 as a share is 90 %, above the interest rate's 25 %: only the decimal sign is said
    expect(message(parseInput("0,9", FIELDS.interest(), "en"))).toBe(
      "In English the decimal sign is a point: write 0.9, not 0,9.",
    );
    expect(message(parseInput("0,2137", FIELDS.money("mnkr"), "en"))).toBe(
      "In English the decimal sign is a point: write 0.2137, not 0,2137.",
    );
  });

  it("a decimal sign hint never suggests a number the field then refuses (the tax rate: straight to 21.37)", () => {
    // 0,2137 read the English way is 0.2137 kr per 100 kr, below the rate's 10–40; 0.2137 × 100 = 21.37 is in it
    expect(message(parseInput("0,2137", FIELDS.taxRate(), "en"))).toBe(
      "In English the decimal sign is a point, and the field is in kronor per\u00a0100\u00a0kr: write 21.37, not 0,2137.",
    );
    // the Swedish mirror: "0.2137" → 0,2137 → 21,37
    expect(message(parseInput("0.2137", FIELDS.taxRate(), "sv"))).toBe(
      "Punkt är inte decimaltecken på svenska, och fältet är i kronor per\u00a0100\u00a0kr: skriv 21,37, inte 0.2137.",
    );
    // a rate typed right with the wrong sign ("21,37" → 21.37) is only told the sign
    expect(message(parseInput("21,37", FIELDS.taxRate(), "en"))).toBe(
      "In English the decimal sign is a point: write 21.37, not 21,37.",
    );
    // a tax change of 10,5 öre typed as kronor: 10.5 is above the change's ±5 kr; 10.5 / 100 = 0.105 is within
    expect(message(parseInput("10,5", FIELDS.taxChange(), "en"))).toBe(
      "In English the decimal sign is a point, and the field is in kronor per\u00a0100\u00a0kr: write 0.105, not 10,5.",
    );
    // the following message would be a refusal without a better number: both in one sentence
    expect(message(parseInput("1,5", FIELDS.count(), "en"))).toBe(
      "In English the decimal sign is a point, so 1,5 is 1.5, but it must be a whole number.",
    );
    expect(message(parseInput("1.5", FIELDS.count(), "sv"))).toBe(
      "Punkt är inte decimaltecken på svenska, så 1.5 är 1,5, men talet ska vara ett heltal.",
    );
    // and following the suggestion of each message gives no further message
    for (const [typed, spec, lang] of [
      ["21.37", FIELDS.taxRate(), "en"],
      ["21,37", FIELDS.taxRate(), "sv"],
      ["0.105", FIELDS.taxChange(), "en"],
      ["2", FIELDS.interest(), "en"],
    ] as const)
      expect(parseInput(typed, spec, lang)).toEqual({ status: "ok", value: expect.any(Number) });
  });
});
