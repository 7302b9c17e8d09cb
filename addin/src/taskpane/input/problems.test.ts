import { konsekvensanalys, skattEllerEffektivisering } from "@kommunkalkyl/calc-core";
import { FIELDS, parseInput } from "./number";
import {
  convertMoneyText,
  errorText,
  field,
  percentStyle,
  problems,
  regrouped,
  relangText,
} from "./problems";

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected an error");
};

describe("messages in the user's words", () => {
  it("each invalid field once, with its label", () => {
    const gap = field("Budgetgap (mnkr)", "abc", FIELDS.money("mnkr"), "sv");
    const base = field("Skatteunderlag (mnkr)", "6 900", FIELDS.money("mnkr"), "sv");
    expect(problems([gap, base, gap])).toEqual(["Budgetgap (mnkr): ”abc” är inte ett tal."]);
  });

  it("a calc-core error names the field's label, not the argument id", () => {
    const e = thrown(() =>
      skattEllerEffektivisering({
        gap: 25,
        skatteunderlag: 6900,
        nettokostnad: 1900,
        beskattningsbarInkomst: -1,
      }),
    );
    const text = errorText(e, "sv", (arg) =>
      arg === "beskattningsbarInkomst" ? "Beskattningsbar inkomst per person (kr)" : undefined,
    );
    expect(text).toMatch(
      /^Beskattningsbar inkomst per person \(kr\) = -1 ligger utanför det rimliga intervallet/,
    );
    expect(text).not.toContain("beskattningsbarInkomst");
  });

  it("a measure's field is named with the measure's number", () => {
    const e = thrown(() => konsekvensanalys([{ namn: "A", startar: 20 }], { ar: [2026] }));
    const text = errorText(e, "en", (arg, i) =>
      arg === "startar" ? `Measure ${i} · Start year` : undefined,
    );
    expect(text).toMatch(/^Measure 1 · Start year = 20 is outside/);
  });
});

describe("the same number in another unit or language", () => {
  it("converts money texts between units, keeping the kronor", () => {
    expect(convertMoneyText("25", "mnkr", "tkr", FIELDS.money("mnkr"), "sv")).toBe("25\u00a0000");
    expect(convertMoneyText("6 810", "tkr", "mnkr", FIELDS.money("tkr"), "sv")).toBe("6,81");
    expect(convertMoneyText("abc", "mnkr", "kr", FIELDS.money("mnkr"), "sv")).toBe("abc");
  });

  it("rewrites a typed number for the other language", () => {
    expect(relangText("1 950,5", FIELDS.money("mnkr"), "sv", "en")).toBe("1,950.5");
    expect(relangText("2\u00a0%", FIELDS.interest(), "sv", "en")).toBe("2%");
    expect(relangText("1,950.5", FIELDS.money("mnkr"), "en", "sv")).toBe("1\u00a0950,5");
  });
});

describe("a typed figure that means the same in the other language, grouped as it groups (review s8-2, 5a)", () => {
  const mnkr = FIELDS.money("mnkr");
  it("sv 9 800 and 2 900 (plain spaces, as typed) are 9,800 and 2,900 in English: the digits unchanged", () => {
    expect(relangText("9 800", mnkr, "sv", "en")).toBe("9,800");
    expect(relangText("2 900", mnkr, "sv", "en")).toBe("2,900");
    expect(relangText("1 250 000", FIELDS.kronor(), "sv", "en")).toBe("1,250,000");
    expect(regrouped("−1 250", "en")).toBe("−1,250");
  });
  it("en 9,800 is 9 800 in Swedish (the pane's own writing, a no-break space); ungrouped figures stay", () => {
    expect(relangText("9,800", mnkr, "en", "sv")).toBe("9\u00a0800");
    expect(relangText("9800", mnkr, "sv", "en")).toBe("9800");
    expect(relangText("9 800", mnkr, "en", "sv")).toBe("9 800");
    expect(regrouped("9 800", "sv")).toBe("9 800");
    expect(regrouped("12 34", "en")).toBe("12 34");
  });
  it("English 9,800 typed in a Swedish pane is the ambiguous case: read 9,8 and asked about", () => {
    expect(parseInput("9,800", mnkr, "sv")).toMatchObject({ status: "ok", value: 9.8, meant: 9800 });
  });
});

describe("percentStyle: one percent style per language (issue 23, finding 10)", () => {
  it("English drops the space before % as en-GB writes 1.32%; Swedish keeps 1,32 %", () => {
    expect(
      new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 2 }).format(0.0132),
    ).toBe("1.32%");
    expect(percentStyle("above 115 % of the average, +1 % a year", "en")).toBe(
      "above 115% of the average, +1% a year",
    );
    expect(percentStyle("över 115 % av medel", "sv")).toBe("över 115 % av medel");
  });
});
