import { DetailedCellError } from "hyperformula";
import { createEngine } from "../../../hyperformula/engine";
import { header, input, rawOf, type CellSpec } from "../../host/types";
import { investmentBlock } from "./block";
import { planFields, projectText, START_PROJECTS, type Project } from "./model";
import { investmentWarnings } from "./warnings";

/** sv-SE groups digits with a no-break space; the expected texts below are written with plain spaces */
const plain = (lines: string[]) => lines.map((l) => l.replace(/\u00a0/g, " "));
const preschool = (patch: Partial<Project> = {}): Project => ({ ...START_PROJECTS[0]!, ...patch });

describe("Investeringar: plausibility warnings name the field and what was probably meant", () => {
  it("has nothing to say about the start proposals within a 150 mnkr frame", () => {
    expect(investmentWarnings(150, START_PROJECTS, "sv")).toEqual([]);
  });

  it("a project of 45 000 mnkr (a tkr figure) echoes = 45 mnkr", () => {
    expect(plain(investmentWarnings(150, [preschool({ belopp: 45000 })], "sv"))).toEqual([
      "”Belopp (mnkr) (Prioritet 1: Förskola)” = 45 000 mnkr är mer än en kommuns årliga investeringar. Står beloppet i tkr blir det = 45 mnkr.",
    ]);
  });

  it("a project of 0,0045 mnkr is 4 500 kr, below an investment", () => {
    expect(plain(investmentWarnings(150, [preschool({ belopp: 0.0045 })], "sv"))).toEqual([
      "”Belopp (mnkr) (Prioritet 1: Förskola)” = 0,0045 mnkr är 4 500 kr, under vad som aktiveras som en investering. Beloppen är i mnkr.",
    ]);
  });

  it("a project above the frame never fits; a running cost of 12 on 45 is 27 % of it a year", () => {
    expect(investmentWarnings(40, [preschool()], "en")).toEqual([
      '"Amount (mnkr) (Priority 1: Förskola)" is larger than "Investment frame (mnkr)": the project never fits, whatever its priority.',
    ]);
    // 12 / 45 = 0,2667 → 27 %
    expect(plain(investmentWarnings(150, [preschool({ driftkostnad: 12 })], "sv"))).toEqual([
      "”Driftkostnad per år (mnkr) (Prioritet 1: Förskola)” är 27 % av ”Belopp (mnkr) (Prioritet 1: Förskola)” varje år. Är det en årskostnad i mnkr?",
    ]);
    // one percent style per language (issue 23): English 27%, as en-GB writes it
    expect(investmentWarnings(150, [preschool({ driftkostnad: 12 })], "en")[0]).toContain(
      'is 27% of "Amount',
    );
  });

  it("a project year already past (2020 in 2026) is computed but named, with the year it is (issue 23)", () => {
    expect(investmentWarnings(150, [preschool({ ar: 2020 })], "sv", 2026)).toEqual([
      "”År (Prioritet 1: Förskola)” = 2020 har redan varit (i år är det 2026): planen börjar då det året. Menade du ett kommande år?",
    ]);
    // this year and later are not in the past: the start proposals (2026–2028) have nothing to say in 2026
    expect(investmentWarnings(150, START_PROJECTS, "en", 2026)).toEqual([]);
  });
});

describe("Investeringar: a project's empty amount is a note until left or written", () => {
  const top = { frame: "150", internal: "2,5 %", external: "3 %", borrowed: "60 %" };
  const fresh = { ...projectText(preschool({ id: 9, namn: "" }), "sv") };
  fresh.texts = { ...fresh.texts, belopp: "" };
  const named = { ...fresh, namn: "Bibliotek" };

  it("a project not begun (no name, no amount) is left out with a note, judged or not", () => {
    for (const judged of [false, true]) {
      const p = planFields(top, [fresh], "sv", () => judged);
      expect([p.lines, p.waiting, p.empty, p.priority]).toEqual([[], [], 1, [undefined]]);
    }
  });

  it("named, not judged: no red line, the amount is waited for", () => {
    const p = planFields(top, [named], "sv", () => false);
    expect(p.lines).toEqual([]);
    expect(p.waiting).toEqual(["Belopp (mnkr) (Prioritet 1: Bibliotek)"]);
  });

  it("named, judged: the same field is an error naming it", () => {
    const p = planFields(top, [named], "sv", () => true);
    expect(p.waiting).toEqual([]);
    expect(p.lines[0]).toMatch(/^Belopp \(mnkr\) \(Prioritet 1: Bibliotek\): /);
  });
});

describe("Investeringar: the written block", () => {
  const block = investmentBlock(
    { frame: 150, internal: 2.5, external: 3, borrowed: 60, projects: START_PROJECTS, years: [2026, 2027] },
    "sv",
  );
  const styleOf = (c: CellSpec | undefined) => (c && "style" in c ? c.style : undefined);

  it("marks the inputs yellow and the headers bold", () => {
    expect(block[2]![1]).toEqual(input(150, "#,##0.0"));
    expect(block[3]![1]).toEqual(input(0.025, "0.0%"));
    expect(block[7]![0]).toEqual(header("Projekt"));
    expect(block[8]!.slice(0, 8).every((c) => styleOf(c) === "input")).toBe(true);
    // the years row (row 13: three projects from row 9, then a blank) is an input too
    expect(block[12]!.slice(1).map(styleOf)).toEqual(["input", "input"]);
  });

  it("evaluates without an error cell; 45 and 72 fit the 150 frame, 35 waits", () => {
    const hf = createEngine({ Blad1: block.map((r) => r.map(rawOf)) }, "sv", "en");
    try {
      const values = hf.getSheetValues(hf.getSheetId("Blad1")!);
      expect(values.flat().filter((v) => v instanceof DetailedCellError)).toEqual([]);
      // INVESTMENTFITS spills from I9: 45 + 72 = 117 ≤ 150, 117 + 35 = 152 > 150
      expect([values[8]![8], values[9]![8], values[10]![8]]).toEqual(["ryms", "ryms", "väntar"]);
    } finally {
      hf.destroy();
    }
  });
});
