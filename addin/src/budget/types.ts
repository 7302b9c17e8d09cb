/**
 * The contract between fetching a municipality's figures (Kolada, bundled tables) and building its budget
 * workbook (API.md §12). The fetcher fills a {@link BudgetData}; the builder turns it into a workbook model
 * without any I/O, so the CLI, the task pane and the demo render the same workbook.
 */

/** One figure as fetched, with everything the Källor sheet shows about where it came from. */
export interface SourcedFigure {
  /** Kolada KPI id, e.g. "N01951"; for a bundled table the table's id, e.g. "upprakningsfaktorer" */
  kpi: string;
  /** The KPI's title as Kolada gives it (checked live), or the table's title */
  title: string;
  /** 4-digit municipality code with its leading zero ("0000" = the country) */
  kommun: string;
  /** The year the value belongs to */
  ar: number;
  /** null when Kolada has no value for any year tried */
  varde: number | null;
  /** "kr/inv", "%", "antal", "kr per 100 kr", "faktor" … */
  enhet: string;
  /** The URL the value was read from (Kolada API or the source of a bundled row) */
  url: string;
  /** ISO date the value was fetched (or the table's date for bundled figures) */
  hamtad: string;
  /** "Kolada" for fetched values; SFS number or SKR circular for bundled ones */
  kalla: string;
  /** Set when the figure is an assumption the user should replace (e.g. a later year's factor taken from the latest official one) */
  antagande?: string;
  /** {@link antagande} in English, for the run's report in English (the workbook is Swedish by design) */
  antagandeEn?: string;
  /** Set when the KPI's live title no longer matches the expected one */
  titelVarning?: string;
  /** {@link titelVarning} in English */
  titelVarningEn?: string;
  /** Kolada's status flag on the value (e.g. an uncertain value), when it has one */
  status?: string;
}

export interface BudgetMunicipality {
  /** "1265" */
  kod: string;
  /** "Sjöbo" */
  namn: string;
  /** The county (län) name as in samples/data/lansvisa-skattesatser.csv, e.g. "Skåne" */
  lan?: string;
}

export interface BudgetPeer {
  kod: string;
  namn: string;
}

export interface BudgetData {
  kommun: BudgetMunicipality;
  /** The budget year; the workbook covers it and two plan years */
  budgetar: number;
  /** Figures for the municipality, keyed by KPI id (latest year with a value) */
  figurer: Record<string, SourcedFigure>;
  /** The peer group (Liknande kommuner) used in Jämförelse, and its title */
  jamforelsegrupp?: { id: string; titel: string; kommuner: BudgetPeer[] };
  /** Figures for peers and the country ("0000"): kommun code → KPI id → figure */
  jamforelse: Record<string, Record<string, SourcedFigure>>;
  /** Figures from bundled tables (uplift factors, county rates, SKR's forecast growth, price/pay index) */
  tabeller: SourcedFigure[];
  /** Figures that could not be had, with the reason, for the CLI's report and the Källor sheet */
  /** `skal` in Swedish (the workbook's Källor), `skalEn` in English for the run's report where there is one */
  saknas: { kpi: string; title: string; skal: string; skalEn?: string }[];
  /** Whether the data came from the cache, and its date */
  cache?: { anvand: boolean; datum: string };
}
