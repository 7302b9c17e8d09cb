import { carriedFor, forgetCarried, forgetCarriedFor } from "./carried";
import { FIELDS, parseInput } from "./number";
import { relangText } from "./problems";

/** What a language switch keeps of a figure and of what was said about it (review s8, finding 1; issue 23). */
describe("a language switch and a figure with an open question", () => {
  const mnkr = FIELDS.money("mnkr");
  beforeEach(() => forgetCarried());

  it("sv 6,950 (read as 6,95, asking for 6 950) becomes en 6.95 with the same question, in English", () => {
    const sv = parseInput("6,950", mnkr, "sv");
    expect(sv).toMatchObject({ status: "ok", value: 6.95, meant: 6950 });
    const en = relangText("6,950", mnkr, "sv", "en");
    // the reading, written the English way: 6.95 (not 6,950, which English reads as six thousand nine hundred fifty)
    expect(en).toBe("6.95");
    expect(parseInput(en, mnkr, "en")).toEqual({
      status: "ok",
      value: 6.95,
      meant: 6950,
      warning: "6.95\u00a0mnkr — read from 6,950 with a comma as decimal sign; did you mean 6,950\u00a0mnkr?",
    });
  });

  it("back in Swedish the text is the one typed, with its own question again", () => {
    const en = relangText("6,950", mnkr, "sv", "en");
    const sv = relangText(en, mnkr, "en", "sv");
    expect(sv).toBe("6,950");
    const p = parseInput(sv, mnkr, "sv");
    expect(p).toMatchObject({ status: "ok", value: 6.95, meant: 6950 });
    expect(p.status === "ok" && p.warning).toBe(
      "6,950 läses som 6,95\u00a0mnkr (komma är decimaltecken) — menade du 6\u00a0950?",
    );
  });

  it("en 6.950 (read as 6.95, asking for 6,950) becomes sv 6,95 with the question in Swedish", () => {
    const sv = relangText("6.950", mnkr, "en", "sv");
    expect(sv).toBe("6,95");
    const p = parseInput(sv, mnkr, "sv");
    expect(p.status === "ok" && p.warning).toBe(
      "6,95\u00a0mnkr — läst från 6.950 med punkt som decimaltecken; menade du 6\u00a0950\u00a0mnkr?",
    );
    expect(relangText(sv, mnkr, "sv", "en")).toBe("6.950");
  });

  it("a text that is no number stays as typed, and its error is said in the new language", () => {
    expect(relangText("abc", mnkr, "sv", "en")).toBe("abc");
    expect(parseInput("abc", mnkr, "en")).toEqual({ status: "error", message: '"abc" is not a number.' });
    expect(relangText("abc", mnkr, "en", "sv")).toBe("abc");
    expect(parseInput("abc", mnkr, "sv")).toEqual({ status: "error", message: "”abc” är inte ett tal." });
  });

  it("what the user typed stays where it means the same; the pane's own writing follows the language", () => {
    // "25" and "6900" are 25 and 6 900 in both languages: kept as typed
    expect(relangText("25", mnkr, "sv", "en")).toBe("25");
    expect(relangText("6900", mnkr, "sv", "en")).toBe("6900");
    // "1,5" is 1,5 in Swedish but no English number: written 1.5
    expect(relangText("1,5", mnkr, "sv", "en")).toBe("1.5");
    // the pane's own 6 900 (a no-break space, as Intl writes sv-SE) is written 6,900 in English
    expect(relangText("6\u00a0900", mnkr, "sv", "en")).toBe("6,900");
  });

  it("a percent share asks again by itself, and nothing is recorded for a text typed fresh", () => {
    // sv "0,02" in a percent field is 0,02 % — menade du 2 %? In English 0.02% asks the same by itself
    const en = relangText("0,02", FIELDS.share(), "sv", "en");
    expect(en).toBe("0.02%");
    const p = parseInput(en, FIELDS.share(), "en");
    expect(p.status === "ok" && p.warning).toBe("0.02 in a percent field means 0.02% — did you mean 2%?");
    // a 6.95 typed in English with nothing switched has no question
    forgetCarried();
    expect(parseInput("6.95", mnkr, "en")).toEqual({ status: "ok", value: 6.95 });
  });

  it("a text typed over forgets its question: 2.5 typed later (in any field) is plain 2.5", () => {
    const en = relangText("2,500", mnkr, "sv", "en");
    expect(carriedFor(["2.5"], "en")).toHaveLength(1);
    // another language's record of the same text is not this one
    expect(carriedFor(["2.5"], "sv")).toHaveLength(0);
    forgetCarriedFor(["3", en], "en");
    expect(parseInput("2.5", mnkr, "en")).toEqual({ status: "ok", value: 2.5 });
  });
});
