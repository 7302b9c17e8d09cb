import { INVESTMENT_TEXTS } from "./texts";
import { computePlan, planFields, projectText, START_PROJECTS, type ProjectText } from "./model";

/** The frame and rates the panel starts with: 150 mnkr, 2,5 %, 3 %, 60 %. */
const TOP = { frame: "150", internal: "2,5 %", external: "3 %", borrowed: "60 %" };
const [preschool, nursingHome, sportsHall] = START_PROJECTS.map((p) => projectText(p, "sv")) as [
  ProjectText,
  ProjectText,
  ProjectText,
];
/** "Lägg till projekt" before anything is typed in it: no name, no amount (issue 23). */
const empty: ProjectText = {
  id: 9,
  namn: "",
  texts: { ...preschool.texts, belopp: "", avskrivningstid: "20", aktiveringsmanad: "1", driftkostnad: "0" },
};

describe("Investeringar: an empty project takes no priority number (issue 23)", () => {
  it("moved to the top, the real projects keep 1, 2, 3 in their order and the empty one has none", () => {
    const f = planFields(TOP, [empty, preschool, nursingHome, sportsHall], "sv");
    expect(f.priority).toEqual([undefined, 1, 2, 3]);
    expect(f.empty).toBe(1);
    // the plan is the three real projects, in that order
    expect(f.input.projects.map((p) => p.namn)).toEqual(["Förskola", "Särskilt boende", "Sporthall"]);
    // each field names its project by the same priority it has without the empty one
    expect(f.projects[1]!.belopp.label).toBe("Belopp (mnkr) (Prioritet 1: Förskola)");
    expect(f.projects[3]!.belopp.label).toBe("Belopp (mnkr) (Prioritet 3: Sporthall)");
    expect(f.projects[0]!.belopp.label).toBe("Belopp (mnkr) (tomt projekt)");
  });

  it("moved between them, the numbers are the same as with the empty project last", () => {
    const between = planFields(TOP, [preschool, empty, nursingHome, sportsHall], "en");
    const last = planFields(TOP, [preschool, nursingHome, sportsHall, empty], "en");
    expect(between.priority).toEqual([1, undefined, 2, 3]);
    expect(last.priority).toEqual([1, 2, 3, undefined]);
    expect(between.projects[2]!.ar.label).toBe("Year (Priority 2: Särskilt boende)");
    expect(last.projects[1]!.ar.label).toBe("Year (Priority 2: Särskilt boende)");
  });

  it("a message about a real project below an empty one names its own priority, not its place in the list", () => {
    const wrong = { ...sportsHall, texts: { ...sportsHall.texts, aktiveringsmanad: "13" } };
    const f = planFields(TOP, [empty, preschool, nursingHome, wrong], "sv");
    // the sports hall is the third real project: Prioritet 3, although it is the fourth card
    expect(f.lines).toEqual(["Aktiveringsmånad (1–12) (Prioritet 3: Sporthall): Ska vara mellan 1 och 12."]);
  });

  it("the plan and its fits do not change when the empty project moves: 45 and 72 fit, 35 waits", () => {
    const fits = (order: ProjectText[]) => {
      const f = planFields(TOP, order, "sv");
      const plan = computePlan({ ...f.input, years: [2026, 2027, 2028] }, "sv").ok!;
      return plan.projekt.map((p) => [p.namn, p.ryms]);
    };
    // 45 + 72 = 117 ≤ 150; 117 + 35 = 152 > 150
    const expected = [
      ["Förskola", true],
      ["Särskilt boende", true],
      ["Sporthall", false],
    ];
    expect(fits([empty, preschool, nursingHome, sportsHall])).toEqual(expected);
    expect(fits([preschool, nursingHome, empty, sportsHall])).toEqual(expected);
  });

  it("the note says how many projects are empty, without a priority number", () => {
    expect(INVESTMENT_TEXTS.sv.leftOut(1)).toBe(
      "Ett projekt är tomt (inget namn, inget belopp): det räknas inte med i planen och får ingen prioritet förrän det har ett namn eller ett belopp.",
    );
    expect(INVESTMENT_TEXTS.en.leftOut(2)).toBe(
      "2 projects are empty (no name, no amount): they are left out of the plan and take no priority until they have a name or an amount.",
    );
  });
});
