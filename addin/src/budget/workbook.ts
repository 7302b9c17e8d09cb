import type { CellSpec, CellStyle, SheetSpec, WorkbookSpec } from "../samples/model";
import type { BudgetData, SourcedFigure } from "./types";

/**
 * The budget workbook of a municipality (issue 20, API.md §12), built from its fetched figures as one
 * workbook model that the CLI, the task pane and the demo render alike. Pure: no I/O, no clock.
 *
 * Every fetched figure stands in a yellow input cell on *Förutsättningar* with its source beside it; every
 * result is a live formula over those cells (`KOMMUN.*` where one exists). Amounts in mnkr: Kolada's
 * kronor per inhabitant × inhabitants / 1 000 000, as formulas. A figure that could not be had is a
 * yellow input of 0 marked "fyll i", so the workbook still computes and says what is missing.
 */

/**
 * The bundled tables' ids in {@link BudgetData.tabeller} (`SourcedFigure.kpi`) that the builder reads, each
 * with the spellings it accepts (the fetcher's first). `ar` is the income year for the factors and SKR's
 * growth, the calendar year otherwise. A change or rate whose `enhet` is "%" is in percent (4.1) and is
 * divided by 100 into the share the workbook holds (4,1 % shown); any other unit is a share already (0.041).
 */
export const BUDGET_TABLES = {
  /** the government's uplift factor of the tax base (förordning om uppräkningsfaktorer, SFS) */
  faktor: ["upprakningsfaktor", "upprakningsfaktorer"],
  /** SKR's forecast growth of the tax base (circular Budgetförutsättningar) */
  skrTillvaxt: ["skr-skatteunderlag"],
  /** the county rate for the income equalisation (förordning (2004:881) 2 §), kr per 100 kr */
  lansSkattesats: ["lansskattesats", "lansvisa-skattesatser"],
  /** the county rate for the income equalisation charge above 115 % (förordning (2004:881) 3 §), kr per 100 kr */
  lansAvgift: ["lansskattesats-avgift"],
  /** SKR's price index for municipal activities (PKV) */
  pkv: ["skr-pkv"],
  /** the internal interest rate (SKR's recommendation) */
  internranta: ["internranta"],
  /** SKR's forecast final settlement, kronor per inhabitant */
  slutavrakning: ["skr-slutavrakning"],
} as const;

/** A change or rate as a share: percent figures ("%") divided by 100. */
function asShare(f: SourcedFigure & { varde: number }): number {
  return f.enhet.trim() === "%" ? f.varde / 100 : f.varde;
}

type Kind = "count" | "rate" | "krinv" | "pct";

/** The Kolada KPIs the workbook reads (API.md §12), in the order Förutsättningar lists them. */
export const BUDGET_KPIS: { id: string; label: string; kind: Kind }[] = [
  { id: "N01951", label: "Invånare totalt", kind: "count" },
  { id: "N01817", label: "Invånare 0 år", kind: "count" },
  { id: "N01926", label: "Invånare 1–5 år", kind: "count" },
  { id: "N01953", label: "Invånare 6–15 år", kind: "count" },
  { id: "N01929", label: "Invånare 16–18 år", kind: "count" },
  { id: "N01931", label: "Invånare 19–64 år", kind: "count" },
  { id: "N01956", label: "Invånare 65–79 år", kind: "count" },
  { id: "N01957", label: "Invånare 80+ år", kind: "count" },
  { id: "N02907", label: "Invånare om fem år enligt prognos, totalt", kind: "count" },
  { id: "N02908", label: "Invånare om fem år, 0–5 år", kind: "count" },
  { id: "N02909", label: "Invånare om fem år, 6–15 år", kind: "count" },
  { id: "N02910", label: "Invånare om fem år, 16–19 år", kind: "count" },
  { id: "N02911", label: "Invånare om fem år, 20–64 år", kind: "count" },
  { id: "N02913", label: "Invånare om fem år, 65–79 år", kind: "count" },
  { id: "N02914", label: "Invånare om fem år, 80+ år", kind: "count" },
  { id: "N00901", label: "Kommunal skattesats (kr per 100 kr)", kind: "rate" },
  { id: "N00903", label: "Skattekraft (kr/inv)", kind: "krinv" },
  { id: "N00904", label: "Skattekraft i procent av riksgenomsnittet", kind: "pct" },
  { id: "N03010", label: "Skatteintäkter (kr/inv)", kind: "krinv" },
  { id: "N03009", label: "Generella statsbidrag och utjämning (kr/inv)", kind: "krinv" },
  { id: "N00011", label: "Inkomstutjämning (kr/inv)", kind: "krinv" },
  { id: "N00012", label: "Kostnadsutjämning (kr/inv)", kind: "krinv" },
  { id: "N00019", label: "Strukturbidrag (kr/inv)", kind: "krinv" },
  { id: "N00014", label: "Regleringsbidrag (+) / -avgift (−) (kr/inv)", kind: "krinv" },
  { id: "N03064", label: "LSS-utjämning (kr/inv)", kind: "krinv" },
  { id: "N03067", label: "Verksamhetens nettokostnad (kr/inv)", kind: "krinv" },
  { id: "N03011", label: "Nettokostnader enligt resultaträkningen (kr/inv)", kind: "krinv" },
  { id: "N11004", label: "Nettokostnad förskola (kr/inv)", kind: "krinv" },
  { id: "N15028", label: "Nettokostnad grundskola F–9 (kr/inv)", kind: "krinv" },
  { id: "N17014", label: "Nettokostnad gymnasieskola (kr/inv)", kind: "krinv" },
  { id: "N20014", label: "Nettokostnad äldreomsorg (kr/inv)", kind: "krinv" },
  { id: "N28016", label: "Nettokostnad LSS och SFB (kr/inv)", kind: "krinv" },
  { id: "N30005", label: "Nettokostnad individ- och familjeomsorg (kr/inv)", kind: "krinv" },
  { id: "N31008", label: "Nettokostnad ekonomiskt bistånd (kr/inv)", kind: "krinv" },
  { id: "N00097", label: "Nettokostnadsavvikelse totalt exkl. LSS (%)", kind: "pct" },
  { id: "N11024", label: "Nettokostnadsavvikelse förskola (%)", kind: "pct" },
  { id: "N15001", label: "Nettokostnadsavvikelse grundskola (%)", kind: "pct" },
  { id: "N17001", label: "Nettokostnadsavvikelse gymnasieskola (%)", kind: "pct" },
  { id: "N20900", label: "Nettokostnadsavvikelse äldreomsorg (%)", kind: "pct" },
  { id: "N30001", label: "Nettokostnadsavvikelse individ- och familjeomsorg (%)", kind: "pct" },
  { id: "N03108", label: "Finansnetto (kr/inv, positivt = nettointäkt)", kind: "krinv" },
  { id: "N03012", label: "Avskrivningar (kr/inv)", kind: "krinv" },
  { id: "N03132", label: "Nettoinvesteringar (kr/inv)", kind: "krinv" },
  { id: "N03007", label: "Årets resultat (kr/inv)", kind: "krinv" },
  { id: "N03102", label: "Resultatandel av skatter och bidrag (%)", kind: "pct" },
  { id: "N03106", label: "Soliditet (%)", kind: "pct" },
  { id: "N03002", label: "Soliditet inkl. pensionsförpliktelser (%)", kind: "pct" },
  { id: "N03103", label: "Självfinansieringsgrad av investeringar (%)", kind: "pct" },
];

/** The activities of Driftbudget: KPI of net cost, and the age group whose change drives its volume. */
const ACTIVITIES: { name: string; kpi: string; now: string[]; later: string[]; group: string }[] = [
  { name: "Förskola", kpi: "N11004", now: ["N01817", "N01926"], later: ["N02908"], group: "0–5 år" },
  { name: "Grundskola F–9", kpi: "N15028", now: ["N01953"], later: ["N02909"], group: "6–15 år" },
  // Kolada's prognosis has 16–19, the current count 16–18: the bands differ, so the total population drives it
  { name: "Gymnasieskola", kpi: "N17014", now: ["N01951"], later: ["N02907"], group: "totalt" },
  { name: "Äldreomsorg", kpi: "N20014", now: ["N01957"], later: ["N02914"], group: "80+ år" },
  { name: "LSS och SFB", kpi: "N28016", now: ["N01951"], later: ["N02907"], group: "totalt" },
  { name: "Individ- och familjeomsorg", kpi: "N30005", now: ["N01951"], later: ["N02907"], group: "totalt" },
  { name: "Ekonomiskt bistånd", kpi: "N31008", now: ["N01951"], later: ["N02907"], group: "totalt" },
];

/** The sheets' names, in the order of API.md §12. */
export const BUDGET_SHEETS = [
  "Förutsättningar",
  "Skatter och bidrag",
  "Resultatbudget",
  "Driftbudget",
  "Jämförelse",
  "Nyckeltal",
  "Källor",
] as const;

const [FORUT, SKATT, RESULT, DRIFT, JAMF, NYCKEL, KALLOR] = BUDGET_SHEETS;
const q = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const YEAR_COLS = ["B", "C", "D"] as const;

const money = (v: string | number, input = false): CellSpec => ({ v, style: "money", input });
const header = (v: string | number): CellSpec => ({ v, style: "header" });
const note = (v: string): CellSpec => ({ v, style: "note" });
const styled = (v: string | number | null, style: CellStyle, input = false): CellSpec => ({
  v,
  style,
  input,
});
const KIND_STYLE: Record<Kind, CellStyle> = { count: "count", rate: "rate", krinv: "money0", pct: "rate" };

const FYLL_I = "fyll i: saknas";

function usable(f: SourcedFigure | undefined): f is SourcedFigure & { varde: number } {
  return f !== undefined && typeof f.varde === "number" && Number.isFinite(f.varde);
}

/** The bundled figure of table `kpi` for year `ar` (the last one given wins, so a fetcher may override). */
function table(
  data: BudgetData,
  kpi: readonly string[],
  ar?: number,
): (SourcedFigure & { varde: number }) | undefined {
  const rows = data.tabeller.filter(
    (t): t is SourcedFigure & { varde: number } =>
      kpi.includes(t.kpi) && (ar === undefined || t.ar === ar) && usable(t),
  );
  return rows[rows.length - 1];
}

/** A short tag for a narrow column: what the source listed below the table is (an assumption, to fill in, a source). */
function sourceTag(source: string): string {
  const kind =
    /^antagande/i.test(source) || /antagande:/.test(source)
      ? "antagande"
      : source.startsWith(FYLL_I)
        ? "fyll i"
        : "källa";
  return `${kind} ↓`;
}

/** An assumption's text with one "antagande:" in front (the fetcher's texts may carry it already). */
function assumption(text: string): string {
  return /^antagande/i.test(text.trim()) ? text.trim() : `antagande: ${text.trim()}`;
}

function describe(f: SourcedFigure): string {
  const parts = [`${f.kalla}${f.kalla === "Kolada" ? ` ${f.kpi}` : ""}, ${f.title}, år ${f.ar}`];
  if (f.antagande) parts.push(assumption(f.antagande));
  if (f.titelVarning) parts.push(`OBS: ${f.titelVarning}`);
  return parts.join("; ");
}

/** One assumption per year: a bundled figure, or a marked fallback the user should replace. */
interface YearInput {
  v: number;
  source: string;
  formula?: string;
}

/**
 * Builds the workbook "Mål och budget" for `data.kommun`: the budget year `data.budgetar` and two plan years.
 *
 * Source of the rules behind the formulas: the result requirement and net-cost frame of SPEC §1 (good
 * financial management, KL 11 kap. 1 §; the 2 % goal is the conventional one, an input); the tax base and
 * uplift factors (lag (1965:269) om särskilda bestämmelser om kommuns och regions skatteunderlag, and the
 * yearly förordning om uppräkningsfaktorer); income equalisation (lag (2004:773) om kommunalekonomisk
 * utjämning, 4–6 §§, with the county rates of förordning (2004:881)); the balance requirement (KL 11 kap.
 * 5, 12–14 §§). Kolada's figures are per inhabitant; they become mnkr as `kr/inv × invånare / 1 000 000`.
 *
 * Marked assumptions (written into the workbook beside the cells): Kolada's tax capacity of year Y is the
 * tax base of income year Y − 1 per inhabitant (SCB's taxation year convention); Kolada's kronor per
 * inhabitant of the latest outcome are held for the plan years where no forecast is bundled; the plan
 * years' population follows Kolada's five-year projection at a constant annual rate.
 *
 * @param data - the fetched figures (Kolada: kr/inv, counts, percent as Kolada gives them; tables: factors,
 *   rates in kr per 100 kr, changes in percent when `enhet` is "%")
 * @returns the workbook model: seven sheets, amounts in mnkr, and the eleven workbook-scope names
 * @example
 * ```ts
 * // the synthetic Exempelkommun: 20 000 inhabitants, tax rate 22, budget year 2027
 * const spec = buildBudgetWorkbook(exempelBudgetData());
 * spec.names!.Skattesats; // "Förutsättningar!$B$25", the input cell holding 22
 * computeWorkbook(spec)["Resultatbudget"]![11]![1]; // the budget gap 2027: 8.8001312 mnkr
 * ```
 */
export function buildBudgetWorkbook(data: BudgetData): WorkbookSpec {
  const t = data.budgetar;
  const years = [t, t + 1, t + 2];
  const fig = (id: string) => data.figurer[id];
  const missing = new Map(data.saknas.map((s) => [s.kpi, s]));

  // ---------- Förutsättningar ----------
  const f: SheetSpec["rows"] = {};
  const title = `Mål och budget ${t} med plan ${t + 1}–${t + 2}: ${data.kommun.namn}`;
  f[1] = [{ v: title, style: "title" }];
  f[2] = [
    note(
      "Belopp i mnkr där inget annat anges. Gula celler är indata: hämtade värden med källan bredvid, antaganden och det som ska fyllas i. Källa: Kolada.",
    ),
  ];
  f[4] = ["Kommun", data.kommun.namn];
  f[5] = ["Kommunkod", data.kommun.kod];
  f[6] = ["Budgetår", styled(t, "year")];
  f[7] = ["Län", data.kommun.lan ?? ""];
  f[9] = [
    header("Hämtade uppgifter"),
    header("Värde"),
    header("Enhet"),
    header("Avser år"),
    header("KPI"),
    header("Titel i Kolada"),
    header("Hämtad"),
    header("Anmärkning"),
  ];
  const kpiRow: Record<string, number> = {};
  let r = 10;
  for (const k of BUDGET_KPIS) {
    const x = fig(k.id);
    kpiRow[k.id] = r;
    if (usable(x)) {
      const remark = [
        x.antagande ? assumption(x.antagande) : "",
        x.titelVarning ? `OBS: ${x.titelVarning}` : "",
      ]
        .filter(Boolean)
        .join("; ");
      f[r] = [
        k.label,
        styled(x.varde, KIND_STYLE[k.kind], true),
        x.enhet,
        styled(x.ar, "year"),
        x.kpi,
        x.title,
        x.hamtad,
        remark,
      ];
    } else {
      const why = missing.get(k.id)?.skal ?? (x ? "Kolada har inget värde" : "inte hämtad");
      f[r] = [
        k.label,
        styled(0, KIND_STYLE[k.kind], true),
        x?.enhet ?? "",
        // beside the yellow 0, not only in the remark far to the right: the 0 is a place to fill in
        "fyll i",
        k.id,
        x?.title ?? missing.get(k.id)?.title ?? "",
        x?.hamtad ?? "",
        `${FYLL_I} (${why})`,
      ];
    }
    r++;
  }
  const cell = (id: string) => `${q(FORUT)}!$B$${kpiRow[id]}`;
  /** the year a KPI's value belongs to, or the year before the budget year when it is missing */
  const yearOf = (id: string) => {
    const x = fig(id);
    return usable(x) ? x.ar : t - 1;
  };

  // the controller's assumptions
  r += 1;
  f[r] = [header("Antaganden"), header("Värde"), header("Enhet"), null, null, header("Källa")];
  const goalRow = r + 1;
  f[goalRow] = [
    "Resultatmål, andel av skatter och bidrag",
    styled(0.02, "share1", true),
    "%",
    null,
    null,
    "antagande: 2 % är den vanliga riktlinjen för god ekonomisk hushållning (KL 11 kap. 1 §); ersätt med fullmäktiges mål",
  ];
  const interest = table(data, BUDGET_TABLES.internranta, t);
  const interestRow = r + 2;
  f[interestRow] = [
    "Internränta",
    // "" rather than null: an empty input cell the file still shades yellow (the writer skips null cells)
    interest ? styled(asShare(interest), "share1", true) : styled("", "share1", true),
    "%",
    null,
    null,
    interest ? describe(interest) : `${FYLL_I} (SKR:s rekommenderade internränta)`,
  ];
  const lan = table(data, BUDGET_TABLES.lansSkattesats);
  const lanRow = r + 3;
  f[lanRow] = [
    `Länsvis skattesats för inkomstutjämningen${data.kommun.lan ? `, ${data.kommun.lan}` : ""}`,
    styled(lan ? lan.varde : 0, "rate", true),
    "kr per 100 kr",
    null,
    null,
    lan ? describe(lan) : `${FYLL_I} (förordning (2004:881) 2 §)`,
  ];
  const charge = table(data, BUDGET_TABLES.lansAvgift);
  const chargeRow = r + 4;
  f[chargeRow] = [
    "Länsvis skattesats för inkomstutjämningsavgift (över 115 %)",
    styled(charge ? charge.varde : "", "rate", true),
    "kr per 100 kr",
    null,
    null,
    charge
      ? describe(charge)
      : `${FYLL_I} om kommunens skattekraft är över 115 % av medelskattekraften (förordning (2004:881) 3 §); annars tomt`,
  ];

  // per year: uplift factors (income years), PKV, final settlement
  const incomeYear = yearOf("N00903") - 1; // marked assumption, see above
  const outcomeYear = yearOf("N03067");
  const riket = data.jamforelse["0000"]?.["N00903"];
  const riketIncomeYear = usable(riket) ? riket.ar - 1 : incomeYear;
  /** factors are needed for every income year after the earliest tax base the sheets start from */
  const factorFrom = Math.min(incomeYear, riketIncomeYear, t - 2);
  const firstYear = Math.min(factorFrom + 1, outcomeYear + 1, t);
  const lastYear = t + 2;
  const perYearHead = r + 7;
  f[perYearHead] = [
    header("År"),
    header("Uppräkn.faktor"),
    header("Källa"),
    header("PKV (andel)"),
    header("Källa"),
    header("Slutavräkning (kr/inv)"),
    header("Källa"),
  ];
  const perYearSources: string[] = [];
  const yearRow: Record<number, number> = {};
  const officialFactors = data.tabeller.filter(
    (x): x is SourcedFigure & { varde: number } =>
      (BUDGET_TABLES.faktor as readonly string[]).includes(x.kpi) && usable(x) && !x.antagande,
  );
  const latestFactor = officialFactors.sort((a, b) => a.ar - b.ar)[officialFactors.length - 1];
  const pkvs = data.tabeller.filter(
    (x): x is SourcedFigure & { varde: number } =>
      (BUDGET_TABLES.pkv as readonly string[]).includes(x.kpi) && usable(x) && !x.antagande,
  );
  const latestPkv = pkvs.sort((a, b) => a.ar - b.ar)[pkvs.length - 1];
  for (let y = firstYear; y <= lastYear; y++) {
    const row = perYearHead + 1 + (y - firstYear);
    yearRow[y] = row;
    const factor = factorFor(data, y, latestFactor, `${q(FORUT)}!$H$${row}`);
    const pkv = table(data, BUDGET_TABLES.pkv, y);
    const pkvInput: YearInput = pkv
      ? { v: asShare(pkv), source: describe(pkv) }
      : latestPkv
        ? {
            v: asShare(latestPkv),
            source: `antagande: ersätt med SKR:s senaste PKV-prognos (taget från ${describe(latestPkv)})`,
          }
        : { v: 0, source: `${FYLL_I} (SKR:s prisindex för kommunal verksamhet)` };
    const settle = table(data, BUDGET_TABLES.slutavrakning, y);
    const settleInput: YearInput = settle
      ? { v: settle.varde, source: describe(settle) }
      : { v: 0, source: `${FYLL_I} (SKR:s prognos för slutavräkningen)` };
    const usedFactor = y > factorFrom;
    const usedPkv = y > outcomeYear;
    const usedSettle = y >= t;
    // the narrow columns beside each value say what it is (source, assumption, to fill in); the full text
    // is listed below the table, one per row, where no value cuts it off
    if (usedFactor) perYearSources.push(`${y}, uppräkningsfaktor: ${factor.source}`);
    if (usedPkv) perYearSources.push(`${y}, PKV: ${pkvInput.source}`);
    if (usedSettle) perYearSources.push(`${y}, slutavräkning: ${settleInput.source}`);
    f[row] = [
      styled(y, "year"),
      !usedFactor
        ? null
        : factor.formula
          ? styled(factor.formula, "factor")
          : styled(factor.v, "factor", true),
      usedFactor ? sourceTag(factor.source) : "",
      usedPkv ? styled(pkvInput.v, "share1", true) : null,
      usedPkv ? sourceTag(pkvInput.source) : "",
      usedSettle ? styled(settleInput.v, "money0", true) : null,
      usedSettle ? sourceTag(settleInput.source) : "",
      ...(usedFactor && factor.formula ? [styled(factor.v, "share1", true)] : []),
    ];
  }
  f[perYearHead - 1] = [
    { v: "Per år", style: "heading" },
    null,
    null,
    null,
    null,
    null,
    null,
    header("SKR:s prognos för skatteunderlagets ökning"),
  ];
  const factorCell = (y: number) => `${q(FORUT)}!$B$${yearRow[y]}`;
  const pkvCell = (y: number) => `${q(FORUT)}!$D$${yearRow[y]}`;
  const settleCell = (y: number) => `${q(FORUT)}!$F$${yearRow[y]}`;
  const endRow = perYearHead + (lastYear - firstYear) + 3;
  f[endRow] = [
    note(
      `Skattekraften år ${yearOf("N00903")} i Kolada räknas som skatteunderlaget inkomstår ${incomeYear} per invånare (antagande: SCB:s beskattningsår) och räknas upp med faktorerna ovan. Värden i kr/inv från utfallet hålls oförändrade per invånare under planåren där ingen prognos finns (antagande).`,
    ),
  ];
  f[endRow + 2] = [header("Källa per år (kolumnerna Källa ovan)")];
  perYearSources.forEach((text, i) => {
    f[endRow + 3 + i] = [text];
  });

  /** the product of the uplift factors from income year `from` (exclusive) to `to` (inclusive); "" when none */
  const uplift = (from: number, to: number) => {
    if (to > from) {
      return "*" + Array.from({ length: to - from }, (_, i) => factorCell(from + 1 + i)).join("*");
    }
    if (to < from)
      return "/" + `(${Array.from({ length: from - to }, (_, i) => factorCell(to + 1 + i)).join("*")})`;
    return "";
  };
  const indexUp = (from: number, to: number) =>
    to > from ? Array.from({ length: to - from }, (_, i) => `*(1+${pkvCell(from + 1 + i)})`).join("") : "";

  // ---------- Skatter och bidrag ----------
  /** KOMMUN.SKATTEROCHBIDRAG needs a tax rate and a tax base; without them the sum is computed without the table */
  const taxInputs = usable(fig("N00901")) && usable(fig("N00903")) && usable(fig("N01951"));
  /** the last factor column for each year of the budget: t−1 and t for the budget year, one more per plan year */
  const UPLIFT_END = ["C", "D", "E"] as const;
  const s: SheetSpec["rows"] = {};
  s[1] = [{ v: `Skatteintäkter och generella statsbidrag ${t}–${t + 2}`, style: "title" }];
  s[2] = [note("Belopp i mnkr där inget annat anges. Alla värden räknas ur Förutsättningar.")];
  s[4] = [header("Förutsättningar"), ...years.map(header)];
  const growth = `IF(OR(${cell("N01951")}=0,${cell("N02907")}=0),0,(${cell("N02907")}/${cell("N01951")})^(1/5)-1)`;
  s[5] = [
    "Invånare",
    styled(`=${cell("N01951")}`, "count"),
    styled(`=B5*(1+${growth})`, "count"),
    styled(`=C5*(1+${growth})`, "count"),
  ];
  s[6] = ["Skattesats (kr per 100 kr)", ...YEAR_COLS.map(() => styled(`=${cell("N00901")}`, "rate"))];
  s[7] = [
    `Skatteunderlag inkomstår ${t - 2} (mnkr)`,
    money(`=${cell("N00903")}*${cell("N01951")}/1000000${uplift(incomeYear, t - 2)}`),
  ];
  s[8] = [
    note(
      incomeYear === t - 2
        ? `Skattekraft (kr/inv) × invånare, inkomstår ${incomeYear}.`
        : `Skattekraft (kr/inv) × invånare, inkomstår ${incomeYear}, räknat till inkomstår ${t - 2} med uppräkningsfaktorerna.`,
    ),
  ];
  s[9] = [header("Uppräkningsfaktorer"), header(t - 1), ...years.map(header)];
  s[10] = ["Uppräkningsfaktor", ...[t - 1, ...years].map((y) => styled(`=${factorCell(y)}`, "factor"))];
  s[11] = [header("Uppräknat skatteunderlag"), ...years.map(header)];
  s[12] = [
    "Uppräknat skatteunderlag (mnkr)",
    money("=KOMMUN.UPLIFTEDTAXBASE($B$7,B10:C10)"),
    money("=KOMMUN.UPLIFTEDTAXBASE($B$7,B10:D10)"),
    money("=KOMMUN.UPLIFTEDTAXBASE($B$7,B10:E10)"),
  ];
  s[14] = [header("Inkomstutjämning"), ...years.map(header)];
  const riketRow = 15;
  s[riketRow] = [
    "Medelskattekraft i riket, uppräknad (kr/inv)",
    ...years.map((y) => styled(`=${q(JAMF)}!$G$${5}${uplift(riketIncomeYear, y)}`, "money0")),
  ];
  s[16] = [
    "Kommunens skattekraft, uppräknad (kr/inv)",
    ...YEAR_COLS.map((c) => styled(`=IF(${c}5=0,0,${c}12*1000000/${c}5)`, "money0")),
  ];
  const rate = `${q(FORUT)}!$B$${lanRow}`;
  const chargeRate = `${q(FORUT)}!$B$${chargeRow}`;
  /** the law's formula cannot be applied: a capacity, the inhabitants or the county rate missing, or above 115 % without the charge rate */
  const cannot = (c: string) => `OR(${c}15=0,${c}5=0,${rate}=0,AND(${c}16>1.15*${c}15,${chargeRate}=""))`;
  s[17] = [
    "Inkomstutjämningsbidrag (+) / -avgift (−) (mnkr)",
    ...YEAR_COLS.map((c) =>
      money(
        `=IF(${cannot(c)},${cell("N00011")}*${c}5/1000000,IF(${chargeRate}="",KOMMUN.INCOMEEQUALISATION(${c}16,${c}15,${c}5,${rate}),KOMMUN.INCOMEEQUALISATION(${c}16,${c}15,${c}5,${rate},${chargeRate}))/1000000)`,
      ),
    ),
  ];
  s[18] = [
    "Räknat med (lag (2004:773) 4–6 §§)",
    // short texts, which the year columns show in full; the note below says what the outcome is
    ...YEAR_COLS.map(
      (c) =>
        `=IF(${cannot(c)},"${usable(fig("N00011")) ? `Koladas utfall ${yearOf("N00011")}` : FYLL_I}","KOMMUN.INKOMSTUTJÄMNING")`,
    ),
  ];
  /**
   * Whether the fetched figures let the law's formula apply in every year (the capacities, the inhabitants,
   * the county rate, and the charge rate when above 115 %): then the fallback to Kolada's outcome, an
   * assumption, is not used and the note says what is used instead (no mark to check in the run's report).
   * Row 18 says per year what the cells computed with, should an edited input change it.
   */
  const ownCapacity = fig("N00903");
  const lawApplies =
    usable(ownCapacity) &&
    usable(riket) &&
    riket.varde > 0 &&
    usable(fig("N01951")) &&
    lan !== undefined &&
    lan.varde > 0 &&
    (ownCapacity.varde <= 1.15 * riket.varde || charge !== undefined);
  s[19] = [
    note(
      lawApplies
        ? "Inkomstutjämningen räknas med lagens formel (lag (2004:773) 4–6 §§) ur skattekraften, invånarna och den länsvisa skattesatsen."
        : usable(fig("N00011"))
          ? `Koladas utfall ${yearOf("N00011")}: N00011 i kr/inv × invånare, oförändrat per invånare (antagande), där skattesats, skattekraft eller länsvis skattesats saknas; fyll i det som saknas i Förutsättningar.`
          : `${FYLL_I}: där skattesats, skattekraft eller länsvis skattesats saknas räknas utjämningen ur N00011 (kr/inv × invånare), som inte heller finns i Kolada; räknas som 0 tills det som saknas fylls i i Förutsättningar.`,
    ),
  ];
  s[20] = [header("Slutavräkning"), ...years.map(header)];
  s[21] = [
    "Slutavräkning (mnkr)",
    ...YEAR_COLS.map((c, i) =>
      money(`=IF(${c}5=0,0,KOMMUN.FINALSETTLEMENT(${settleCell(years[i]!)},${c}5)/1000000)`),
    ),
  ];
  const other: [string, string][] = [
    ["Kostnadsutjämning", "N00012"],
    ["Strukturbidrag", "N00019"],
    ["Regleringsbidrag (+) / -avgift (−)", "N00014"],
    ["LSS-utjämning", "N03064"],
  ];
  s[23] = [header("Övriga bidrag och avgifter (mnkr)"), ...years.map(header)];
  other.forEach(([label, id], i) => {
    s[24 + i] = [
      usable(fig(id))
        ? `${label} (${id}, år ${yearOf(id)}, kr/inv oförändrat: antagande)`
        : `${label} (${id}, ${FYLL_I} i Kolada; räknas som 0 tills det fylls i i Förutsättningar)`,
      ...YEAR_COLS.map((c) => money(`=${cell(id)}*${c}5/1000000`)),
    ];
  });
  const otherFirst = 24;
  const otherLast = 24 + other.length; // the last row is the user's own
  s[otherLast] = [
    "Övriga generella bidrag och kommunal fastighetsavgift (fyll i)",
    ...YEAR_COLS.map(() => money(0, true)),
  ];
  const tableRow = otherLast + 3;
  s[tableRow - 1] = [
    { v: "Skatter och generella statsbidrag per år (KOMMUN.SKATTEROCHBIDRAG)", style: "heading" },
  ];
  s[tableRow] = !taxInputs
    ? [
        note(
          `${FYLL_I}: kommunens skattesats, skattekraft eller invånare (Förutsättningar). Tabellen KOMMUN.SKATTEROCHBIDRAG kräver dem; summan nedan räknas med KOMMUN.PRELSKATTEINTÄKTER och blir 0 tills de fylls i.`,
        ),
      ]
    : [
        {
          v: `=KOMMUN.TAXESANDGRANTS(B4:D4,B7,B10:E10,B6:D6,B21:D21,B17:D17,B${otherFirst}:D${otherLast})`,
          style: "money",
          spill: `A${tableRow}:G${tableRow + 3}`,
          headerRow: true,
          columnStyles: ["year", "money", "money", "money", "money", "money", "money"],
        },
      ];
  const sobRow = tableRow + 5;
  s[sobRow - 1] = [header("Till resultatbudgeten"), ...years.map(header)];
  s[sobRow] = [
    "Skatteintäkter och generella statsbidrag (mnkr)",
    ...YEAR_COLS.map((c, i) =>
      money(
        taxInputs
          ? `=G${tableRow + 1 + i}`
          : `=IF(OR(${c}6=0,$B$7=0),0,KOMMUN.PRELIMINARYTAXREVENUE($B$7,$B$10:${UPLIFT_END[i]}$10,${c}6))+${c}21+${c}17+SUM(${c}${otherFirst}:${c}${otherLast})`,
      ),
    ),
  ];

  // ---------- Driftbudget ----------
  const d: SheetSpec["rows"] = {};
  d[1] = [{ v: `Driftbudget ${t}–${t + 2}: nettokostnad per verksamhet`, style: "title" }];
  d[2] = [
    note(
      `Utfall år ${outcomeYear} (Kolada, kr/inv × invånare), uppräknat med PKV och med den årliga förändringen i verksamhetens åldersgrupp enligt Koladas befolkningsprognos. Belopp i mnkr.`,
    ),
  ];
  d[4] = [
    header("Verksamhet"),
    header(`Utfall ${outcomeYear}`),
    ...years.map(header),
    header("Åldersgrupp"),
    header("Årlig förändring"),
  ];
  const actFirst = 5;
  const restRow = actFirst + ACTIVITIES.length;
  /**
   * Kolada's N03067 is the activities' net cost; the income statement's "Verksamhetens nettokostnader" (N03011)
   * also holds depreciation, internal items and the like (LKBR (2018:597) 6 kap. 2 § and its bilaga: the
   * result = verksamhetens nettokostnader + skatteintäkter + generella statsbidrag och utjämning + finansnetto).
   * This row brings the activities to the income statement's net costs, which Resultatbudget uses.
   */
  const diffRow = restRow + 1;
  const actLast = diffRow;
  ACTIVITIES.forEach((a, i) => {
    const row = actFirst + i;
    const now = a.now.map(cell).join("+");
    const later = a.later.map(cell).join("+");
    d[row] = [
      a.name,
      money(`=${cell(a.kpi)}*${cell("N01951")}/1000000`),
      ...years.map((y) => money(`=$B${row}${indexUp(outcomeYear, y)}*(1+$G${row})^${y - outcomeYear}`)),
      a.group,
      styled(`=IF(OR((${now})=0,(${later})=0),0,((${later})/(${now}))^(1/5)-1)`, "share1"),
    ];
  });
  d[restRow] = [
    // the rest is the total less the activities: with no total (N03067 missing) not the activities' negative sum
    usable(fig("N03067"))
      ? "Övrig verksamhet"
      : `Övrig verksamhet (N03067 totalt, ${FYLL_I} i Kolada; räknas som 0 tills det fylls i i Förutsättningar)`,
    money(
      `=IF(${cell("N03067")}=0,0,${cell("N03067")}*${cell("N01951")}/1000000-SUM(B${actFirst}:B${restRow - 1}))`,
    ),
    ...years.map((y) => money(`=$B${restRow}${indexUp(outcomeYear, y)}*(1+$G${restRow})^${y - outcomeYear}`)),
    "totalt",
    styled(
      `=IF(OR(${cell("N01951")}=0,${cell("N02907")}=0),0,(${cell("N02907")}/${cell("N01951")})^(1/5)-1)`,
      "share1",
    ),
  ];
  const hasRr = usable(fig("N03011"));
  d[diffRow] = [
    hasRr
      ? `Skillnad mot resultaträkningen (avskrivningar, interna poster m.m.): ${
          yearOf("N03011") === outcomeYear
            ? `N03011 − N03067 år ${outcomeYear}`
            : `N03011 ${yearOf("N03011")} − N03067 ${outcomeYear}`
        }`
      : `Skillnad mot resultaträkningen (N03011, ${FYLL_I} i Kolada; räknas som 0 tills det fylls i)`,
    money(
      `=IF(OR(${cell("N03011")}=0,${cell("N03067")}=0),0,(${cell("N03011")}-${cell("N03067")})*${cell("N01951")}/1000000)`,
    ),
    ...years.map((y) => money(`=$B${diffRow}${indexUp(outcomeYear, y)}*(1+$G${diffRow})^${y - outcomeYear}`)),
    "totalt",
    styled(`=$G${restRow}`, "share1"),
  ];
  const sumRow = actLast + 1;
  d[sumRow] = [
    { v: "Summa nettokostnader", style: "header" },
    ...["B", "C", "D", "E"].map((c) => money(`=SUM(${c}${actFirst}:${c}${actLast})`)),
  ];
  const allocHead = sumRow + 2;
  d[allocHead] = [
    header("Budgetgapet fördelat efter nettokostnad (KOMMUN.FÖRDELA)"),
    null,
    ...years.map(header),
  ];
  const allocFirst = allocHead + 1;
  // the gap is allocated over the activities only: depreciation and internal items are no frame to save on
  const allocLast = allocFirst + (restRow - actFirst);
  /** KOMMUN.FÖRDELA needs net costs to split by: the total net cost and the inhabitants */
  const costInputs = usable(fig("N03067")) && usable(fig("N01951"));
  ACTIVITIES.map((a) => a.name)
    .concat("Övrig verksamhet")
    .forEach((name, i) => {
      d[allocFirst + i] = [
        name,
        null,
        ...["C", "D", "E"].map((c, j) =>
          i === 0 && !costInputs
            ? note(`${FYLL_I}: verksamhetens nettokostnad och invånare (Förutsättningar)`)
            : i === 0
              ? {
                  // unrounded, so that the frames after the gap sum exactly to the net-cost frame (rounded parts
                  // of 0.1 mnkr left the sum 0.04 mnkr off the frame on Resultatbudget)
                  v: `=KOMMUN.ALLOCATE(${c}${actFirst}:${c}${restRow},${q(RESULT)}!${YEAR_COLS[j]}12)`,
                  style: "money" as const,
                  spill: `${c}${allocFirst}:${c}${allocLast}`,
                }
              : null,
        ),
      ];
    });
  const afterHead = allocLast + 2;
  d[afterHead] = [header("Ram efter fördelat budgetgap"), null, ...years.map(header)];
  ACTIVITIES.map((a) => a.name)
    .concat("Övrig verksamhet")
    .forEach((name, i) => {
      const row = afterHead + 1 + i;
      d[row] = [
        name,
        null,
        ...["C", "D", "E"].map((c) =>
          money(costInputs ? `=${c}${actFirst + i}-${c}${allocFirst + i}` : `=${c}${actFirst + i}`),
        ),
      ];
    });
  const afterDiff = afterHead + 1 + ACTIVITIES.length + 1;
  d[afterDiff] = [
    "Skillnad mot resultaträkningen (oförändrad)",
    null,
    ...["C", "D", "E"].map((c) => money(`=${c}${diffRow}`)),
  ];
  const afterSum = afterDiff + 1;
  d[afterSum] = [
    { v: "Summa (= nettokostnadsramen)", style: "header" },
    null,
    ...["C", "D", "E"].map((c) => money(`=SUM(${c}${afterHead + 1}:${c}${afterSum - 1})`)),
  ];
  // the demographic table
  const demoHead = afterSum + 2;
  d[demoHead] = [
    header("Befolkning per åldersgrupp"),
    header("Nu"),
    header("Om fem år (prognos)"),
    header("Årlig förändring"),
  ];
  const groups: [string, string[], string[]][] = [
    ["0–5 år", ["N01817", "N01926"], ["N02908"]],
    ["6–15 år", ["N01953"], ["N02909"]],
    ["65–79 år", ["N01956"], ["N02913"]],
    ["80+ år", ["N01957"], ["N02914"]],
    ["Totalt", ["N01951"], ["N02907"]],
  ];
  groups.forEach(([label, now, later], i) => {
    const row = demoHead + 1 + i;
    d[row] = [
      label,
      styled(`=${now.map(cell).join("+")}`, "count"),
      styled(`=${later.map(cell).join("+")}`, "count"),
      styled(`=IF(OR(B${row}=0,C${row}=0),0,(C${row}/B${row})^(1/5)-1)`, "share1"),
    ];
  });
  d[demoHead + groups.length + 2] = [
    note(
      "Koladas prognos har åldersgruppen 16–19 år, dagens befolkning 16–18 år; gymnasieskolan följer därför hela befolkningen (antagande).",
    ),
  ];
  const driftCol = (i: number) => ["C", "D", "E"][i]!;

  // ---------- Resultatbudget ----------
  const res: SheetSpec["rows"] = {};
  res[1] = [{ v: `Resultatbudget ${t}–${t + 2}`, style: "title" }];
  res[2] = [
    note("Belopp i mnkr. Finansnettot är positivt när de finansiella intäkterna är större än kostnaderna."),
  ];
  res[4] = [header("Resultatbudget"), ...years.map(header)];
  res[5] = [
    "Skatteintäkter och generella statsbidrag",
    ...YEAR_COLS.map((c) => money(`=${q(SKATT)}!${c}${sobRow}`)),
  ];
  res[6] = [
    usable(fig("N03108"))
      ? `Finansnetto (Kolada ${yearOf("N03108")}, kr/inv oförändrat: antagande)`
      : `Finansnetto (N03108, ${FYLL_I} i Kolada; räknas som 0 tills det fylls i i Förutsättningar)`,
    ...YEAR_COLS.map((c) => money(`=${cell("N03108")}*${q(SKATT)}!${c}5/1000000`)),
  ];
  res[7] = ["Resultatmål, andel", ...YEAR_COLS.map(() => styled(`=${q(FORUT)}!$B$${goalRow}`, "share1"))];
  res[8] = [
    "Verksamhetens nettokostnader enligt resultaträkningen (Driftbudget)",
    ...YEAR_COLS.map((_, i) => money(`=${q(DRIFT)}!${driftCol(i)}${sumRow}`)),
  ];
  res[10] = ["Resultatkrav", ...YEAR_COLS.map((c) => money(`=KOMMUN.RESULTREQUIREMENT(${c}5,${c}7)`))];
  res[11] = ["Nettokostnadsram", ...YEAR_COLS.map((c) => money(`=KOMMUN.NETCOSTFRAME(${c}5,${c}6,${c}7)`))];
  res[12] = [
    "Budgetgap (positivt = besparing som behövs)",
    ...YEAR_COLS.map((c, i) => {
      const dc = driftCol(i);
      return money(`=KOMMUN.BUDGETGAP(${q(DRIFT)}!${dc}${actFirst}:${dc}${actLast},${c}5,${c}6,${c}7)`);
    }),
  ];
  res[13] = [
    "Resultat före åtgärder",
    ...YEAR_COLS.map((c, i) => {
      const dc = driftCol(i);
      return money(`=KOMMUN.RESULT(${c}5,${c}6,${q(DRIFT)}!${dc}${actFirst}:${dc}${actLast})`);
    }),
  ];
  res[14] = [
    "Resultatandel",
    ...YEAR_COLS.map((c) => styled(`=IF(${c}5=0,"${FYLL_I}",KOMMUN.RESULTSHARE(${c}13,${c}5))`, "share")),
  ];
  res[15] = [
    "Resultat mot resultatmålet",
    // no taxes and grants (the inputs not filled in): no verdict, as for the result share above
    ...YEAR_COLS.map((c) => `=IF(${c}5=0,"${FYLL_I}",KOMMUN.RESULTVSTARGET(${c}13,${c}5,${c}7))`),
  ];
  res[17] = [header("Balanskravsutredning (KL 11 kap. 5, 12–14 §§)"), ...years.map(header)];
  res[18] = ["Årets resultat", ...YEAR_COLS.map((c) => money(`=${c}13`))];
  res[19] = ["Samtliga realisationsvinster (−)", ...YEAR_COLS.map(() => money(0, true))];
  res[20] = ["Realisationsvinster enligt undantag (+)", ...YEAR_COLS.map(() => money(0, true))];
  res[21] = ["Realisationsförluster enligt undantag (+)", ...YEAR_COLS.map(() => money(0, true))];
  res[22] = [
    "Årets balanskravsresultat",
    ...YEAR_COLS.map((c) => money(`=KOMMUN.BALANCEREQUIREMENTRESULT(${c}18,${c}19,${c}20,${c}21)`)),
  ];
  res[23] = [
    "Reserveringsutrymme (delen över 1 % av skatter och bidrag)",
    ...YEAR_COLS.map((c) => money(`=IF(${c}5=0,"${FYLL_I}",KOMMUN.RESERVEROOM(${c}22,${c}5))`)),
  ];
  res[25] = [{ v: `Känslighetsanalys ${t} (kronor, KOMMUN.KÄNSLIGHETSANALYS)`, style: "heading" }];
  const bistandRow = actFirst + ACTIVITIES.findIndex((a) => a.kpi === "N31008");
  const withBistand = usable(fig("N31008"));
  // the national tax base +1 % raises the income equalisation too (API.md §13): the grant of Skatter och bidrag
  const sensitivity = (own: boolean) =>
    `KOMMUN.SENSITIVITY(,,${q(SKATT)}!B12*1000000,${q(SKATT)}!B6,,${q(SKATT)}!B5,${withBistand ? `${q(DRIFT)}!C${bistandRow}*1000000` : ""},${q(SKATT)}!B17*1000000` +
    // the own tax base +1 % with the country unchanged (lag (2004:773) 5 §): the uplifted capacities of
    // Skatter och bidrag and the county rate of Förutsättningar, as the sample Mål och budget 2025 does
    (own ? `,${q(SKATT)}!B16,${q(SKATT)}!B15,${rate})` : ")");
  /**
   * The own row needs the county rate and the law's grant (a municipality above 115 % pays a charge, for
   * which the function has no row): decided from the fetched figures, since a spilled table cannot change
   * its size inside IF in HyperFormula.
   */
  // as the sheets compare them (Skatter och bidrag rows 15–16): the capacity against the country's, else Kolada's share
  const share = fig("N00904");
  const own = fig("N00903");
  const capacityShare =
    usable(own) && usable(riket) && riket.varde > 0
      ? own.varde / riket.varde
      : usable(share)
        ? share.varde / 100
        : undefined;
  const ownRow = lan !== undefined && lan.varde > 0 && capacityShare !== undefined && capacityShare <= 1.15;
  res[26] = taxInputs
    ? [
        {
          v: `=${sensitivity(ownRow)}`,
          style: "money0",
          spill: `A26:C${29 + (withBistand ? 1 : 0) + (ownRow ? 1 : 0)}`,
          headerRow: true,
        },
      ]
    : [
        note(
          `${FYLL_I}: skattesats, skattekraft och invånare behövs för känslighetsanalysen (Förutsättningar).`,
        ),
      ];
  res[33] = [
    note(
      "Effekt på resultatet i kronor, negativ när det kostar. Personalkostnader, övriga kostnader och låneskuld finns inte i Kolada; lägg till dem i formeln för fler rader.",
    ),
  ];
  res[34] = [
    note(
      "Skatteunderlag i riket +1 %: skatten och inkomstutjämningen växer båda. Eget skatteunderlag +1 % (riket oförändrat): skatten växer, utjämningen minskar med 1 % × skattekraft × invånare × länsvis skattesats (lag (2004:773) 5 §).",
    ),
  ];
  res[35] = [
    note(
      ownRow
        ? "Raden eget skatteunderlag räknar med bidraget (skattekraft högst 115 % av medelskattekraften enligt Kolada)."
        : `Raden eget skatteunderlag saknas: ${lan === undefined || lan.varde <= 0 ? `${FYLL_I} länsvis skattesats (Förutsättningar)` : "kommunens skattekraft är över 115 % av medelskattekraften (avgift, inte bidrag) eller okänd"}.`,
    ),
  ];

  // ---------- Jämförelse ----------
  const j: SheetSpec["rows"] = {};
  j[1] = [{ v: "Jämförelse med liknande kommuner och riket", style: "title" }];
  j[2] = [
    note(
      data.jamforelsegrupp
        ? `Jämförelsegrupp: ${data.jamforelsegrupp.titel} (Kolada-id ${data.jamforelsegrupp.id}, ${data.jamforelsegrupp.kommuner.length} kommuner). Källa: Kolada.`
        : "Ingen jämförelsegrupp hämtad: fyll i kommuner nedan. Källa: Kolada.",
    ),
  ];
  /** the year each value belongs to, per KPI and row: the municipality's, the peers' and the country's may differ */
  const JAMF_KPIS = ["N03067", "N00097", "N00903"] as const;
  const yearsSeen: Record<string, Set<number>> = { N03067: new Set(), N00097: new Set(), N00903: new Set() };
  j[4] = [
    header("Kommun"),
    header("Kod"),
    header("Nettokostnad (kr/inv)"),
    header("År"),
    header("Nettokostnadsavvikelse (%)"),
    header("År"),
    header("Skattekraft (kr/inv)"),
    header("År"),
    header("Avvikelse (andel)"),
    header("Anmärkning"),
  ];
  const yearCell = (x: SourcedFigure | undefined, id: string): CellSpec | string => {
    if (!usable(x)) return "";
    yearsSeen[id]!.add(x.ar);
    return styled(x.ar, "year");
  };
  const jrow = (kod: string, namn: string, row: number): (CellSpec | string | null)[] => {
    const g = data.jamforelse[kod] ?? {};
    const v = (id: string, style: CellStyle): CellSpec =>
      usable(g[id]) ? styled(g[id].varde, style, true) : styled(0, style, true);
    // the country's tax capacity feeds the income equalisation; a peer's is only shown when fetched
    const needed = kod === "0000" ? ["N03067", "N00097", "N00903"] : ["N03067", "N00097"];
    const missingHere = needed.filter((id) => !usable(g[id]));
    const capacity = kod === "0000" || usable(g["N00903"]);
    return [
      namn,
      kod,
      v("N03067", "money0"),
      yearCell(g["N03067"], "N03067"),
      v("N00097", "rate"),
      yearCell(g["N00097"], "N00097"),
      capacity ? v("N00903", "money0") : null,
      capacity ? yearCell(g["N00903"], "N00903") : "",
      styled(`=E${row}/100`, "share1"),
      missingHere.length ? `${FYLL_I}: ${missingHere.join(", ")}` : "",
    ];
  };
  j[5] = jrow("0000", "Riket", 5);
  j[6] = [
    data.kommun.namn,
    data.kommun.kod,
    styled(`=${cell("N03067")}`, "money0"),
    yearCell(fig("N03067"), "N03067"),
    styled(`=${cell("N00097")}`, "rate"),
    yearCell(fig("N00097"), "N00097"),
    styled(`=${cell("N00903")}`, "money0"),
    yearCell(fig("N00903"), "N00903"),
    styled("=E6/100", "share1"),
    JAMF_KPIS.filter((id) => !usable(fig(id))).length
      ? `${FYLL_I}: ${JAMF_KPIS.filter((id) => !usable(fig(id))).join(", ")} (Förutsättningar)`
      : "",
  ];
  const peers = data.jamforelsegrupp?.kommuner.filter((p) => p.kod !== data.kommun.kod) ?? [];
  const withValues = peers.filter(
    (p) => usable(data.jamforelse[p.kod]?.["N03067"]) && usable(data.jamforelse[p.kod]?.["N00097"]),
  );
  const without = peers.filter((p) => !withValues.includes(p));
  const peerFirst = 8;
  j[peerFirst - 1] = [header("Liknande kommuner")];
  withValues.forEach((p, i) => (j[peerFirst + i] = jrow(p.kod, p.namn, peerFirst + i)));
  const peerLast = peerFirst + withValues.length - 1;
  without.forEach((p, i) => (j[peerLast + 1 + i] = jrow(p.kod, p.namn, peerLast + 1 + i)));
  const kpiNames: Record<string, string> = {
    N03067: "nettokostnad",
    N00097: "nettokostnadsavvikelse",
    N00903: "skattekraft",
  };
  const spread = JAMF_KPIS.filter((id) => yearsSeen[id]!.size > 1).map((id) => {
    const ys = [...yearsSeen[id]!].sort();
    return `${kpiNames[id]} ${ys.join(", ")}`;
  });
  j[3] = [
    note(
      spread.length
        ? `OBS: åren skiljer sig mellan raderna (${spread.join("; ")}): varje värde står med det år det avser, det senaste Kolada har.`
        : "Varje värde står med det år det avser, det senaste Kolada har; kommunens, jämförelsekommunernas och rikets år kan skilja sig.",
    ),
  ];
  const potRow = peerLast + without.length + 3;
  j[potRow - 1] = [header("Effektiviseringspotential (mot den bästa kvartilen i gruppen)"), header("mnkr")];
  if (withValues.length > 0) {
    j[potRow] = [
      "Nettokostnad per invånare över gruppens 25:e percentil × invånare",
      money(`=KOMMUN.EFFICIENCYPOTENTIAL(C6,C${peerFirst}:C${peerLast},25%,${cell("N01951")})/1000000`),
    ];
    j[potRow + 1] = [
      "Nettokostnadsavvikelse över gruppens 25:e percentil × standardkostnad",
      money(
        `=KOMMUN.EFFICIENCYPOTENTIALNCD(I6,I${peerFirst}:I${peerLast},C6*${cell("N01951")}/1000000/(1+I6))`,
      ),
    ];
    j[potRow + 2] = [
      note(
        "Standardkostnaden räknas här som nettokostnaden / (1 + avvikelsen) (härlett av Kommunkalkyl). Avvikelsen avser totalt exkl. LSS, nettokostnaden hela verksamheten.",
      ),
    ];
  } else {
    j[potRow] = [`${FYLL_I}: inga jämförelsekommuner med värden`];
  }

  // ---------- Nyckeltal ----------
  const n: SheetSpec["rows"] = {};
  const ny = yearOf("N03007");
  n[1] = [{ v: `Nyckeltal ur senaste utfall (${ny})`, style: "title" }];
  n[2] = [note("Kolada (kr/inv × invånare) och härledda nyckeltal (Kommunkalkyl).")];
  n[4] = [header("Nyckeltal"), header("Värde"), header("Källa")];
  const mnkr = (id: string) => `${cell(id)}*${cell("N01951")}/1000000`;
  // each row says the year of its figure (the KPIs' latest years can differ), or that it is missing
  const from = (id: string, times = "") => {
    const x = fig(id);
    return usable(x)
      ? `Kolada ${id}${times}, ${x.ar}`
      : `Kolada ${id}${times}: ${FYLL_I} (räknas som 0 tills det fylls i i Förutsättningar)`;
  };
  n[5] = ["Årets resultat (mnkr)", money(`=${mnkr("N03007")}`), from("N03007", " × invånare")];
  n[6] = ["Avskrivningar (mnkr)", money(`=${mnkr("N03012")}`), from("N03012", " × invånare")];
  n[7] = ["Nettoinvesteringar (mnkr)", money(`=${mnkr("N03132")}`), from("N03132", " × invånare")];
  n[8] = [
    "Självfinansieringsgrad av investeringar",
    // no investments (or none filled in): no ratio, not 0 %
    styled(`=IF(B7=0,"${FYLL_I}",KOMMUN.SELFFINANCINGRATIO(B5,B6,B7))`, "share1"),
    "härledd: (resultat + avskrivningar) / nettoinvesteringar",
  ];
  n[9] = ["Självfinansieringsgrad enligt Kolada", styled(`=${cell("N03103")}/100`, "share1"), from("N03103")];
  n[10] = ["Resultatandel av skatter och bidrag", styled(`=${cell("N03102")}/100`, "share1"), from("N03102")];
  n[11] = ["Soliditet", styled(`=${cell("N03106")}/100`, "share1"), from("N03106")];
  n[12] = [
    "Soliditet inkl. pensionsförpliktelser",
    styled(`=${cell("N03002")}/100`, "share1"),
    from("N03002"),
  ];

  // ---------- Källor ----------
  const k: SheetSpec["rows"] = {};
  k[1] = [{ v: "Källor", style: "title" }];
  k[2] = [
    note(
      "Källa: Kolada (RKA), www.kolada.se, för alla KPI-värden. Tabellerna anger SFS-nummer eller SKR-cirkulär.",
    ),
  ];
  k[4] = [
    header("KPI / tabell"),
    header("Titel"),
    header("Kommun"),
    header("År"),
    header("Värde"),
    header("Enhet"),
    header("URL"),
    header("Hämtad"),
    header("Källa"),
    header("Anmärkning"),
  ];
  let kr = 5;
  const all: SourcedFigure[] = [
    ...Object.values(data.figurer),
    ...Object.entries(data.jamforelse).flatMap(([, m]) => Object.values(m)),
    ...data.tabeller,
  ];
  for (const x of all) {
    k[kr++] = [
      x.kpi,
      x.title,
      x.kommun,
      // a missing value belongs to no year: the years tried are in the reason below
      x.varde === null ? "" : styled(x.ar, "year"),
      x.varde === null ? "saknas" : styled(x.varde, unitStyle(x.enhet)),
      x.enhet,
      x.url,
      x.hamtad,
      x.kalla === "Kolada" ? "Källa: Kolada" : x.kalla,
      [x.antagande ? assumption(x.antagande) : "", x.titelVarning ? `OBS: ${x.titelVarning}` : ""]
        .filter(Boolean)
        .join("; "),
    ];
  }
  if (data.saknas.length) {
    kr++;
    k[kr++] = [header("Kunde inte hämtas"), header("Titel"), header("Skäl")];
    for (const m of data.saknas) k[kr++] = [m.kpi, m.title, m.skal];
  }
  kr++;
  k[kr++] = [
    note(
      "Härledda av Kommunkalkyl (formler, inte hämtade): belopp i mnkr (kr/inv × invånare / 1 000 000), skatteunderlaget, uppräknade värden, inkomstutjämningen, planårens invånare, driftbudgeten, resultatbudgeten, självfinansieringsgraden och effektiviseringspotentialen.",
    ),
  ];
  if (data.cache)
    k[kr++] = [note(`Data ur cache: ${data.cache.anvand ? "ja" : "nej"}, ${data.cache.datum}.`)];

  const names: Record<string, string> = {
    Kommunkod: `${FORUT}!$B$5`,
    Budgetar: `${FORUT}!$B$6`,
    Invanare: `${FORUT}!$B$${kpiRow["N01951"]}`,
    Skattesats: `${FORUT}!$B$${kpiRow["N00901"]}`,
    Skatteunderlag: `${SKATT}!$B$12`,
    SkatterOchBidrag: `${RESULT}!$B$5`,
    Finansnetto: `${RESULT}!$B$6`,
    Nettokostnader: `${RESULT}!$B$8`,
    Resultatkrav: `${RESULT}!$B$10`,
    Nettokostnadsram: `${RESULT}!$B$11`,
    Budgetgap: `${RESULT}!$B$12`,
  };

  return {
    title,
    sheets: [
      { name: FORUT, widths: [60, 14, 14, 16, 14, 48, 12, 48], rows: f },
      // wide enough for the spilled table's header (Uppräknat skatteunderlag, Övriga bidrag och avgifter)
      { name: SKATT, widths: [62, 25, 25, 25, 18, 27, 19], rows: s },
      { name: RESULT, widths: [58, 24, 16, 16], rows: res },
      { name: DRIFT, widths: [44, 14, 14, 14, 14, 14, 16], rows: d },
      { name: JAMF, widths: [40, 8, 20, 7, 25, 7, 19, 7, 17, 30], rows: j },
      { name: NYCKEL, widths: [44, 14, 50], rows: n },
      { name: KALLOR, widths: [22, 50, 10, 8, 14, 14, 60, 12, 22, 40], rows: k },
    ].map(fitWidths),
    names,
  };
}

/** The format of a value as fetched, by its unit: counts and kronor grouped, rates with two decimals, shares in percent. */
function unitStyle(enhet: string): CellStyle {
  const u = enhet.trim();
  if (u === "andel") return "share1";
  if (u === "faktor") return "factor";
  if (u === "%" || u === "kr per 100 kr") return "rate";
  return "count";
}

/** The widest a column grows to fit its texts (characters); a longer text is cut, its full text in the cell. */
const MAX_WIDTH = 110;

/**
 * Widens each column to its longest text that has a filled cell to its right (Excel cuts such a text at
 * the column's edge; a text with an empty neighbour runs on), so that Kolada's titles, the URLs and the
 * labels with their sources show in full whatever the municipality's data.
 */
function fitWidths(sheet: SheetSpec): SheetSpec {
  const widths = [...(sheet.widths ?? [])];
  const value = (c: CellSpec | string | number | null | undefined) =>
    c !== null && typeof c === "object" ? c.v : c;
  for (const row of Object.values(sheet.rows)) {
    row.forEach((c, i) => {
      const v = value(c);
      const next = value(row[i + 1]);
      if (typeof v !== "string" || v.startsWith("=") || next === null || next === undefined || next === "")
        return;
      widths[i] = Math.max(widths[i] ?? 0, Math.min(v.length + 1, MAX_WIDTH));
    });
  }
  return { ...sheet, widths };
}

/**
 * The uplift factor of the tax base for income year `y`: the official one bundled (SFS), else 1 + SKR's
 * forecast growth bundled (a formula over the growth, which `growthCell` holds as an input), else the
 * latest official factor as a marked assumption.
 */
function factorFor(
  data: BudgetData,
  y: number,
  latest: (SourcedFigure & { varde: number }) | undefined,
  growthCell: string,
): YearInput & { formula?: string } {
  const official = table(data, BUDGET_TABLES.faktor, y);
  if (official && !official.antagande) return { v: official.varde, source: describe(official) };
  const growth = table(data, BUDGET_TABLES.skrTillvaxt, y);
  if (growth) return { v: asShare(growth), source: `1 + ${describe(growth)}`, formula: `=1+${growthCell}` };
  if (official) return { v: official.varde, source: describe(official) };
  if (latest)
    return {
      v: latest.varde,
      source: `antagande: ersätt med SKR:s senaste prognos (senaste officiella faktor, ${describe(latest)})`,
    };
  return { v: 1, source: `${FYLL_I} (uppräkningsfaktor eller SKR:s prognos för inkomstår ${y})` };
}

/** A cell the workbook marks for the user: a figure to fill in, or an assumption to check. */
export interface BudgetMark {
  /** "Förutsättningar!H34" */
  cell: string;
  kind: "fyll i" | "antagande";
  text: string;
}

/**
 * Every text cell of the workbook (Källor aside, which repeats the sources) that marks a figure "fyll i" or
 * an assumption, in sheet order, each text once: what the CLI lists after a run, so that what the sheets
 * mark and what the run reports cannot differ. Formulas are left out (their marks depend on the inputs).
 */
export function budgetMarks(spec: WorkbookSpec): BudgetMark[] {
  const out: BudgetMark[] = [];
  const seen = new Set<string>();
  for (const sheet of spec.sheets) {
    if (sheet.name === KALLOR) continue;
    for (const [r, row] of Object.entries(sheet.rows)) {
      row.forEach((c, i) => {
        const v = c !== null && typeof c === "object" ? c.v : c;
        if (typeof v !== "string" || v.startsWith("=") || v === "fyll i") return;
        const kind = /fyll i/i.test(v) ? "fyll i" : /\bantagande\b/i.test(v) ? "antagande" : undefined;
        if (!kind || /^(antagande|fyll i|källa) ↓$/.test(v) || seen.has(v)) return;
        seen.add(v);
        out.push({ cell: `${sheet.name}!${String.fromCharCode(65 + i)}${r}`, kind, text: v });
      });
    }
  }
  return out;
}
