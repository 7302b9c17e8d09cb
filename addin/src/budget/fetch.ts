/**
 * Fetches a municipality's figures for its budget workbook (API.md §12): the municipality resolved through
 * Kolada's municipality list, the KPIs of §12 for it, its peer group (*Liknande kommuner*) and the country
 * ("0000"), the latest year with a value for each, each KPI's title checked live; plus the bundled tables
 * (the government's uplift factors, SKR's forecasts, county rates). Node- and browser-safe: only `fetch`
 * through the {@link KoladaClient} and its {@link KoladaStorage}; the bundled tables come in as text.
 */
import { KoladaClient, MAX_IDS_PER_REQUEST } from "../kolada/client";
import { KoladaError, type KoladaMunicipality, type KoladaValue } from "../kolada/types";
import type { BudgetData, BudgetPeer, SourcedFigure } from "./types";

/** One KPI the budget reads: its id, its title as expected (checked live), its unit and its use. */
export interface BudgetKpi {
  id: string;
  /** the title as recorded when the list was made; a different live title gives a warning */
  titel: string;
  enhet: string;
  /** also fetched for the peers and the country (the Jämförelse sheet) */
  jamfor?: boolean;
}

/**
 * The KPIs of API.md §12, in its order. Every id and title was checked against a copy of Kolada's KPI catalogue
 * (github.com/peterk/tableau-kolada-proxy, kpi_all.js, commit 9404668 of 2021-09-07): all 48 ids exist with
 * these titles there. Titles change; the live check (`/v3/kpi/{ids}`) compares them on every run and a
 * mismatch is a warning in the figure and in the command's report, never a silent change.
 */
export const BUDGET_KPIS: readonly BudgetKpi[] = [
  { id: "N01951", titel: "Invånare totalt, antal", enhet: "antal", jamfor: true },
  { id: "N01817", titel: "Invånare 0 år, antal", enhet: "antal" },
  { id: "N01926", titel: "Invånare 1-5 år, antal", enhet: "antal" },
  { id: "N01953", titel: "Invånare 6-15 år, antal", enhet: "antal" },
  { id: "N01929", titel: "Invånare 16-18 år, antal", enhet: "antal" },
  { id: "N01931", titel: "Invånare 19-64 år, antal", enhet: "antal" },
  { id: "N01956", titel: "Invånare 65-79 år, antal", enhet: "antal" },
  { id: "N01957", titel: "Invånare 80+, antal", enhet: "antal" },
  { id: "N02907", titel: "Framskrivning, förväntat antal invånare om 5 år", enhet: "antal" },
  { id: "N02908", titel: "Framskrivning, förväntat antal invånare 0-5 år om 5 år", enhet: "antal" },
  { id: "N02909", titel: "Framskrivning, förväntat antal invånare 6-15 år om 5 år", enhet: "antal" },
  { id: "N02910", titel: "Framskrivning, förväntat antal invånare 16-19 år om 5 år", enhet: "antal" },
  { id: "N02911", titel: "Framskrivning, förväntat antal invånare 20-64 år om 5 år", enhet: "antal" },
  { id: "N02913", titel: "Framskrivning, förväntat antal invånare 65-79 år om 5 år", enhet: "antal" },
  { id: "N02914", titel: "Framskrivning, förväntat antal invånare 80+ om 5 år", enhet: "antal" },
  { id: "N00901", titel: "Skattesats till kommun, (%)", enhet: "kr per 100 kr", jamfor: true },
  { id: "N00903", titel: "Skattekraft kommun, kr/inv", enhet: "kr/inv", jamfor: true },
  { id: "N00904", titel: "Skattekraft som andel av rikets medelskattekraft kommun, (%)", enhet: "%" },
  { id: "N03010", titel: "Skatteintäkter kommun, kr/inv", enhet: "kr/inv" },
  { id: "N03009", titel: "Generella statsbidrag och utjämning kommun, kr/inv", enhet: "kr/inv" },
  { id: "N00011", titel: "Inkomstutjämning, bidrag/avgift, kr/inv. 1 nov fg år", enhet: "kr/inv" },
  { id: "N00012", titel: "Kostnadsutjämning, bidrag/avgift, kr/inv", enhet: "kr/inv" },
  { id: "N00019", titel: "Strukturbidrag, kr/inv (2005-)", enhet: "kr/inv" },
  { id: "N00014", titel: "Regleringsbidrag/avgift, kr/inv (2005-)", enhet: "kr/inv" },
  { id: "N03064", titel: "LSS-utjämning kommunen, kr/inv", enhet: "kr/inv" },
  { id: "N03067", titel: "Nettokostnad kommunens verksamhet totalt, kr/inv", enhet: "kr/inv", jamfor: true },
  {
    id: "N03011",
    titel: "Verksamhetens nettokostnader enligt resultaträkningen kommun, kr/inv",
    enhet: "kr/inv",
  },
  { id: "N11004", titel: "Nettokostnad förskola, kr/inv", enhet: "kr/inv", jamfor: true },
  { id: "N15028", titel: "Nettokostnad grundskola F-9, kr/inv", enhet: "kr/inv", jamfor: true },
  { id: "N17014", titel: "Nettokostnad gymnasieskola, kr/inv", enhet: "kr/inv", jamfor: true },
  { id: "N20014", titel: "Nettokostnad äldreomsorg, kr/inv", enhet: "kr/inv", jamfor: true },
  {
    id: "N28016",
    titel: "Nettokostnad funktionsnedsättning LSS och SFB, kr/inv",
    enhet: "kr/inv",
    jamfor: true,
  },
  { id: "N30005", titel: "Nettokostnad individ- och familjeomsorg, kr/inv", enhet: "kr/inv", jamfor: true },
  { id: "N31008", titel: "Nettokostnad ekonomiskt bistånd, kr/inv", enhet: "kr/inv", jamfor: true },
  { id: "N00097", titel: "Nettokostnadsavvikelse totalt (exkl. LSS), andel (%)", enhet: "%", jamfor: true },
  {
    id: "N11024",
    titel: "Nettokostnadsavvikelse förskola inkl. öppen förskola, (%)",
    enhet: "%",
    jamfor: true,
  },
  { id: "N15001", titel: "Nettokostnadsavvikelse grundskola F-9, (%)", enhet: "%", jamfor: true },
  { id: "N17001", titel: "Nettokostnadsavvikelse gymnasieskola, (%)", enhet: "%", jamfor: true },
  { id: "N20900", titel: "Nettokostnadsavvikelse äldreomsorg, (%)", enhet: "%", jamfor: true },
  { id: "N30001", titel: "Nettokostnadsavvikelse individ- och familjeomsorg, (%)", enhet: "%", jamfor: true },
  { id: "N03108", titel: "Finansnetto kommunen, kr/inv", enhet: "kr/inv" },
  { id: "N03012", titel: "Avskrivningar kommun, kr/inv", enhet: "kr/inv" },
  { id: "N03132", titel: "Nettoinvesteringar, totalt kommun, kr/inv", enhet: "kr/inv" },
  { id: "N03007", titel: "Årets resultat kommun, kr/inv", enhet: "kr/inv" },
  {
    id: "N03102",
    titel: "Årets resultat som andel av skatt & generella statsbidrag kommun, (%)",
    enhet: "%",
  },
  { id: "N03106", titel: "Soliditet kommun, (%)", enhet: "%" },
  { id: "N03002", titel: "Soliditet inkl pensionsåtag. kommun, (%)", enhet: "%" },
  { id: "N03103", titel: "Självfinansieringsgrad för kommunens investeringar, andel (%)", enhet: "%" },
];

/** How many years back the latest value is looked for (the budget year minus 1 … minus this). */
export const YEARS_BACK = 6;

/** A municipality that cannot be resolved: a usage error (exit 2) with the closest matches. */
export class BudgetUsageError extends Error {
  override readonly name = "BudgetUsageError";
  constructor(
    readonly sv: string,
    readonly en: string,
    readonly matches: KoladaMunicipality[] = [],
  ) {
    super(en);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

const fold = (s: string) =>
  s
    .normalize("NFC")
    .toLocaleLowerCase("sv")
    .replace(/[\s-]+/g, " ")
    .trim();

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The municipalities (type K) closest to `text`: by code prefix for digits, else by name. */
export function closestMunicipalities(
  text: string,
  all: readonly KoladaMunicipality[],
  n = 5,
): KoladaMunicipality[] {
  const k = all.filter((m) => m.type === "K");
  const t = fold(text);
  if (/^\d+$/.test(t)) {
    const code = t.padStart(4, "0");
    return [...k]
      .sort((a, b) => Math.abs(Number(a.id) - Number(code)) - Math.abs(Number(b.id) - Number(code)))
      .slice(0, n);
  }
  const score = (m: KoladaMunicipality) => {
    const title = fold(m.title);
    return title.startsWith(t) ? -2 : title.includes(t) ? -1 : distance(t, title);
  };
  return [...k].sort((a, b) => score(a) - score(b) || a.title.localeCompare(b.title, "sv")).slice(0, n);
}

const list = (ms: readonly KoladaMunicipality[]) => ms.map((m) => `${m.id} ${m.title}`).join(", ");

/**
 * A municipality (type K) from its code ("1265", "265" → "0265") or its name ("Sjöbo", any case). An unknown
 * code or name, or a name that fits several, is a {@link BudgetUsageError} naming the closest matches.
 */
export function resolveBudgetMunicipality(
  text: string,
  all: readonly KoladaMunicipality[],
): KoladaMunicipality {
  // "Sjöbo kommun" as a controller writes it: Kolada's titles are the bare names ("Sjöbo")
  const raw = text.trim().replace(/\s+kommun$/i, "");
  const k = all.filter((m) => m.type === "K");
  if (/^\d{1,4}$/.test(raw)) {
    const code = raw.padStart(4, "0");
    const hit = k.find((m) => m.id === code);
    if (hit) return hit;
    const near = closestMunicipalities(raw, all);
    const other = all.find((m) => m.id === code);
    if (other) throw notAMunicipality(other, all, near);
    throw new BudgetUsageError(
      `Kommunkoden ${code} finns inte bland Koladas kommuner. Närmast: ${list(near)}.`,
      `The municipality code ${code} is not among Kolada's municipalities. Closest: ${list(near)}.`,
      near,
    );
  }
  const t = fold(raw);
  const exact = k.filter((m) => fold(m.title) === t);
  if (exact.length === 1) return exact[0]!;
  const partial = exact.length > 1 ? exact : k.filter((m) => fold(m.title).includes(t));
  if (partial.length === 1 && t.length >= 3) return partial[0]!;
  if (partial.length > 1) {
    throw new BudgetUsageError(
      `"${raw}" passar flera kommuner: ${list(partial.slice(0, 8))}. Ange kommunkoden.`,
      `"${raw}" fits several municipalities: ${list(partial.slice(0, 8))}. Give the municipality code.`,
      partial.slice(0, 8),
    );
  }
  const near = closestMunicipalities(raw, all);
  const other = all.find((m) => m.type !== "K" && fold(m.title) === t);
  if (other) throw notAMunicipality(other, all, near);
  throw new BudgetUsageError(
    `Hittar ingen kommun "${raw}" i Kolada. Närmast: ${list(near)}.`,
    `No municipality "${raw}" in Kolada. Closest: ${list(near)}.`,
    near,
  );
}

/** The country (0000) or a region given for --kommun: Kolada has it, but the workbook is a municipality's. */
function notAMunicipality(
  m: KoladaMunicipality,
  all: readonly KoladaMunicipality[],
  closest: KoladaMunicipality[],
): BudgetUsageError {
  // a region (0012 Region Skåne): its county's municipalities (12xx) where Kolada lists any
  const county = m.id !== "0000" && m.type === "L" ? m.id.slice(2) : undefined;
  const inCounty = county ? all.filter((k) => k.type === "K" && k.id.startsWith(county)).slice(0, 5) : [];
  const near = inCounty.length > 0 ? inCounty : closest;
  const [sv, en] =
    m.id === "0000"
      ? ["hela riket", "the whole country"]
      : m.type === "L"
        ? ["en region", "a region"]
        : [`av typ ${m.type}`, `of type ${m.type}`];
  return new BudgetUsageError(
    `${m.id} ${m.title} är ${sv} i Kolada, inte en kommun; Mål och budget görs för en kommun (riket och jämförelsegruppen hämtas ändå). Ange en kommun, till exempel: ${list(near)}.`,
    `${m.id} ${m.title} is ${en} in Kolada, not a municipality; the budget is built for a municipality (the country and the peer group are fetched anyway). Give a municipality, for example: ${list(near)}.`,
    near,
  );
}

interface CacheEntry<T> {
  savedAt: number;
  key: string;
  data: T;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** What is wrong, each language's text in its own language. */
function shape(sv: string, en: string): KoladaError {
  return new KoladaError(
    "shape",
    `Kolada svarade med oväntad form: ${sv}.`,
    `Kolada answered in an unexpected shape: ${en}.`,
  );
}

/**
 * Every `values` item of a metadata request, following `next_url`, cached in the client's storage in the
 * client's own format (fresh for 24 h; a stale entry is served when Kolada cannot be reached).
 */
async function cachedList(
  client: KoladaClient,
  key: string,
  url: string,
  now: () => number,
): Promise<{ data: unknown[]; savedAt: number; fromCache: boolean }> {
  const raw = await client.storage.get(key);
  let entry: CacheEntry<unknown[]> | undefined;
  if (raw) {
    try {
      entry = JSON.parse(raw) as CacheEntry<unknown[]>;
    } catch {
      entry = undefined;
    }
  }
  if (entry && now() - entry.savedAt < 24 * 3600 * 1000)
    return { data: entry.data, savedAt: entry.savedAt, fromCache: true };
  try {
    const data: unknown[] = [];
    const seen = new Set<string>();
    let next: string | null = url;
    while (next) {
      if (seen.has(next) || seen.size > 1000)
        throw shape("sidorna pekar i en ring", "the pages point in a loop");
      seen.add(next);
      const json = await client.getJson(next);
      if (!isRecord(json) || !Array.isArray(json.values))
        throw shape("fältet values saknas", "no values field");
      data.push(...json.values);
      next = typeof json.next_url === "string" && json.next_url !== "" ? json.next_url : null;
    }
    const savedAt = now();
    await client.storage.set(key, JSON.stringify({ savedAt, key, data } satisfies CacheEntry<unknown[]>));
    return { data, savedAt, fromCache: false };
  } catch (e) {
    if (entry) return { data: entry.data, savedAt: entry.savedAt, fromCache: true };
    throw e;
  }
}

/** A *Liknande kommuner* group with its members. */
export interface PeerGroup {
  id: string;
  titel: string;
  /** the year in the title ("Liknande kommuner övergripande, Sjöbo, 2024"); 0 when it has none */
  ar: number;
  kommuner: BudgetPeer[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The municipality's *Liknande kommuner* groups among `/v3/municipality_groups` items: a title
 * "Liknande kommuner <kind>, <name>" with an optional ", <year>" (RKA dates its groups). Members as Kolada
 * v3 gives them (`[{member_id, member_title}]`), or `[{id, title}]`, or plain codes. The municipality itself
 * is left out of its group.
 */
export function peerGroups(items: readonly unknown[], kommun: KoladaMunicipality): PeerGroup[] {
  const groups: PeerGroup[] = [];
  const pattern = new RegExp(`^liknande kommuner[^,]*, ${escape(fold(kommun.title))}(?:, (\\d{4}))?$`);
  for (const g of items) {
    if (!isRecord(g) || typeof g.id !== "string" || typeof g.title !== "string") continue;
    const m = pattern.exec(fold(g.title));
    if (!m) continue;
    const members: BudgetPeer[] = [];
    for (const x of Array.isArray(g.members) ? g.members : []) {
      if (typeof x === "string") members.push({ kod: x, namn: x });
      else if (isRecord(x)) {
        const kod =
          typeof x.member_id === "string" ? x.member_id : typeof x.id === "string" ? x.id : undefined;
        const namn =
          typeof x.member_title === "string" ? x.member_title : typeof x.title === "string" ? x.title : kod;
        if (kod) members.push({ kod, namn: namn ?? kod });
      }
    }
    groups.push({
      id: g.id,
      titel: g.title,
      ar: m[1] ? Number(m[1]) : 0,
      kommuner: members.filter((p) => p.kod !== kommun.id),
    });
  }
  return groups;
}

/** The group the Jämförelse sheet uses: "övergripande", else "socioekonomi", else any; the newest of its kind. */
export function choosePeerGroup(groups: readonly PeerGroup[]): PeerGroup | undefined {
  const newest = (gs: PeerGroup[]) => [...gs].sort((a, b) => b.ar - a.ar)[0];
  return (
    newest(groups.filter((g) => fold(g.titel).includes("övergripande"))) ??
    newest(groups.filter((g) => fold(g.titel).includes("socioekonomi"))) ??
    newest([...groups])
  );
}

/**
 * The latest value for one KPI and municipality: gender "T", not withdrawn, not null; the latest year.
 * `undefined` when there is none.
 */
export function latestValue(
  values: readonly KoladaValue[],
  kpi: string,
  kommun: string,
): KoladaValue | undefined {
  let best: KoladaValue | undefined;
  for (const v of values) {
    if (v.kpi !== kpi || v.kommun !== kommun || v.kon !== "T" || v.borttagen || v.varde === null) continue;
    if (!best || v.ar > best.ar) best = v;
  }
  return best;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** One answer of Kolada (or the cache) to a request for some ids. */
interface ChunkAnswer<T> {
  data: readonly T[];
  fromCache: boolean;
  savedAt: number;
}

/**
 * The one request loop of the budget's fetch: `request` for the ids in chunks of at most
 * {@link MAX_IDS_PER_REQUEST} (Kolada's limit), in order, each answer's source noted by `seen`, the data
 * gathered. Used for the KPIs' titles and for their values alike.
 */
async function inChunks<T>(
  ids: readonly string[],
  request: (chunk: string[]) => Promise<ChunkAnswer<T>>,
  seen: (fromCache: boolean, savedAt: number) => void,
  before: () => void = () => undefined,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += MAX_IDS_PER_REQUEST) {
    before();
    const r = await request(ids.slice(i, i + MAX_IDS_PER_REQUEST));
    seen(r.fromCache, r.savedAt);
    out.push(...r.data);
  }
  return out;
}

export interface FetchBudgetOptions {
  client: KoladaClient;
  /** a code or a name, as the user wrote it */
  kommun: string;
  budgetar: number;
  /** the bundled tables' text (samples/data/…); read by the caller (fs in Node, the bundle in the pane) */
  tabeller?: BundledTables;
  /** progress: a short text in Swedish and English */
  onProgress?: (sv: string, en: string) => void;
  now?: () => number;
  /** the KPIs to read; default {@link BUDGET_KPIS} */
  kpis?: readonly BudgetKpi[];
  /** called once the municipality is known, before its figures are fetched (the CLI checks its output path) */
  onResolved?: (kommun: KoladaMunicipality) => void;
}

/**
 * Fetches everything the budget workbook needs into a {@link BudgetData}. Kolada failures propagate as
 * `KoladaError` (with nothing cached) and an unresolvable municipality as {@link BudgetUsageError}; a KPI
 * without a value is no error: its figure has `varde: null` and it is listed in `saknas`.
 */
export async function fetchBudgetData(options: FetchBudgetOptions): Promise<BudgetData> {
  const { client, budgetar } = options;
  const now = options.now ?? (() => Date.now());
  const kpis = options.kpis ?? BUDGET_KPIS;
  const progress = options.onProgress ?? (() => undefined);
  let usedCache = false;
  let oldest = Number.POSITIVE_INFINITY;
  const seenSource = (fromCache: boolean, savedAt: number) => {
    if (fromCache) usedCache = true;
    oldest = Math.min(oldest, savedAt);
  };

  progress("Hämtar Koladas kommunlista …", "Fetching Kolada's list of municipalities …");
  // the whole list, every page (the client's municipalities() reads one page only)
  const list = await cachedList(
    client,
    "municipality-all:",
    `${client.baseUrl}/v3/municipality?per_page=5000`,
    now,
  );
  seenSource(list.fromCache, list.savedAt);
  const municipalities = list.data.flatMap((m) =>
    isRecord(m) && typeof m.id === "string" && typeof m.title === "string"
      ? [{ id: m.id, title: m.title, type: typeof m.type === "string" ? m.type : "" }]
      : [],
  );
  const kommun = resolveBudgetMunicipality(options.kommun, municipalities);
  options.onResolved?.(kommun);

  progress("Hämtar jämförelsegrupper …", "Fetching peer groups …");
  let group: PeerGroup | undefined;
  const saknas: BudgetData["saknas"] = [];
  try {
    const groups = await cachedList(
      client,
      `municipality_groups:${kommun.title}`,
      `${client.baseUrl}/v3/municipality_groups?title=${encodeURIComponent(kommun.title)}`,
      now,
    );
    seenSource(groups.fromCache, groups.savedAt);
    group = choosePeerGroup(peerGroups(groups.data, kommun));
    if (!group) {
      saknas.push({
        kpi: "municipality_groups",
        title: "Liknande kommuner",
        skal: `Kolada har ingen grupp "Liknande kommuner …, ${kommun.title}" (Jämförelse: bara riket)`,
        skalEn: `Kolada has no group "Liknande kommuner …, ${kommun.title}" (Jämförelse: the country only)`,
      });
    }
  } catch (e) {
    if (!(e instanceof KoladaError) || e.code === "network" || e.code === "timeout") throw e;
    saknas.push({ kpi: "municipality_groups", title: "Liknande kommuner", skal: e.sv, skalEn: e.en });
  }

  progress("Kontrollerar nyckeltalens titlar …", "Checking the KPIs' titles …");
  const liveTitles = new Map<string, string>();
  const kpiItems = await inChunks(
    kpis.map((k) => k.id),
    (ids) => cachedList(client, `kpi-ids:${ids.join(",")}`, `${client.baseUrl}/v3/kpi/${ids.join(",")}`, now),
    seenSource,
  );
  for (const k of kpiItems)
    if (isRecord(k) && typeof k.id === "string" && typeof k.title === "string") liveTitles.set(k.id, k.title);

  const years = Array.from({ length: YEARS_BACK }, (_, i) => budgetar - YEARS_BACK + i);
  const peers = group?.kommuner.map((p) => p.kod) ?? [];
  const values: KoladaValue[] = [];
  const fetchValues = async (kpiIds: string[], kommuner: string[], sv: string, en: string) => {
    const got = await inChunks(
      kpiIds,
      async (ids) => {
        const r = await client.data({ kpi: ids, kommun: kommuner, ar: years });
        return { data: r.data, fromCache: r.source !== "network", savedAt: r.savedAt };
      },
      seenSource,
      () => progress(sv, en),
    );
    values.push(...got);
  };
  await fetchValues(
    kpis.map((k) => k.id),
    [kommun.id],
    `Hämtar ${kpis.length} nyckeltal för ${kommun.title} …`,
    `Fetching ${kpis.length} KPIs for ${kommun.title} …`,
  );
  const compared = kpis.filter((k) => k.jamfor).map((k) => k.id);
  await fetchValues(
    compared,
    [...peers, "0000"],
    `Hämtar jämförelsetal för ${peers.length} liknande kommuner och riket …`,
    `Fetching comparison figures for ${peers.length} peers and the country …`,
  );

  const fetchedOn = isoDate(Number.isFinite(oldest) ? oldest : now());
  const figure = (k: BudgetKpi, kod: string): SourcedFigure => {
    const v = latestValue(values, k.id, kod);
    const live = liveTitles.get(k.id);
    const ar = v?.ar ?? years[years.length - 1]!;
    const f: SourcedFigure = {
      kpi: k.id,
      title: live ?? k.titel,
      kommun: kod,
      ar,
      varde: v ? v.varde : null,
      enhet: k.enhet,
      url: `${client.baseUrl}/v3/data/kpi/${k.id}/municipality/${kod}/year/${ar}`,
      hamtad: fetchedOn,
      kalla: "Kolada",
    };
    if (v?.status) f.status = v.status;
    if (live === undefined) {
      f.titelVarning = `Kolada känner inte längre till ${k.id} (väntad titel "${k.titel}")`;
      f.titelVarningEn = `Kolada no longer knows ${k.id} (expected title "${k.titel}")`;
    } else if (fold(live) !== fold(k.titel)) {
      f.titelVarning = `Titeln är nu "${live}", väntad "${k.titel}"`;
      f.titelVarningEn = `The title is now "${live}", expected "${k.titel}"`;
    }
    return f;
  };

  const figurer: Record<string, SourcedFigure> = {};
  for (const k of kpis) {
    const f = figure(k, kommun.id);
    figurer[k.id] = f;
    if (f.varde === null) {
      saknas.push({
        kpi: k.id,
        title: f.title,
        skal: `inget värde för ${years[0]}–${years[years.length - 1]} (kön T)`,
        skalEn: `no value for ${years[0]}–${years[years.length - 1]} (gender T)`,
      });
    }
  }
  // not one figure of the municipality in the years before the budget year (a budget year far before or after
  // Kolada's data, or Kolada giving only empty values): a workbook of zeros is no draft
  if (!Object.values(figurer).some((f) => f.varde !== null)) {
    const next = new Date(now()).getUTCFullYear() + 1;
    const span = `${years[0]}–${years[years.length - 1]}`;
    throw new BudgetUsageError(
      `Kolada har inga värden för ${kommun.title} (${kommun.id}) åren ${span}, före budgetåret ${budgetar}; det finns inget att bygga budgeten på. Välj ett budgetår som följer på Koladas senaste utfall, till exempel ${next}.`,
      `Kolada has no values for ${kommun.title} (${kommun.id}) in ${span}, the years before the budget year ${budgetar}; there is nothing to build the budget on. Choose a budget year following Kolada's latest outcome, for example ${next}.`,
    );
  }
  const jamforelse: BudgetData["jamforelse"] = {};
  for (const kod of [...peers, "0000"]) {
    jamforelse[kod] = {};
    for (const k of kpis.filter((x) => x.jamfor)) jamforelse[kod]![k.id] = figure(k, kod);
  }

  const lan = countyName(kommun.id);
  const tabeller = options.tabeller ? bundledFigures(options.tabeller, budgetar, lan) : [];
  for (const [kpi, title] of [
    ["upprakningsfaktorer", "Uppräkningsfaktor för skatteunderlaget (regeringens)"],
    ["skr-skatteunderlag", "Skatteunderlagets ökning, SKR:s prognos"],
    ["skr-pkv", "Prisindex för kommunal verksamhet (PKV), SKR"],
    ["internranta", "Internränta, SKR:s rekommendation"],
    ["skr-slutavrakning", "Slutavräkning, SKR:s prognos (kr/inv)"],
  ] as const) {
    if (!tabeller.some((f) => f.kpi === kpi)) {
      saknas.push({
        kpi,
        title,
        skal: "ingen rad i de medföljande tabellerna (samples/data/); fyll i",
        skalEn: "no row in the bundled tables (samples/data/); fill in",
      });
    }
  }
  return {
    kommun: { kod: kommun.id, namn: kommun.title, ...(lan ? { lan } : {}) },
    budgetar,
    figurer,
    ...(group ? { jamforelsegrupp: { id: group.id, titel: group.titel, kommuner: group.kommuner } } : {}),
    jamforelse,
    tabeller,
    saknas,
    cache: { anvand: usedCache, datum: fetchedOn },
  };
}

/** County (län) names as in samples/data/lansvisa-skattesatser.csv, by the first two digits of the code. */
const COUNTIES: Record<string, string> = {
  "01": "Stockholms",
  "03": "Uppsala",
  "04": "Södermanlands",
  "05": "Östergötlands",
  "06": "Jönköpings",
  "07": "Kronobergs",
  "08": "Kalmar",
  "09": "Gotlands",
  "10": "Blekinge",
  "12": "Skåne",
  "13": "Hallands",
  "14": "Västra Götalands",
  "17": "Värmlands",
  "18": "Örebro",
  "19": "Västmanlands",
  "20": "Dalarnas",
  "21": "Gävleborgs",
  "22": "Västernorrlands",
  "23": "Jämtlands",
  "24": "Västerbottens",
  "25": "Norrbottens",
};

/** The county of a municipality code (SCB's county codes are its first two digits). */
export function countyName(kod: string): string | undefined {
  return COUNTIES[kod.slice(0, 2)];
}

/** The text of the bundled CSV tables in samples/data/. */
export interface BundledTables {
  /** upprakningsfaktorer.csv: budgetar,inkomstar,faktor,sfs,utfardad,kalla */
  upprakningsfaktorer: string;
  /** skr-skatteunderlagsprognos.csv: ar,forandring,cirkular,datum,kalla */
  skatteunderlagsprognos?: string;
  /** skr-pkv.csv: ar,forandring,cirkular,datum,kalla */
  pkv?: string;
  /** skr-internranta.csv: ar,ranta,cirkular,datum,kalla */
  internranta?: string;
  /** lansvisa-skattesatser.csv */
  lansvisaSkattesatser?: string;
}

/** A minimal CSV reader for the bundled tables: a header row, "," between fields, no quoted commas. */
export function parseCsv(text: string): Record<string, string>[] {
  const lines = text
    .replace(/^\ufeff/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const header = lines[0]?.split(",").map((h) => h.trim()) ?? [];
  return lines.slice(1).map((l) => {
    const cells = l.split(",");
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? "").trim()]));
  });
}

export const ASSUMPTION = "antagande: ersätt med SKR:s senaste prognos";
/** {@link ASSUMPTION} in English, for the run's report in English */
const ASSUMPTION_EN = "assumption: replace with SKR's latest forecast";

/**
 * The bundled figures the workbook needs for the budget year and its two plan years:
 * - `upprakningsfaktorer` per income year from the budget year − 2 to the budget year + 2: the government's
 *   factor (the newest ordinance that gives that income year); a year no ordinance gives takes the latest
 *   official factor before it (for a later budget year: the latest of all; before every bundled row: the earliest,
 *   said to be a later year's) as a marked assumption, a past year's asking for the government's fixed factor;
 * - `skr-skatteunderlag`, `skr-pkv` and `internranta` (SKR's proposed internal interest rate) per year from the budget year to + 2 (SKR's forecasts, as factors
 *   shares: the CSV's percent / 100), the latest bundled year as a marked assumption where a year is missing; PKV from the
 *   budget year − 4 (the years between Kolada's latest outcome and the budget year), its bundled rows being SKR's outcomes;
 * - `lansvisa-skattesatser` and `lansskattesats-avgift`: the county's rates (kommuner) for the
 *   income equalisation grant (2 §) and charge (3 §) from the newest ordinance, when the county is known.
 */
export function bundledFigures(t: BundledTables, budgetar: number, lan?: string): SourcedFigure[] {
  const out: SourcedFigure[] = [];
  const factors = parseCsv(t.upprakningsfaktorer)
    .map((r) => ({ r, b: Number(r.budgetar), i: Number(r.inkomstar), f: Number(r.faktor) }))
    .filter((x) => Number.isFinite(x.b) && Number.isFinite(x.i) && Number.isFinite(x.f) && x.r.faktor !== "");
  const newestFor = (year: number) => factors.filter((r) => r.i === year).sort((a, b) => b.b - a.b)[0];
  const latest = [...factors].sort((a, b) => b.b - a.b || b.i - a.i)[0];
  // a year no ordinance gives: the nearest earlier income year's factor (for a year after the table, the
  // latest); a later year's only where no earlier one is bundled, and the text says which it is
  const nearestBefore = (year: number) =>
    factors.filter((r) => r.i < year).sort((a, b) => b.i - a.i || b.b - a.b)[0];
  for (let year = budgetar - 2; year <= budgetar + 2; year++) {
    const row = newestFor(year);
    const src =
      row ?? nearestBefore(year) ?? [...factors].sort((a, b) => a.i - b.i || b.b - a.b)[0] ?? latest;
    if (!src) break;
    const f: SourcedFigure = {
      kpi: "upprakningsfaktorer",
      title: "Uppräkningsfaktor för skatteunderlaget (regeringens)",
      kommun: "0000",
      ar: year,
      varde: src.f,
      enhet: "faktor",
      url: src.r.kalla ?? "",
      hamtad: src.r.utfardad || String(src.b),
      kalla: `SFS ${src.r.sfs}`,
    };
    if (!row && latest && year < latest.i) {
      // a past income year: the government has fixed its factor, it is only not bundled
      f.antagande = `antagande: ersätt med regeringens fastställda faktor för inkomstår ${year} (saknas i samples/data/upprakningsfaktorer.csv; faktorn för ${src.i}${src.i > year ? ", ett senare år," : ""} ur SFS ${src.r.sfs})`;
      f.antagandeEn = `assumption: replace with the government's fixed factor for income year ${year} (not in samples/data/upprakningsfaktorer.csv; the factor for ${src.i}${src.i > year ? ", a later year," : ""} from SFS ${src.r.sfs})`;
    } else if (!row) {
      f.antagande = `${ASSUMPTION} (inkomstår ${year} saknas; faktorn för ${src.i} ur SFS ${src.r.sfs})`;
      f.antagandeEn = `${ASSUMPTION_EN} (income year ${year} missing; the factor for ${src.i} from SFS ${src.r.sfs})`;
    }
    out.push(f);
  }
  const forecast = (
    text: string | undefined,
    kpi: string,
    title: string,
    column = "forandring",
    from = budgetar,
  ) => {
    const rows = parseCsv(text ?? "")
      .map((r) => ({ r, a: Number(r.ar), v: Number(r[column]) }))
      .filter((x) => Number.isFinite(x.a) && Number.isFinite(x.v) && (x.r[column] ?? "") !== "");
    const last = [...rows].sort((a, b) => b.a - a.a)[0];
    const nearestBefore = (year: number) => rows.filter((r) => r.a < year).sort((a, b) => b.a - a.a)[0];
    for (let year = from; year <= budgetar + 2; year++) {
      const row = rows.find((r) => r.a === year);
      const src = row ?? nearestBefore(year) ?? [...rows].sort((a, b) => a.a - b.a)[0];
      if (!src) return;
      const f: SourcedFigure = {
        kpi,
        title,
        kommun: "0000",
        ar: year,
        // SKR prints percent; the workbook reads a share (3.5 % → 0.035)
        // (to 15 significant digits, as Excel shows it: 5.9 / 100 is 0.059, not 0.059000000000000004)
        varde: Number((src.v / 100).toPrecision(15)),
        enhet: "andel",
        url: src.r.kalla ?? "",
        hamtad: src.r.datum ?? "",
        kalla: `SKR ${src.r.cirkular}`,
      };
      if (!row && last && year < last.a) {
        // a past year between bundled rows, or before them: SKR has published it, it is only not bundled
        f.antagande = `antagande: ersätt med SKR:s siffra för ${year} (saknas i samples/data/; värdet för ${src.a}${src.a > year ? ", ett senare år," : ""} ur SKR ${src.r.cirkular})`;
        f.antagandeEn = `assumption: replace with SKR's figure for ${year} (not in samples/data/; the value for ${src.a}${src.a > year ? ", a later year," : ""} from SKR ${src.r.cirkular})`;
      } else if (!row) {
        f.antagande = `${ASSUMPTION} (${year} saknas; värdet för ${src.a} ur SKR ${src.r.cirkular})`;
        f.antagandeEn = `${ASSUMPTION_EN} (${year} missing; the value for ${src.a} from SKR ${src.r.cirkular})`;
      }
      out.push(f);
    }
  };
  forecast(t.skatteunderlagsprognos, "skr-skatteunderlag", "Skatteunderlagets ökning, SKR:s prognos");
  // PKV also for the years between the latest outcome in Kolada and the budget year (the index uplifts the outcome)
  forecast(t.pkv, "skr-pkv", "Prisindex för kommunal verksamhet (PKV), SKR", "forandring", budgetar - 4);
  forecast(t.internranta, "internranta", "Internränta, SKR:s förslag", "ranta");
  if (lan && t.lansvisaSkattesatser) {
    for (const [slag, kpi, what] of [
      ["bidrag", "lansvisa-skattesatser", "inkomstutjämningsbidrag, 2 §"],
      ["avgift", "lansskattesats-avgift", "inkomstutjämningsavgift, 3 §"],
    ] as const) {
      const rows = parseCsv(t.lansvisaSkattesatser).filter((r) => r.lan === lan && r.slag === slag);
      // the newest ordinance: by the latest year in its SFS number ("2004:881 i lydelse enligt 2023:683" → 2023)
      const year = (r: Record<string, string>) =>
        Math.max(...[...(r.sfs ?? "").matchAll(/(\d{4}):\d+/g)].map((m) => Number(m[1])));
      const row = rows.map((r, i) => ({ r, i })).sort((a, b) => year(b.r) - year(a.r) || b.i - a.i)[0]?.r;
      if (row) {
        out.push({
          kpi,
          title: `Länsvis skattesats för kommunerna, ${lan} län (${what})`,
          kommun: "0000",
          ar: year(row),
          varde: Number(row.kommuner),
          enhet: "kr per 100 kr",
          url: row.kalla ?? "",
          hamtad: row.utfardad || String(year(row)),
          kalla: `SFS ${row.sfs} ${row.paragraf}`,
        });
      }
    }
  }
  return out;
}
