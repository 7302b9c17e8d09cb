import { MEMORY_KEY, settingsMemory, storageMemory, type SettingsLike } from "../host/paneMemory";
import { readKept, textsOf, writeKept } from "./useKept";
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
    // typed in Swedish, restored in English: 9 800,5 → 9,800.5, 12,35 → 12.35, 40 stays 40
    expect(keptTaxState(tax, "sv", "en")).toEqual({
      unit: "mnkr",
      texts: { gap: "40", base: "9,800.5", netCost: "1 900", income: "320 000" },
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
