import { MEMORY_KEY, settingsMemory, storageMemory, type SettingsLike } from "../host/paneMemory";
import { entryOf, readKept, textsIn, textsOf, writeKept } from "./useKept";
import { carryAgain, forgetCarried } from "../input/carried";
import { FIELDS, parseInput } from "../input/number";
import { relangText } from "../input/problems";
import { keptTaxState } from "../panels/tax/kept";
import { keptPlan } from "../panels/actionplan/kept";

/** A browser storage in a Map. */
function mapStorage() {
  const m = new Map<string, string>();
  return {
    m,
    storage: () => ({
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    }),
  };
}

describe("the pane's typed inputs kept with the workbook (review s8, finding 5)", () => {
  it("each panel's inputs under its own name; the others stay; the last one forgotten clears the key", () => {
    const { m, storage } = mapStorage();
    const memory = storageMemory(`${MEMORY_KEY}:skatt.xlsx`, storage);
    writeKept(memory, "revenue", { lang: "sv", value: { inv: "52 000" } });
    writeKept(memory, "tax", { lang: "en", value: { gap: "40" } });
    expect(readKept(memory, "revenue")).toEqual({ lang: "sv", value: { inv: "52 000" } });
    expect(readKept(memory, "tax")).toEqual({ lang: "en", value: { gap: "40" } });
    writeKept(memory, "revenue", undefined);
    expect(readKept(memory, "revenue")).toBeUndefined();
    expect(readKept(memory, "tax")).toEqual({ lang: "en", value: { gap: "40" } });
    writeKept(memory, "tax", undefined);
    expect(m.has(`${MEMORY_KEY}:skatt.xlsx`)).toBe(false);
  });

  it("a storage that refuses, or holds something else, keeps and gives nothing (no throw)", () => {
    const blocked = storageMemory("k", () => {
      throw new Error("SecurityError");
    });
    expect(() => writeKept(blocked, "tax", { lang: "sv", value: {} })).not.toThrow();
    expect(readKept(blocked, "tax")).toBeUndefined();
    const { m, storage } = mapStorage();
    m.set("k", "not json");
    expect(readKept(storageMemory("k", storage), "tax")).toBeUndefined();
    m.set("k", JSON.stringify({ v: 1, panels: { tax: { lang: "de", value: {} } } }));
    expect(readKept(storageMemory("k", storage), "tax")).toBeUndefined();
  });

  it("in Excel: the document's settings, set and saved into the document (saveAsync), removed when forgotten", () => {
    const bag = new Map<string, unknown>();
    let saves = 0;
    const settings: SettingsLike = {
      get: (n) => bag.get(n) ?? null,
      set: (n, v) => void bag.set(n, v),
      remove: (n) => void bag.delete(n),
      saveAsync: () => void saves++,
    };
    const memory = settingsMemory(() => settings);
    expect(readKept(memory, "tax")).toBeUndefined(); // Office's get gives null for an unknown name
    writeKept(memory, "tax", { lang: "sv", value: { gap: "40" } });
    expect(bag.get(MEMORY_KEY)).toEqual({ v: 1, panels: { tax: { lang: "sv", value: { gap: "40" } } } });
    expect(saves).toBe(1);
    writeKept(memory, "tax", undefined);
    expect(bag.has(MEMORY_KEY)).toBe(false);
    expect(saves).toBe(2);
    // outside Excel (no settings) nothing happens
    expect(() =>
      writeKept(
        settingsMemory(() => undefined),
        "tax",
        { lang: "sv", value: 1 },
      ),
    ).not.toThrow();
  });

  it("restores only what has the panel's shape, written for the pane's language now", () => {
    expect(textsOf({ a: "1", b: "2" }, ["a", "b"])).toEqual({ a: "1", b: "2" });
    expect(textsOf({ a: "1" }, ["a", "b"])).toBeUndefined();
    const tax = {
      unit: "mnkr",
      texts: { gap: "40", base: "9 800,5", netCost: "1 900", income: "320 000" },
      measures: [{ id: 7, kind: "ovrigt", name: "Lokaler", startYear: "2027", amount: "12,35", model: {} }],
    };
    // typed in Swedish, restored in English: 9 800,5 → 9,800.5, 12,35 → 12.35, 40 stays 40; the Swedish grouping
    // of 1 900 and 320 000 (the same numbers in English) is written as English groups them: 1,900 and 320,000
    expect(keptTaxState(tax, "sv", "en")).toEqual({
      unit: "mnkr",
      texts: { gap: "40", base: "9,800.5", netCost: "1,900", income: "320,000" },
      measures: [{ id: 7, kind: "ovrigt", name: "Lokaler", startYear: "2027", amount: "12.35", model: {} }],
    });
    expect(keptTaxState({ ...tax, unit: "Mkr" }, "sv", "sv")).toBeUndefined();
    expect(keptTaxState({ ...tax, measures: [{ id: 1 }] }, "sv", "sv")).toBeUndefined();
    const plan = {
      deficitText: "18,5",
      asOfText: "6",
      measures: [
        {
          id: 2,
          namn: "Nattbemanning",
          helarseffekt: "2,4",
          startmanad: "3",
          status: "beslutad",
          sannolikhet: "",
        },
      ],
    };
    expect(keptPlan(plan, "sv", "en")).toEqual({
      deficitText: "18.5",
      asOfText: "6",
      measures: [
        {
          id: 2,
          namn: "Nattbemanning",
          helarseffekt: "2.4",
          startmanad: "3",
          status: "beslutad",
          sannolikhet: "",
        },
      ],
    });
    expect(
      keptPlan({ ...plan, measures: [{ ...plan.measures[0], status: "klar" }] }, "sv", "sv"),
    ).toBeUndefined();
  });
});

describe("an open question is kept with the figure it is about (review s8-2, finding 1)", () => {
  const mnkr = FIELDS.money("mnkr");
  beforeEach(() => forgetCarried());

  it("every text of a kept value, at any depth", () => {
    expect(textsIn({ unit: "mnkr", texts: { gap: "2.5" }, measures: [{ id: 1, amount: "3" }] })).toEqual([
      "mnkr",
      "2.5",
      "3",
    ]);
  });

  it("demo: sv 2,500 switched to en (2.5, asking for 2,500), reloaded in en: the question is asked again", () => {
    // sv "2,500" in mnkr is 2,5 mnkr with a comma as decimal sign; the user probably meant 2 500 mnkr
    const en = relangText("2,500", mnkr, "sv", "en");
    expect(en).toBe("2.5");
    const { storage } = (() => {
      const m = new Map<string, string>();
      return {
        storage: () => ({
          getItem: (k: string) => m.get(k) ?? null,
          setItem: (k: string, v: string) => void m.set(k, v),
          removeItem: (k: string) => void m.delete(k),
        }),
      };
    })();
    const memory = storageMemory("k", storage);
    writeKept(memory, "tax", entryOf("en", { texts: { gap: en, base: "9,800" } }));
    // the reload: the pane's records are gone; what the memory kept brings the one for "2.5" back
    forgetCarried();
    expect(parseInput("2.5", mnkr, "en")).toEqual({ status: "ok", value: 2.5 });
    const k = readKept(memory, "tax")!;
    carryAgain(k.carried);
    expect(parseInput("2.5", mnkr, "en")).toEqual({
      status: "ok",
      value: 2.5,
      meant: 2500,
      warning: "2.5\u00a0mnkr — read from 2,500 with a comma as decimal sign; did you mean 2,500\u00a0mnkr?",
    });
  });

  it("Excel: kept in en as 2.5 with its question, reopened in sv: the text typed (2,500) and its question", () => {
    const en = relangText("2,500", mnkr, "sv", "en");
    const kept = JSON.parse(JSON.stringify(entryOf("en", { gap: en, income: "320,000" }))) as {
      carried: unknown;
    };
    forgetCarried();
    carryAgain(kept.carried);
    const sv = relangText(en, mnkr, "en", "sv");
    expect(sv).toBe("2,500");
    const p = parseInput(sv, mnkr, "sv");
    expect(p).toMatchObject({ status: "ok", value: 2.5, meant: 2500 });
  });

  it("a value with no open question keeps no records; records not of the right shape are ignored", () => {
    expect(entryOf("sv", { gap: "25" })).toEqual({ lang: "sv", value: { gap: "25" } });
    carryAgain([["x", { typed: 1 }], "y", null]);
    carryAgain("nonsense");
    expect(entryOf("sv", { gap: "x" })).toEqual({ lang: "sv", value: { gap: "x" } });
  });
});
