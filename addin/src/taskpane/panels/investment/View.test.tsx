import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  computePlan,
  planFields,
  START_PROJECTS,
  type PlanInput,
  type Project,
  type ProjectText,
} from "./model";
import { meantOtherwise } from "../../input/problems";
import { InvestmentPanel } from "./View";

function render(lang: "sv" | "en"): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <InvestmentPanel lang={lang} write={async () => undefined} />
    </FluentProvider>,
  );
}

describe("InvestmentPanel (rendered once, without a browser)", () => {
  it("fits the default proposals to the 150 frame in order: 45 and 72 fit, the sports hall (35) waits", () => {
    const html = render("sv");
    // 45 + 72 = 117; 35 more would make 152 > 150
    expect(html).toMatch(/data-testid="inv-fit-1"[^>]*>ryms</);
    expect(html).toMatch(/data-testid="inv-fit-2"[^>]*>ryms</);
    expect(html).toMatch(/data-testid="inv-fit-3"[^>]*>väntar</);
    // Ryms 117 · Väntar 35 · Kvar av ramen 33 (sv-SE numbers), each with its unit and never broken from it
    // (150 − 117 = 33 left)
    expect(html).toContain("Ryms 117\u00a0mnkr · Väntar 35\u00a0mnkr · Kvar av ramen 33\u00a0mnkr");
    // the table's money columns say their unit, as every other panel's
    expect(html).toContain(">Investeringar (mnkr)<");
    expect(html).toContain(">Kapitalkostnad (internränta, mnkr)<");
    expect(html).toContain(">Resultatpåverkan (kommunen, mnkr)<");
  });

  it("shows the effect on the municipality's result per year, in English too", () => {
    const html = render("en");
    // 2026: the preschool from August: running 1.2 × 5/12 = 0.5, depreciation 45/33 × 5/12 ≈ 0.57,
    // external interest 3 % × 60 % × 45 × 5/12 = 0.3375 → −1.4 to one decimal
    expect(html).toMatch(/data-testid="inv-effect-2026"[^>]*>-1\.4</);
    expect(html).toContain("fits");
    expect(html).toContain("Fits 117\u00a0mnkr · Waits 35\u00a0mnkr · Left of the frame 33\u00a0mnkr");
    expect(html).toContain(">Investments (mnkr)<");
  });
});

describe("InvestmentPanel's inputs: a message naming the field by its label, never a plausible wrong number", () => {
  // the first proposal the panel starts with: Förskola, 45 mnkr in 2026, 33 years, in use from August,
  // 1,2 mnkr of running cost a year, no saving
  const project = (patch: Partial<Project> = {}): Project => ({ ...START_PROJECTS[0]!, ...patch });
  const input = (patch: Partial<PlanInput> = {}): PlanInput => ({
    frame: 150,
    internal: 2.5,
    external: 3,
    borrowed: 60,
    projects: [project()],
    years: [2026, 2027],
    ...patch,
  });

  it("the valid default plans: 45 fits a frame of 150, 105 left", () => {
    expect(computePlan(input(), "sv").ok?.kvarAvRam).toBe(105);
  });
  it("a blank month in use is asked for, not read as January", () => {
    expect(computePlan(input({ projects: [project({ aktiveringsmanad: undefined })] }), "sv").error).toBe(
      "Fyll i Aktiveringsmånad (1–12) (Prioritet 1: Förskola).",
    );
  });
  it("a blank running cost is asked for, not read as 0", () => {
    expect(computePlan(input({ projects: [project({ driftkostnad: undefined })] }), "en").error).toBe(
      "Fill in Running cost a year (Priority 1: Förskola).",
    );
  });
  it("a month 13 and a life of 0 name the field, with sv-SE numbers", () => {
    expect(computePlan(input({ projects: [project({ aktiveringsmanad: 13 })] }), "sv").error).toBe(
      "Aktiveringsmånad (1–12) (Prioritet 1: Förskola): 13 ligger utanför 1–12 (heltal).",
    );
    expect(computePlan(input({ projects: [project({ avskrivningstid: 0 })] }), "en").error).toBe(
      "Depreciation years (Priority 1: Förskola): 0 is outside 1–100 (whole number).",
    );
    expect(computePlan(input({ projects: [project({ avskrivningstid: 2.5 })] }), "sv").error).toBe(
      "Avskrivningstid (år) (Prioritet 1: Förskola): 2,5 ligger utanför 1–100 (heltal).",
    );
  });
  it("a share typed in a percent field (0,6 for 60 %) is computed as typed, as in every panel (issue 23)", () => {
    // the hint and the warning come from the field (input/number.ts); the plan is computed at 0,6 %
    const plan = computePlan(input({ borrowed: 0.6 }), "sv");
    expect(plan.error).toBeUndefined();
    expect(plan.ok).toBeDefined();
    expect(computePlan(input({ internal: 250 }), "en").error).toBe(
      "Internal rate (%): 250 is outside 0–25. Write percent, e.g. 2.5 for 2.5%.",
    );
  });
  it("a negative frame or amount is an error naming the field", () => {
    expect(computePlan(input({ frame: -150 }), "sv").error).toMatch(/^Investeringsram: −150\./);
    expect(computePlan(input({ projects: [project({ belopp: -45 })] }), "en").error).toMatch(
      /^Amount \(Priority 1: Förskola\): -45\. Write an amount of 0 or more\.$/,
    );
  });
});

describe("InvestmentPanel's typed fields go through the pane's parser by field kind", () => {
  const top = { frame: "150", internal: "2,5 %", external: "3", borrowed: "60 %" };
  const texts = {
    belopp: "45",
    ar: "2026",
    avskrivningstid: "33",
    aktiveringsmanad: "8",
    driftkostnad: "1,2",
    besparing: "0",
  };
  const projects: ProjectText[] = [{ id: 1, namn: "Förskola", texts }];

  it("a project added and not begun (no name, no amount) is left out with a note, never an error, also once judged", () => {
    // "Lägg till projekt" adds a project with the year, 20 years, month 1, no running cost and no saving
    const added: ProjectText = {
      id: 2,
      namn: "",
      texts: { ...texts, belopp: "", avskrivningstid: "20", aktiveringsmanad: "1", driftkostnad: "0" },
    };
    const f = planFields(top, [projects[0]!, added], "sv", () => true);
    expect(f.lines).toEqual([]);
    expect(f.waiting).toEqual([]);
    expect(f.empty).toBe(1);
    expect(f.priority).toEqual([1, undefined]);
    // the plan is Förskola's alone: 45 mnkr
    expect(f.input.projects.map((p) => p.belopp)).toEqual([45]);
    // once it has a name it is a project: its missing amount is asked for by its label
    const named = planFields(top, [projects[0]!, { ...added, namn: "Bibliotek" }], "sv", () => true);
    expect(named.empty).toBe(0);
    expect(named.lines.join("\n")).toContain("Belopp (mnkr) (Prioritet 2: Bibliotek)");
  });

  it("reads percentages as per cent for the plan (2,5 % → 2,5) and amounts in mnkr, also typed in tkr", () => {
    const f = planFields(top, [{ ...projects[0]!, texts: { ...texts, belopp: "45 000 tkr" } }], "sv");
    expect(f.lines).toEqual([]);
    expect(f.input).toMatchObject({ frame: 150, internal: 2.5, external: 3, borrowed: 60 });
    expect(f.input.projects[0]).toMatchObject({ belopp: 45, ar: 2026, aktiveringsmanad: 8 });
  });

  it("names each wrong field by its label and project: an empty month and an English decimal point", () => {
    const f = planFields(
      top,
      [{ ...projects[0]!, texts: { ...texts, aktiveringsmanad: "", driftkostnad: "1.2" } }],
      "sv",
    );
    expect(f.lines).toEqual([
      "Aktiveringsmånad (1–12) (Prioritet 1: Förskola): Fyll i ett värde.",
      expect.stringMatching(
        /^Driftkostnad per år \(mnkr\) \(Prioritet 1: Förskola\): Punkt är inte decimaltecken/,
      ),
    ]);
  });

  it("a share typed for a percent (0,6 for 60 %) is computed as 0,6 %, hinted under the field and warned of beside the results", () => {
    const f = planFields({ ...top, borrowed: "0,6", internal: "0,025" }, projects, "sv");
    // 0,6 % is the share 0,006; 60 % (the share 0,6) was probably meant
    expect(f.top.borrowed.parsed).toMatchObject({ status: "ok", value: 0.006, meant: 0.6 });
    // the warning echoes exactly what was typed (0,025, never a rounded 0,03) and names the field
    expect(meantOtherwise(Object.values(f.top)).map((m) => m.text)).toEqual([
      "Internränta (%): 0,025 i ett procentfält betyder 0,025\u00a0% — menade du 2,5\u00a0%?",
      "Lånefinansierad andel (%): 0,6 i ett procentfält betyder 0,6\u00a0% — menade du 60\u00a0%?",
    ]);
    expect(computePlan({ ...f.input, years: [2026] }, "sv").error).toBeUndefined();
  });

  it("rejects a rate above calc-core's range with the field's label", () => {
    expect(
      planFields(
        { ...top, internal: "250" },
        [{ ...projects[0]!, texts: { ...texts, driftkostnad: "1.2" } }],
        "en",
      ).lines,
    ).toEqual([expect.stringMatching(/^Internal rate \(%\): Must be between 0% and 25%/)]);
  });
});
