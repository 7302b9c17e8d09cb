import { FUNCTIONS } from "../../../definitions";
import { rawOf } from "../../host/types";
import {
  exampleValue,
  formulaParts,
  insertBlock,
  keepUnits,
  localFormula,
  localValue,
  nameParts,
  valueWords,
} from "./model";
import { RESULT_WORDS_SV } from "./texts";

const def = (id: string) => FUNCTIONS.find((f) => f.id === id)!;

describe("localValue: an example's result as the language writes it", () => {
  it("Swedish shows Swedish words and decimal commas: no '→ below target' in the Swedish pane", () => {
    expect(localValue("below target", "sv")).toBe("under resultatmål");
    expect(localValue("warning", "sv")).toBe("varning");
    expect(localValue("fits;waits;fits", "sv")).toBe("ryms | väntar | ryms");
    expect(localValue("0.07", "sv")).toBe("0,07");
    expect(localValue("below target", "en")).toBe("below target");
  });

  it("RESULTVSTARGET(5,1000): 5 of 1 000 is 0,5 %, below a 2 % goal: 'under resultatmål' in Swedish", () => {
    expect(exampleValue(def("RESULTVSTARGET"), "sv")).toBe("under resultatmål");
    expect(exampleValue(def("RESULTVSTARGET"), "en")).toBe("below target");
  });

  it("a table's headers are Swedish in the Swedish pane (ACTIONFOLLOWUP: no Planned, Outcome, Deviation)", () => {
    const sv = exampleValue(def("ACTIONFOLLOWUP"), "sv");
    for (const en of ["Planned", "Outcome", "Deviation", "Total"]) expect(sv).not.toContain(en);
    // the measure's name is the user's own data, as typed in the formula
    expect(sv).toContain("Night staffing");
  });

  it("no Swedish example result ends in an English result word (below target, warning, fits, waits)", () => {
    const english = Object.keys(RESULT_WORDS_SV).filter((w) => w !== RESULT_WORDS_SV[w]);
    const withWords = FUNCTIONS.filter((f) => valueWords(f.example.value).length > 0);
    expect(withWords.length).toBeGreaterThan(3);
    for (const f of withWords) {
      const cells = exampleValue(f, "sv").split(/; | \| /);
      expect([f.id, cells.filter((c) => english.includes(c))]).toEqual([f.id, []]);
    }
  });
});

describe("insertBlock: Infoga writes live inputs, not a formula of constants", () => {
  it("NETCOSTFRAME(1000,5,2%) at J3: three yellow input cells J3:K5 and the formula in K6 refers to them", () => {
    const block = insertBlock(def("NETCOSTFRAME"), "J3", "sv");
    expect(block).toHaveLength(4);
    // inputs: 1000, 5 and 2 % as the share 0,02 shown as a percentage
    expect(block.slice(0, 3).map((r) => r[1])).toEqual([
      { value: 1000, style: "input" },
      { value: 5, style: "input" },
      { value: 0.02, format: "0%", style: "input" },
    ]);
    expect(block.slice(0, 3).every((r) => typeof rawOf(r[0]!) === "string")).toBe(true);
    expect(rawOf(block[3]![0]!)).toBe("KOMMUN.NETTOKOSTNADSRAM");
    expect(rawOf(block[3]![1]!)).toBe("=KOMMUN.NETCOSTFRAME(K3,K4,K5)");
  });

  it("an array constant and a left-out argument stay in the formula as written", () => {
    // =KOMMUN.ALLOCATE({100;100;100},10,,0): the array stays, 10 and 0 become K1 and K2
    const block = insertBlock(def("ALLOCATE"), "J1", "en");
    expect(rawOf(block[block.length - 1]![1]!)).toBe("=KOMMUN.ALLOCATE({100;100;100},K1,,K2)");
  });

  it('a quoted word (the method "linear") is an input cell of text', () => {
    const block = insertBlock(def("FORECAST"), "A1", "en");
    expect(block.map((r) => r[1])).toContainEqual({ text: "linear", style: "input" });
    expect(rawOf(block[block.length - 1]![1]!)).toBe("=KOMMUN.FORECAST(B1,{100,100,100},B2)");
  });
});

describe("localFormula", () => {
  it("writes the Swedish names, ; and decimal commas", () => {
    expect(localFormula("=KOMMUN.TAXRAISEFOR(0.5,1000)", "sv")).toBe("=KOMMUN.SKATTEHÖJNING(0,5;1000)");
  });
});

describe("nameParts: a long function name breaks after KOMMUN., never inside the name", () => {
  it("splits after the namespace's dot and keeps the name whole", () => {
    expect(nameParts("BALANCEREQUIREMENTRESULT")).toEqual(["KOMMUN.", "BALANCEREQUIREMENTRESULT"]);
    expect(nameParts("EFFEKTIVISERINGSPOTENTIALNKA")).toEqual(["KOMMUN.", "EFFEKTIVISERINGSPOTENTIALNKA"]);
  });

  it("a name with a dot or underscore may also break after it, and the pieces rejoin to the full name", () => {
    const parts = nameParts("A.B_C");
    expect(parts).toEqual(["KOMMUN.", "A.", "B_", "C"]);
    expect(parts.join("")).toBe("KOMMUN.A.B_C");
  });
});

describe("formulaParts: a formula wraps between its arguments", () => {
  it("breaks after the dot, the bracket and each separator, and rejoins to the same formula", () => {
    const f = "=KOMMUN.RESULTATKRAV(1000;2%)";
    expect(formulaParts(f)).toEqual(["=KOMMUN.", "RESULTATKRAV(", "1000;", "2%)"]);
    expect(formulaParts(f).join("")).toBe(f);
    expect(formulaParts("{-0,1\\-0,05}")).toEqual(["{", "-0,", "1\\-0,", "05}"]);
  });
});

describe("the examples as the review of s7 read them (issue 23)", () => {
  it("the Swedish example of PROGNOS names the method in Swedish, which the function accepts", () => {
    expect(localFormula(def("FORECAST").example.formula, "sv")).toBe(
      '=KOMMUN.PROGNOS(1200;{100\\100\\100};"linjär")',
    );
    // the same forecast either way: 3 months of 100 run at that rate for 12 months = 1 200
    const months = [[100, 100, 100]];
    expect(def("FORECAST").invoke([1200, months, "linjär"], "sv")).toBe(1200);
    expect(def("FORECAST").invoke([1200, months, "linear"], "en")).toBe(1200);
    // English keeps the English word, and other quoted text is left alone
    expect(localFormula(def("FORECAST").example.formula, "en")).toContain('"linear"');
    expect(localFormula('=KOMMUN.X("Night staffing",1.5)', "sv")).toBe('=KOMMUN.X("Night staffing";1,5)');
  });

  it("SÄSONGSPROFIL's example: eleven months of 1/11 and a July of 0 (sums to 1), shown to four decimals", () => {
    // one year {1,1,1,1,1,1,0,1,1,1,1,1}: the year's sum is 11, so each month is 1 / 11 = 0.090909… and July
    // 0 / 11 = 0; 11 × 1/11 + 0 = 1, as a profile must (the input has a zero month; the output is right)
    const value = def("SEASONALPROFILE").example.value.split(",").map(Number);
    expect(value).toHaveLength(12);
    expect(value[6]).toBe(0);
    expect(value.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const eleventh = "0,0909…";
    expect(exampleValue(def("SEASONALPROFILE"), "sv")).toBe(
      [...Array(6).fill(eleventh), "0", ...Array(5).fill(eleventh)].join("; "),
    );
    expect(exampleValue(def("SEASONALPROFILE"), "en").split(",")[0]).toBe("0.0909…");
    // a short fraction stays as it is
    expect(localValue("0.37", "sv")).toBe("0,37");
  });
});

describe("keepUnits: a figure and its unit never break apart in the descriptions shown (issue 23)", () => {
  const NB = "\u00a0";
  it("joins a figure and a following %, öre, kr, mnkr, tkr, månad(er), month(s) with a no-break space", () => {
    expect(keepUnits("vad 1 % lön, 10 öre skatt eller 100 kr statsbidrag")).toBe(
      `vad 1${NB}% lön, 10${NB}öre skatt eller 100${NB}kr statsbidrag`,
    );
    expect(keepUnits("what 1 % of pay, 10 öre of tax or 100 kr of grant")).toBe(
      `what 1${NB}% of pay, 10${NB}öre of tax or 100${NB}kr of grant`,
    );
    expect(keepUnits("t.ex. Solnas 319 kr (kr)")).toBe(`t.ex. Solnas 319${NB}kr (kr)`);
    expect(keepUnits("+1 %, 5 mnkr, 7 tkr, 12 månader, 1 månad, 12 months, 1 month")).toBe(
      `+1${NB}%, 5${NB}mnkr, 7${NB}tkr, 12${NB}månader, 1${NB}månad, 12${NB}months, 1${NB}month`,
    );
  });
  it("leaves a figure before another word, and a unit that starts a longer word, as they are", () => {
    expect(keepUnits("KL 11 kap.")).toBe("KL 11 kap.");
    expect(keepUnits("1 november")).toBe("1 november");
    expect(keepUnits("3 krav")).toBe("3 krav");
    expect(keepUnits("2 monthly")).toBe("2 monthly");
  });
  it("SENSITIVITY's description as the pane shows it in both languages; the definition itself keeps plain spaces", () => {
    const d = def("SENSITIVITY");
    expect(keepUnits(d.en.description)).toContain(`1${NB}% of pay, 10${NB}öre of tax or 100${NB}kr of grant`);
    expect(keepUnits(d.sv.description)).toContain(
      `1${NB}% lön, 10${NB}öre skatt eller 100${NB}kr statsbidrag`,
    );
    // the definitions also feed Excel's manifests: no U+00A0 put into them
    for (const f of FUNCTIONS) {
      expect(f.sv.description).not.toContain(NB);
      expect(f.en.description).not.toContain(NB);
    }
  });
});
