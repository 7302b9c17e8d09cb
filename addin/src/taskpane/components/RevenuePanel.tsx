import { useMemo, useState } from "react";
import {
  Button,
  MessageBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  inkomstutjamning,
  isKommunError,
  skatterOchBidrag,
  slutavrakning,
  uppraknatSkatteunderlag,
  type SkatterOchBidragAr,
} from "@kommunkalkyl/calc-core";
import type { Lang } from "../../definitions";
import { formula, num, text, type Block, type Writer } from "../host/types";
import { formatNumber } from "../i18n";
import { NumberField } from "./NumberField";

/** The panel's own texts (kept here so the shared i18n table is untouched). */
export const REVENUE_TEXTS = {
  sv: {
    tab: "Skatter och bidrag",
    intro: "Skatteintäkter och generella statsbidrag för budgetåret och två planår. Belopp i mnkr.",
    budgetYear: "Budgetår",
    inhabitants: "Invånare 1 nov året före",
    taxRate: "Skattesats (kr per 100 kr)",
    taxBase: "Skatteunderlag år t−2 (mnkr)",
    factorPrev: "Uppräkningsfaktor t−1",
    factorYear: "Uppräkningsfaktor t",
    growth1: "Ökning planår 1 (%)",
    growth2: "Ökning planår 2 (%)",
    average: "Medelskattekraft (kr/inv)",
    county: "Länsvis skattesats, bidrag",
    countyCharge: "Länsvis skattesats, avgift",
    countyChargeHint: "Bara över 115 %",
    settlement: "Slutavräkning (kr/inv)",
    other: "Övriga bidrag, netto (mnkr/år)",
    factorHint: "Som regeringen skriver den: 1,048",
    fillIn: (label: string) => `Fyll i ${label.toLowerCase()}.`,
    part: "Del",
    taxes: "Skatteintäkter",
    equalisation: "Inkomstutjämning",
    finalSettlement: "Slutavräkning",
    others: "Övriga bidrag och avgifter",
    total: "Skatter och bidrag",
    write: "Skriv till nytt blad",
    written: "Skrivet till",
    cancelled: "Avbrutet; bladet är oförändrat.",
    sheet: "Skatter och bidrag",
    year: "År",
    uplifted: "Uppräknat skatteunderlag (mnkr)",
    growthRow: "Ökning enligt SKR:s prognos (planår)",
    factorsRow: "Uppräkningsfaktorer (t−1, t, planår)",
    equalisationRow: "Inkomstutjämning (mnkr)",
    settlementRow: "Slutavräkning (mnkr)",
    otherRow: "Övriga bidrag och avgifter, netto (mnkr)",
  },
  en: {
    tab: "Taxes and grants",
    intro: "Tax revenue and general state grants for the budget year and two plan years. Amounts in mnkr.",
    budgetYear: "Budget year",
    inhabitants: "Inhabitants 1 Nov the year before",
    taxRate: "Tax rate (kr per 100 kr)",
    taxBase: "Tax base of year t−2 (mnkr)",
    factorPrev: "Uplift factor t−1",
    factorYear: "Uplift factor t",
    growth1: "Growth plan year 1 (%)",
    growth2: "Growth plan year 2 (%)",
    average: "Average capacity (kr/inh.)",
    county: "County rate, grant",
    countyCharge: "County rate, charge",
    countyChargeHint: "Only above 115 %",
    settlement: "Final settlement (kr/inh.)",
    other: "Other grants, net (mnkr/year)",
    factorHint: "As the government writes it: 1.048",
    fillIn: (label: string) => `Fill in ${label.toLowerCase()}.`,
    part: "Part",
    taxes: "Tax revenue",
    equalisation: "Income equalisation",
    finalSettlement: "Final settlement",
    others: "Other grants and charges",
    total: "Taxes and grants",
    write: "Write to a new sheet",
    written: "Written to",
    cancelled: "Cancelled; the sheet is unchanged.",
    sheet: "Taxes and grants",
    year: "Year",
    uplifted: "Uplifted tax base (mnkr)",
    growthRow: "Growth by SKR's forecast (plan years)",
    factorsRow: "Uplift factors (t−1, t, plan years)",
    equalisationRow: "Income equalisation (mnkr)",
    settlementRow: "Final settlement (mnkr)",
    otherRow: "Other grants and charges, net (mnkr)",
  },
} as const;

type Key =
  | "year"
  | "inhabitants"
  | "taxRate"
  | "taxBase"
  | "factorPrev"
  | "factorYear"
  | "growth1"
  | "growth2"
  | "average"
  | "county"
  | "countyCharge"
  | "settlement"
  | "other";

/** The sample municipality's figures (samples/skatter-och-bidrag.xlsx) as a start. */
const START: Record<Key, number | undefined> = {
  year: 2025,
  inhabitants: 30000,
  taxRate: 21.5,
  taxBase: 6000,
  factorPrev: 1.031,
  factorYear: 1.045,
  growth1: 3.8,
  growth2: 3.6,
  average: 265000,
  county: 19.41,
  countyCharge: undefined,
  settlement: 250,
  other: 33,
};

/** The fields that must be filled (the charge rate is asked for by calc-core only when needed). */
const REQUIRED: Exclude<Key, "countyCharge">[] = [
  "year",
  "inhabitants",
  "taxRate",
  "taxBase",
  "factorPrev",
  "factorYear",
  "growth1",
  "growth2",
  "average",
  "county",
  "settlement",
  "other",
];

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "100%" },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  table: { tableLayout: "fixed", width: "100%" },
  label: { width: "40%", overflowWrap: "anywhere" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

interface Forecast {
  years: SkatterOchBidragAr[];
}

/** Computes the forecast as the written formulas will: per year, with calc-core. */
export function revenueForecast(v: Record<Key, number>, charge: number | undefined): Forecast {
  const ar = [v.year, v.year + 1, v.year + 2];
  const faktorer = [v.factorPrev, v.factorYear, 1 + v.growth1 / 100, 1 + v.growth2 / 100];
  const equalisation: number[] = [];
  const settlement: number[] = [];
  ar.forEach((_, i) => {
    // calc-core validates the factors (4,8 written for 1,048 gets its hint) before anything uses them
    const uplifted = uppraknatSkatteunderlag(v.taxBase, faktorer.slice(0, i + 2));
    // the national average grows with the national tax base, i.e. with the plan years' factors
    const average = i === 0 ? v.average : uppraknatSkatteunderlag(v.average, faktorer.slice(2, i + 2));
    const capacity = (uplifted * 1_000_000) / v.inhabitants;
    equalisation.push(inkomstutjamning(capacity, average, v.inhabitants, v.county, charge) / 1_000_000);
    settlement.push(slutavrakning(i === 0 ? v.settlement : 0, v.inhabitants) / 1_000_000);
  });
  const years = skatterOchBidrag({
    ar,
    skatteunderlag: v.taxBase,
    faktorer,
    skattesats: v.taxRate,
    slutavrakning: settlement,
    inkomstutjamning: equalisation,
    ovriga: [[v.other, v.other, v.other]],
  });
  return { years };
}

/** The sheet the panel writes: inputs as numbers, everything else as live KOMMUN formulas. */
export function revenueBlock(v: Record<Key, number>, charge: number | undefined, lang: Lang): Block {
  const t = REVENUE_TEXTS[lang];
  const chargeArg = charge === undefined ? "" : `,${charge}`;
  const eq = (c: string) =>
    formula(
      `=KOMMUN.INCOMEEQUALISATION(${c}8*1000000/${c}3,${c}9,${c}3,$B$10${chargeArg})/1000000`,
      "#,##0.0",
    );
  return [
    [text(t.intro)],
    [text(t.year), num(v.year, "0"), num(v.year + 1, "0"), num(v.year + 2, "0")],
    [text(t.inhabitants), num(v.inhabitants, "#,##0"), formula("=B3", "#,##0"), formula("=B3", "#,##0")],
    [text(t.taxRate), num(v.taxRate, "0.00"), formula("=B4", "0.00"), formula("=B4", "0.00")],
    [text(t.taxBase), num(v.taxBase, "#,##0.0")],
    [
      text(t.factorsRow),
      num(v.factorPrev, "0.000"),
      num(v.factorYear, "0.000"),
      formula("=1+D7", "0.000"),
      formula("=1+E7", "0.000"),
    ],
    [text(t.growthRow), null, null, num(v.growth1 / 100, "0.0%"), num(v.growth2 / 100, "0.0%")],
    [
      text(t.uplifted),
      formula("=KOMMUN.UPLIFTEDTAXBASE($B$5,$B$6:C6)", "#,##0.0"),
      formula("=KOMMUN.UPLIFTEDTAXBASE($B$5,$B$6:D6)", "#,##0.0"),
      formula("=KOMMUN.UPLIFTEDTAXBASE($B$5,$B$6:E6)", "#,##0.0"),
    ],
    [text(t.average), num(v.average, "#,##0"), formula("=B9*D6", "#,##0"), formula("=C9*E6", "#,##0")],
    [text(t.county), num(v.county, "0.00")],
    [text(t.equalisationRow), eq("B"), eq("C"), eq("D")],
    [text(t.settlement), num(v.settlement, "#,##0"), num(0, "#,##0"), num(0, "#,##0")],
    [
      text(t.settlementRow),
      formula("=KOMMUN.FINALSETTLEMENT(B12,B3)/1000000", "#,##0.0"),
      formula("=KOMMUN.FINALSETTLEMENT(C12,C3)/1000000", "#,##0.0"),
      formula("=KOMMUN.FINALSETTLEMENT(D12,D3)/1000000", "#,##0.0"),
    ],
    [text(t.otherRow), num(v.other, "#,##0.0"), formula("=B14", "#,##0.0"), formula("=B14", "#,##0.0")],
    [],
    [formula("=KOMMUN.TAXESANDGRANTS(B2:D2,B5,B6:E6,B4:D4,B13:D13,B11:D11,B14:D14)", "#,##0.0")],
  ];
}

/** "Skatter och bidrag": the revenue forecast in the budget flow, written as live formulas. */
export function RevenuePanel(props: { lang: Lang; write: Writer }) {
  const t = REVENUE_TEXTS[props.lang];
  const styles = useStyles();
  const [values, setValues] = useState<Record<Key, number | undefined>>(START);
  const [message, setMessage] = useState<string | undefined>();
  const set = (k: Key) => (v: number | undefined) => setValues((old) => ({ ...old, [k]: v }));
  const labels: Record<Key, string> = {
    year: t.budgetYear,
    inhabitants: t.inhabitants,
    taxRate: t.taxRate,
    taxBase: t.taxBase,
    factorPrev: t.factorPrev,
    factorYear: t.factorYear,
    growth1: t.growth1,
    growth2: t.growth2,
    average: t.average,
    county: t.county,
    countyCharge: t.countyCharge,
    settlement: t.settlement,
    other: t.other,
  };

  const result = useMemo(():
    { ok: Forecast; filled: Record<Key, number> } | { error: string } | undefined => {
    const missing = REQUIRED.find((k) => values[k] === undefined);
    if (missing) return { error: t.fillIn(labels[missing]) };
    const filled = values as Record<Key, number>;
    try {
      return { ok: revenueForecast(filled, values.countyCharge), filled };
    } catch (e) {
      return { error: isKommunError(e) ? e.messageIn(props.lang) : String(e) };
    }
  }, [values, props.lang]); // labels and t follow props.lang

  async function writeSheet() {
    if (!result || !("ok" in result)) return;
    const block = revenueBlock(result.filled, values.countyCharge, props.lang);
    const where = await props.write("new", "A1", block, t.sheet);
    setMessage(where ? `${t.written} ${where}` : t.cancelled);
  }

  const field = (k: Key, extra: { hint?: string; year?: boolean; decimals?: number } = {}) => (
    <NumberField
      key={k}
      id={`rev-${k}`}
      label={labels[k]}
      value={values[k]}
      onChange={set(k)}
      lang={props.lang}
      {...extra}
    />
  );
  const ok = result && "ok" in result ? result.ok : undefined;
  const rows: [string, (y: SkatterOchBidragAr) => number][] = [
    [t.taxes, (y) => y.skatteintakter],
    [t.finalSettlement, (y) => y.slutavrakning],
    [t.equalisation, (y) => y.inkomstutjamning],
    [t.others, (y) => y.ovriga],
    [t.total, (y) => y.summa],
  ];
  return (
    <div className={styles.stack} aria-label={t.tab}>
      <div>{t.intro}</div>
      <div className={styles.grid}>
        {field("year", { year: true })}
        {field("inhabitants")}
        {field("taxBase")}
        {field("taxRate")}
        {field("factorPrev", { hint: t.factorHint })}
        {field("factorYear")}
        {field("growth1")}
        {field("growth2")}
        {field("average")}
        {field("county")}
        {field("countyCharge", { hint: t.countyChargeHint })}
        {field("settlement")}
        {field("other")}
      </div>
      {result && "error" in result && (
        <MessageBar intent="error" data-testid="rev-error">
          {result.error}
        </MessageBar>
      )}
      {ok && (
        <Table aria-label={t.tab} size="extra-small" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.label}>{t.part}</TableHeaderCell>
              {ok.years.map((y) => (
                <TableHeaderCell key={y.ar} className={styles.number}>
                  {y.ar}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map(([label, pick]) => (
              <TableRow key={label}>
                <TableCell className={styles.label}>{label}</TableCell>
                {ok.years.map((y) => (
                  <TableCell
                    key={y.ar}
                    className={styles.number}
                    data-testid={label === t.total ? `rev-total-${y.ar}` : undefined}
                  >
                    {formatNumber(pick(y), props.lang, 1)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Button appearance="primary" onClick={() => void writeSheet()} disabled={!ok}>
        {t.write}
      </Button>
      {message && <MessageBar data-testid="rev-message">{message}</MessageBar>}
    </div>
  );
}
