import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { measureFields, type Measure } from "./fields";
import { MeasureCard } from "./Measure";
import { taxModel, type TaxState } from "./model";

/** Texts with Intl's no-break spaces as plain spaces, so expectations read as the pane shows them. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

/** The review's figures (s8): gap 40, tax base 9 800, net cost 1 900 mnkr, income 320 000 kr. */
const state = (texts: Partial<TaxState["texts"]> = {}, measures: Measure[] = []): TaxState => ({
  unit: "mnkr",
  texts: { gap: "40", base: "9 800", netCost: "1 900", income: "320 000", ...texts },
  measures,
});

const other = (id: number, amount: string, startYear: string): Measure => ({
  id,
  kind: "ovrigt",
  name: "",
  startYear,
  amount,
  model: {},
});

describe("Skatt: an impossible raise names the field that explains it (issue 23, s8 finding 6)", () => {
  it("Budgetgap 99999999999 on a tax base of 9 800: the gap is named, not the (plausible) tax base", () => {
    // 99 999 999 999 / 9 800 × 100 = 1 020 408 163,255… → 1 020 408 163,26 kr per 100 kr (rounded up to whole
    // öre); no smaller unit
    // makes it a gap a net cost of 1 900 can carry (in kr it is still 99 999,999999 mnkr)
    const m = taxModel(state({ gap: "99999999999" }), "sv");
    expect(m.result).toBeUndefined();
    expect(m.lines.map(plain)).toEqual([
      "Skattehöjningen blir 1 020 408 163,26 kr per 100 kr, mer än hela inkomsten: det kan inte vara menat, så resultaten visas inte. Budgetgap (mnkr) = 99999999999 — står det i rätt enhet?",
    ]);
  });

  it("Budgetgap 40 000 (a tkr figure) in English: the gap is named with 40,000 tkr = 40 mnkr", () => {
    // 40 000 / 9 800 × 100 = 408,163… → 408,17 kr per 100 kr; 40 000 tkr = 40 mnkr ≤ the net cost of 1 900
    const m = taxModel(state({ gap: "40,000", base: "9,800", netCost: "1,900", income: "320,000" }), "en");
    expect(m.lines.map(plain)).toEqual([
      "The tax raise would be 408.17 kr per 100 kr, more than the whole income: that cannot be meant, so the results are not shown. Budget gap (mnkr) = 40,000 — did you mean 40,000 tkr = 40 mnkr?",
    ]);
  });

  it("a tax base outside a municipality's (9,8 for 9 800) is still the field named", () => {
    // 40 / 9,8 × 100 = 408,16… kr per 100 kr; 9,8 mnkr is below the smallest municipality's tax base
    const m = taxModel(state({ base: "9,8" }), "sv");
    expect(plain(m.lines[0]!)).toMatch(/Skatteunderlag \(mnkr\) = 9,8 — står det i rätt enhet\?$/);
  });
});

describe("Skatt: measures starting in different years (issue 23, s8 finding 7)", () => {
  it("12,35 from 2027 and 8,47 from 2028: the first year's need is given, the totals say from which year", () => {
    const m = taxModel(state({}, [other(1, "12,35", "2027"), other(2, "8,47", "2028")]), "sv");
    // 2027: 40 − 12,35 = 27,65 mnkr left; 27,65 / 9 800 × 10 000 = 28,21 öre → 29 öre (whole öre, rounded up)
    // from 2028: 40 − 20,82 = 19,18 mnkr left; 19,18 / 9 800 × 10 000 = 19,57 öre → 20 öre
    expect(m.phased).toEqual({
      first: { year: 2027, inEffect: 12.35, left: expect.closeTo(27.65, 10), raiseLeft: 0.29 },
      allFrom: 2028,
    });
    expect(m.result!.kvarvarandeGap).toBeCloseTo(19.18, 10);
    expect(m.result!.skattehojningEfterAtgarder).toBe(0.2);
  });

  it("measures starting the same year: no first-year figures (the totals hold from that year)", () => {
    const m = taxModel(state({}, [other(1, "12,35", "2027"), other(2, "8,47", "2027")]), "sv");
    expect(m.phased).toBeUndefined();
  });
});

describe("Skatt: a measure's echo keeps two decimals of öre (issue 23, s8 finding 11c)", () => {
  const card = (amount: number, equivalent: number) =>
    plain(
      renderToStaticMarkup(
        <FluentProvider theme={webLightTheme}>
          <MeasureCard
            lang="sv"
            index={0}
            measure={other(1, String(amount), "2027")}
            fields={measureFields(other(1, String(amount), "2027"), 0, "mnkr", "sv")}
            unit="mnkr"
            amount={amount}
            equivalent={equivalent}
            counted={false}
            judged={() => false}
            leave={() => undefined}
            update={() => undefined}
            remove={() => undefined}
          />
        </FluentProvider>,
      ).replace(/<[^>]+>/g, "|"),
    );

  it("12,35 mnkr on 9 800 = 12,60 öre and 8,47 mnkr = 8,64 öre, side by side", () => {
    // 12,35 / 9 800 × 10 000 = 12,602 öre; 8,47 / 9 800 × 10 000 = 8,643 öre (equivalents in kr per 100 kr)
    expect(card(12.35, 12.35 / 98)).toContain("|12,35 mnkr = 12,60 öre|");
    expect(card(8.47, 8.47 / 98)).toContain("|8,47 mnkr = 8,64 öre|");
  });
});
