import { useState } from "react";
import {
  MessageBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { isKommunError, type SkatterOchBidragAr } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { usePanelLayout } from "../../shared/layout";
import { useLangTexts } from "../../shared/useLangTexts";
import type { WorkbookHost, Writer } from "../../host/types";
import { KeptNote } from "../../shared/KeptNote";
import { useKeptTexts } from "../../shared/useKept";
import { formatFixed } from "../../i18n";
import { NumberField } from "../../shared/NumberField";
import { Problems, WriteButton } from "../../shared/Problems";
import { revenueBlock } from "./block";
import {
  forecastMessage,
  ORDER,
  revenueForecast,
  revenueStartTexts,
  revenueState,
  SPECS,
  type Forecast,
  type Key,
} from "./model";
import { REVENUE_TEXTS } from "./texts";
import { quoteSheet } from "../../shared/address";
import { useJudged } from "../../shared/useJudged";
import { Notes, Warnings } from "../../shared/Warnings";
import { REVENUE_WARNINGS_TITLE, revenueRoundingNotes } from "./warnings";

/** The panel's texts (in their own module, so the pane shell can name the tab without loading the panel). */
export { REVENUE_TEXTS };

const useStyles = makeStyles({
  label: { width: "40%", overflowWrap: "anywhere" },
});

/** "Skatter och bidrag": the revenue forecast in the budget flow, written as live formulas. */
export function RevenuePanel(props: { lang: Lang; write: Writer; host?: WorkbookHost }) {
  const t = REVENUE_TEXTS[props.lang];
  const styles = useStyles();
  const layout = usePanelLayout();
  const [texts, setTexts] = useLangTexts(props.lang, () => revenueStartTexts(props.lang), ORDER, SPECS);
  const [message, setMessage] = useState<string | undefined>();
  const { judged, leave, judgeAll } = useJudged(props.lang);
  const kept = useKeptTexts(
    props.host?.memory,
    "revenue",
    props.lang,
    texts,
    setTexts,
    ORDER,
    SPECS,
    judgeAll,
  );

  const state = revenueState(texts, props.lang, judged);
  const { fields, values } = state;
  // the forecast of a few numbers is computed in well under a millisecond: no memo needed
  let result: { ok: Forecast; filled: Record<Key, number> } | { error: string[] };
  if (state.lines.length > 0) result = { error: state.lines };
  else if (state.notes.length > 0) result = { error: [] };
  else {
    const filled = values as Record<Key, number>;
    try {
      result = { ok: revenueForecast(filled, values.countyCharge), filled };
    } catch (e) {
      result = { error: [isKommunError(e) ? forecastMessage(e, props.lang) : String(e)] };
    }
  }

  async function writeSheet() {
    // a write attempt judges every field: what was held back as a note now shows as an error
    judgeAll();
    if (!("ok" in result)) return;
    const block = revenueBlock(result.filled, values.countyCharge, props.lang);
    const where = await props.write("new", "A1", block, t.sheet);
    setMessage(where ? `${t.written} ${quoteSheet(where)}` : t.cancelled);
  }

  const field = (k: Key, extra: { hint?: string } = {}) => (
    <NumberField
      key={k}
      id={`rev-${k}`}
      label={fields[k].label}
      text={texts[k]}
      parsed={fields[k].parsed}
      judged={judged(fields[k].label)}
      onLeave={() => leave(fields[k].label)}
      onText={(typed) => setTexts((old) => ({ ...old, [k]: typed }))}
      {...extra}
    />
  );
  const ok = "ok" in result ? result.ok : undefined;
  const rows: [string, (y: SkatterOchBidragAr) => number][] = [
    [t.taxes, (y) => y.skatteintakter],
    [t.finalSettlement, (y) => y.slutavrakning],
    [t.equalisation, (y) => y.inkomstutjamning],
    [t.others, (y) => y.ovriga],
    [t.total, (y) => y.summa],
  ];
  return (
    <div className={layout.stack} aria-label={t.tab}>
      <KeptNote lang={props.lang} kept={kept} testId="rev-kept" />
      <div>{t.intro}</div>
      <MessageBar intent="info" data-testid="rev-example">
        {t.example}
      </MessageBar>
      <div className={layout.grid}>
        {field("year")}
        {field("inhabitants")}
        {field("taxBase")}
        {field("taxRate")}
        {field("factorPrev", { hint: t.factorHint })}
        {field("factorYear")}
        {field("growth1", { hint: t.growthHint })}
        {field("growth2", { hint: t.growthHint })}
        {field("average")}
        {field("county")}
        {/* the condition is in the label: a hint here alone trips axe's label-title-only at 320 px */}
        {field("countyCharge")}
        {field("settlement")}
        {field("other")}
      </div>
      {"error" in result && <Problems lang={props.lang} lines={result.error} testId="rev-error" />}
      <Notes lines={state.notes} testId="rev-notes" />
      <Warnings title={REVENUE_WARNINGS_TITLE[props.lang]} lines={state.warnings} testId="rev-warnings" />
      {ok && (
        <Table aria-label={t.tab} size="extra-small" className={layout.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.label}>{t.part}</TableHeaderCell>
              {ok.years.map((y) => (
                <TableHeaderCell key={y.ar} className={layout.number}>
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
                    className={layout.number}
                    data-testid={label === t.total ? `rev-total-${y.ar}` : undefined}
                  >
                    {formatFixed(pick(y), props.lang, 1)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {ok && <Notes lines={revenueRoundingNotes(ok.years, props.lang)} testId="rev-rounding" />}
      <WriteButton
        lang={props.lang}
        label={t.write}
        blocked={!ok && state.notes.length === 0}
        onClick={() => void writeSheet()}
        testId="rev-write"
      />
      {message && <MessageBar data-testid="rev-message">{message}</MessageBar>}
    </div>
  );
}
