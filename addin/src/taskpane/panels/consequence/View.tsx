import { useState } from "react";
import { Button, Card, Field, Input, MessageBar } from "@fluentui/react-components";
import type { Lang } from "../../../definitions";
import { usePanelLayout } from "../../shared/layout";
import type { WorkbookHost, Writer } from "../../host/types";
import { KeptNote } from "../../shared/KeptNote";
import { textsOf, useKept } from "../../shared/useKept";
import { focusAfterRemove } from "../../shared/focusAfterRemove";
import { TEXTS } from "../../i18n";
import { formatFixedAmount, formatPercentFixedAmount } from "../../shared/format";
import { formatInput } from "../../input/number";
import { relangText, type FieldState } from "../../input/problems";
import { quoteSheet } from "../../shared/address";
import { NumberField } from "../../shared/NumberField";
import { NumberTable } from "../../shared/NumberTable";
import { Problems, WriteButton } from "../../shared/Problems";
import { useJudged } from "../../shared/useJudged";
import { useLangChange, relangTexts } from "../../shared/useLangTexts";
import { Notes, Warnings } from "../../shared/Warnings";
import {
  consequenceBlock,
  consequenceModel,
  FIELD_KEYS,
  POSITIVE,
  rowTexts,
  START_MEASURE,
  SPECS,
  UNIT,
  type Key,
  type Row,
} from "./model";
import { CONSEQUENCE_TEXTS } from "./texts";

let nextId = 2;

/** Konsekvensanalys: measures → per-year effect on the result, result share, tax equivalent and payback. */
export function ConsequencePanel(props: { lang: Lang; write: Writer; host?: WorkbookHost }) {
  const lang = props.lang;
  const t = TEXTS[lang];
  const layout = usePanelLayout();
  const [texts, setTexts] = useState(() => ({
    from: "2026",
    to: "2030",
    sob: formatInput(2000, POSITIVE, lang),
    base: formatInput(6900, POSITIVE, lang),
  }));
  const [rows, setRows] = useState<Row[]>(() => [
    {
      id: 1,
      namn: lang === "sv" ? "Lokaler" : "Premises",
      texts: rowTexts(START_MEASURE, lang),
    },
  ]);
  const [message, setMessage] = useState<string | undefined>();

  // the same numbers, written the new language's way, when the language changes
  useLangChange(lang, (from, to) => {
    setTexts((x) => ({
      from: x.from,
      to: x.to,
      sob: relangText(x.sob, POSITIVE, from, to),
      base: relangText(x.base, POSITIVE, from, to),
    }));
    setRows((rs) => rs.map((r) => ({ ...r, texts: relangTexts(r.texts, FIELD_KEYS, SPECS, from, to) })));
  });

  const { judged, leave, judgeAll } = useJudged(lang);
  // what was typed is kept with the workbook and restored on the next start (review s8 finding 5)
  const kept = useKept(
    props.host?.memory,
    "consequence",
    lang,
    { texts, rows },
    (k, from) => {
      const v = k as { texts?: unknown; rows?: unknown } | null;
      const top = textsOf(v?.texts, ["from", "to", "sob", "base"] as const);
      const rs = Array.isArray(v?.rows) ? (v.rows as Partial<Row>[]) : undefined;
      const ok = rs?.every(
        (r) => typeof r.id === "number" && typeof r.namn === "string" && textsOf(r.texts, FIELD_KEYS),
      );
      if (!top || !rs || !ok) return false;
      nextId = Math.max(nextId, ...rs.map((r) => r.id! + 1));
      setTexts({
        ...top,
        sob: relangText(top.sob, POSITIVE, from, lang),
        base: relangText(top.base, POSITIVE, from, lang),
      });
      setRows(
        rs.map((r) => ({ ...(r as Row), texts: relangTexts(r.texts!, FIELD_KEYS, SPECS, from, lang) })),
      );
      return true;
    },
    judgeAll,
  );
  const model = consequenceModel({ texts, rows }, lang, judged);
  const { fromField, toField, sobField, baseField, measureFields, labels, lines, from } = model;

  function setRowText(id: number, k: Key, s: string) {
    setRows((rs) => rs.map((x) => (x.id === id ? { ...x, texts: { ...x.texts, [k]: s } } : x)));
  }

  function remove(id: number, index: number) {
    setRows((rs) => rs.filter((x) => x.id !== id));
    focusAfterRemove("cons-index", index, "cons-add-measure");
  }

  async function writeSheet() {
    judgeAll();
    const block = consequenceBlock(model, lang);
    if (!block) return;
    const where = await props.write("new", "A1", block, t.sheetConsequence);
    setMessage(where ? `${t.written} ${quoteSheet(where)}` : t.cancelled);
  }

  const a = model.analysis;
  const numberField = (f: FieldState, id: string, onText: (s: string) => void) => (
    <NumberField
      id={id}
      label={f.label}
      text={f.text}
      parsed={f.parsed}
      onText={onText}
      judged={judged(f.label)}
      onLeave={() => leave(f.label)}
    />
  );
  return (
    <div className={layout.stack}>
      <KeptNote lang={lang} kept={kept} testId="cons-kept" />
      <div className={layout.fields}>
        {numberField(fromField, "cons-from", (s) => setTexts((x) => ({ ...x, from: s })))}
        {numberField(toField, "cons-to", (s) => setTexts((x) => ({ ...x, to: s })))}
        {numberField(sobField, "cons-sob", (s) => setTexts((x) => ({ ...x, sob: s })))}
        {numberField(baseField, "cons-base", (s) => setTexts((x) => ({ ...x, base: s })))}
      </div>
      {rows.map((r, i) => (
        <Card key={r.id} aria-label={`${t.measure} ${i + 1}`} data-cons-index={i}>
          <Field label={t.name}>
            <Input
              value={r.namn}
              placeholder={`${t.measure} ${i + 1}`}
              onChange={(_, d) =>
                setRows((rs) => rs.map((x) => (x.id === r.id ? { ...x, namn: d.value } : x)))
              }
            />
          </Field>
          <div className={layout.fields}>
            {FIELD_KEYS.map((k) => (
              <NumberField
                key={k}
                id={`cons-${i}-${k}`}
                label={labels[k]}
                text={r.texts[k]}
                parsed={measureFields[i]![k].parsed}
                onText={(s) => setRowText(r.id, k, s)}
                judged={judged(measureFields[i]![k].label)}
                onLeave={() => leave(measureFields[i]![k].label)}
              />
            ))}
          </div>
          <Button
            appearance="subtle"
            onClick={() => remove(r.id, i)}
            aria-label={`${t.remove}: ${t.measure} ${i + 1}`}
          >
            {t.remove}
          </Button>
        </Card>
      ))}
      <Button
        id="cons-add-measure"
        onClick={() =>
          setRows((rs) => [
            ...rs,
            {
              id: nextId++,
              namn: "",
              texts: rowTexts(
                {
                  startar: from ?? 2026,
                  engangskostnad: 0,
                  investering: 0,
                  avskrivningstid: undefined,
                  ranta: undefined,
                  driftkostnad: 0,
                  intakt: 0,
                },
                lang,
              ),
            },
          ])
        }
      >
        {t.addMeasure}
      </Button>
      <Problems lang={lang} lines={lines} testId="cons-problems" />
      <Notes lines={model.notes} testId="cons-notes" />
      <Warnings title={CONSEQUENCE_TEXTS[lang].warnings} lines={model.warnings} testId="cons-warnings" />
      {a && (
        <NumberTable
          lang={lang}
          label={t.consequenceTab}
          testId="cons-table"
          head={[t.year, `${t.effect} (${UNIT})`, t.shareEffect, `${t.taxEquivalent} (${t.ore})`]}
          rows={[
            ...a.ar.map((y) => ({
              key: String(y.ar),
              cells: [
                y.ar,
                // the same decimals in a column as the written sheet's formats (0.00, 0.000 %, 0.00)
                <span key="e" data-testid={`cons-effect-${y.ar}`}>
                  {formatFixedAmount(y.nettoeffekt, lang, 2)}
                </span>,
                y.resultatandelseffekt === null
                  ? "–"
                  : formatPercentFixedAmount(y.resultatandelseffekt, lang, 3),
                y.skatteekvivalent === null ? "–" : formatFixedAmount(y.skatteekvivalent * 100, lang, 2),
              ],
            })),
            {
              key: "payback",
              cells: [
                t.payback,
                <span key="p" data-testid="cons-payback">
                  {a.aterbetalningsar ?? t.never}
                </span>,
                "",
                "",
              ],
            },
          ]}
        />
      )}
      <WriteButton
        lang={lang}
        label={t.writeSheet}
        blocked={lines.length > 0}
        onClick={() => void writeSheet()}
        testId="cons-write"
      />
      {message && <MessageBar data-testid="cons-message">{message}</MessageBar>}
    </div>
  );
}
