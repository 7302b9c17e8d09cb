import type { CellSpec, WorkbookSpec } from "./model";

/** The investment budget sample: four committees' proposals against a frame, amounts in mnkr. */
export const INVESTMENT_SAMPLE = {
  ram: 150,
  internranta: 0.025,
  externRanta: 0.03,
  lanandel: 0.6,
  years: [2026, 2027, 2028, 2029],
  /** the budget's result before the plan's consequences, and depreciation of existing assets */
  resultat: [20, 22, 24, 26],
  avskrivningar: [30, 31, 32, 33],
  // belopp, år, avskrivningstid, aktiveringsmånad, prioritet, driftkostnad per år, besparing per år
  projects: [
    ["Barn- och utbildningsnämnden", "Ny förskola Norr", 45, 2026, 33, 8, 1, 1.2, 0],
    ["Vård- och omsorgsnämnden", "Digitala trygghetslarm", 5, 2026, 5, 3, 2, 0.3, 1.5],
    ["Samhällsbyggnadsnämnden", "Gator och beläggning", 20, 2028, 20, 6, 3, 0, 0.2],
    ["Vård- och omsorgsnämnden", "Särskilt boende, 60 platser", 72, 2027, 33, 10, 4, 2.4, 0],
    ["Kultur- och fritidsnämnden", "Ny sporthall", 35, 2028, 33, 9, 5, 1.8, 0],
    ["Barn- och utbildningsnämnden", "Västra skolan, tillbyggnad", 70, 2027, 33, 8, 6, 1, 0.4],
    ["Kultur- och fritidsnämnden", "Konstgräsplan", 8, 2029, 10, 5, 7, 0.4, 0],
  ] as const,
} as const;

const money = (v: string | number, input = false): CellSpec => ({ v, style: "money", input });
const share = (v: string | number, input = false): CellSpec => ({ v, style: "share1", input });
const header = (v: string | number): CellSpec => ({ v, style: "header" });
const COLS = ["B", "C", "D", "E"] as const;

/** "Investeringsbudget 2026–2029": proposals fitted to the frame by priority, and their consequences. */
export function investmentWorkbook(): WorkbookSpec {
  const s = INVESTMENT_SAMPLE;
  const first = 11;
  const last = first + s.projects.length - 1; // 17
  const planTop = 23; // header row of the spilled plan; years in rows 24–27
  const budgetTop = 30;
  const rows: Record<number, (CellSpec | string | number | null)[]> = {
    1: [{ v: "Investeringsbudget 2026–2029", style: "title" }],
    2: [
      {
        v: "Exempelkommun, belopp i mnkr. Gula celler är indata. Förslagen prövas mot ramen i prioritetsordning; ett förslag som inte ryms väntar.",
        style: "note",
      },
    ],
    4: [header("Förutsättningar"), header("Värde")],
    5: ["Investeringsram 2026–2029", money(s.ram, true)],
    6: ["Internränta (SKR)", share(s.internranta, true)],
    7: ["Extern låneränta", share(s.externRanta, true)],
    8: ["Lånefinansierad andel", share(s.lanandel, true)],
    10: [
      header("Nämnd"),
      header("Projekt"),
      header("Belopp"),
      header("År"),
      header("Avskrivningstid"),
      header("Aktiveringsmånad"),
      header("Prioritet"),
      header("Driftkostnad per år"),
      header("Besparing per år"),
      header("Ryms i ramen"),
    ],
    [last + 1]: ["Summa förslag", null, money(`=SUM(C${first}:C${last})`)],
    [last + 2]: ["Ryms i ramen", null, money(`=SUM(B${planTop + 1}:B${planTop + s.years.length})`)],
    [last + 3]: ["Väntar", null, money(`=C${last + 1}-C${last + 2}`)],
    [last + 4]: ["Kvar av ramen", null, money(`=B5-C${last + 2}`)],
    [planTop - 1]: [header("Investeringsplanens följder för projekten som ryms (KOMMUN.INVESTMENTPLAN)")],
    [planTop]: [
      {
        v: `=KOMMUN.INVESTMENTPLAN(C${first}:I${last},B5,B${budgetTop}:E${budgetTop},B6,B7,B8,B${budgetTop + 1}:E${budgetTop + 1},B${budgetTop + 2}:E${budgetTop + 2})`,
        spill: `A${planTop}:J${planTop + s.years.length}`,
        style: "money",
        headerRow: true,
        columnStyles: [
          "year",
          "money",
          "money",
          "money",
          "money",
          "money",
          "money",
          "money",
          "money",
          "share1",
        ],
      },
    ],
    [budgetTop - 1]: [header("Driftbudgetens planår: investeringarnas följder")],
    [budgetTop]: [header("År"), ...s.years.map((y) => ({ v: y, style: "header" as const }))],
    [budgetTop + 1]: ["Resultat före investeringsplanen", ...s.resultat.map((v) => money(v, true))],
    [budgetTop + 2]: ["Avskrivningar, befintliga tillgångar", ...s.avskrivningar.map((v) => money(v, true))],
  };
  s.projects.forEach((p, i) => {
    const r = first + i;
    const [namnd, namn, belopp, ar, tid, manad, prio, drift, besparing] = p;
    rows[r] = [
      namnd,
      namn,
      money(belopp, true),
      { v: ar, style: "year", input: true },
      { v: tid, input: true },
      { v: manad, input: true },
      { v: prio, input: true },
      money(drift, true),
      money(besparing, true),
      i === 0 ? { v: `=KOMMUN.INVESTMENTFITS(C${first}:I${last},B5)`, spill: `J${first}:J${last}` } : null,
    ];
  });
  // the plan's consequences flow into the operating budget, year by year (row of the spilled plan = year)
  const fromPlan = (label: string, col: string, style: CellSpec["style"] = "money") => [
    label,
    ...COLS.map((_, k) => ({ v: `=${col}${planTop + 1 + k}`, style })),
  ];
  rows[budgetTop + 3] = fromPlan("Avskrivningar, nya investeringar", "C");
  rows[budgetTop + 4] = fromPlan("Extern ränta på lånefinansierad del", "F");
  rows[budgetTop + 5] = fromPlan("Driftkostnader, nya investeringar", "G");
  rows[budgetTop + 6] = fromPlan("Besparingar", "H");
  rows[budgetTop + 7] = fromPlan("Resultatpåverkan av investeringsplanen (kommunen)", "I");
  rows[budgetTop + 8] = [
    "Resultat efter investeringsplanen",
    ...COLS.map((c) => money(`=${c}${budgetTop + 1}+${c}${budgetTop + 7}`)),
  ];
  rows[budgetTop + 9] = fromPlan("Självfinansieringsgrad av investeringarna", "J", "share1");
  rows[budgetTop + 10] = fromPlan("Nämndernas kapitalkostnad (internränta)", "E");
  rows[budgetTop + 12] = [
    {
      v: "Internräntan är nämndernas kostnad och lika stor intäkt centralt; kommunens resultat påverkas av avskrivningar och extern ränta på den lånade delen (RKR R4: avskrivning från månaden tillgången tas i bruk).",
      style: "note",
    },
  ];
  return {
    title: "Investeringsbudget 2026–2029",
    sheets: [{ name: "Investeringsbudget", widths: [52, 30, 12, 10, 16, 18, 12, 20, 18, 22], rows }],
  };
}
