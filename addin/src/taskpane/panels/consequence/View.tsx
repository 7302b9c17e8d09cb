import { useEffect, useRef, useState } from "react";
import {
  Button,
  Card,
  Field,
  Input,
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
import { konsekvensanalys, type KonsekvensAtgard } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { formula, num, text, toAddress, type Block, type Writer } from "../../host/types";
import { formatNumber, formatPercent, TEXTS } from "../../i18n";
import { FIELDS, formatInput, valueOf, type FieldSpec } from "../../input/number";
import { errorText, field, problems, relangText, type FieldState } from "../../input/problems";
import { NumberField } from "../../shared/NumberField";
import { Problems, WriteButton } from "../../shared/Problems";

const FIELD_KEYS = [
  "startar",
  "engangskostnad",
  "investering",
  "avskrivningstid",
  "ranta",
  "driftkostnad",
  "intakt",
] as const;
type Key = (typeof FIELD_KEYS)[number];

/** Each measure field's kind and range, from calc-core's rules for konsekvensanalys. */
const SPECS: Record<Key, FieldSpec> = {
  startar: FIELDS.year(),
  engangskostnad: { kind: "money", rule: { min: 0, unit: "money" } },
  investering: { kind: "money", rule: { min: 0, unit: "money" } },
  avskrivningstid: { ...FIELDS.years(), optional: true },
  ranta: { ...FIELDS.interest(), optional: true },
  driftkostnad: { kind: "money", rule: { unit: "money" } },
  intakt: { kind: "money", rule: { unit: "money" } },
};
const POSITIVE: FieldSpec = { kind: "money", rule: { above: 0, unit: "money" } };
/** The unit of the panel's amounts (and of the sample konsekvensanalys.xlsx). */
const UNIT = "mnkr";

interface Row {
  id: number;
  namn: string;
  texts: Record<Key, string>;
}

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    // a neighbour's label wrapping to more lines must not stretch this field's input box
    alignItems: "start",
  },
  scroll: { overflowX: "auto", maxWidth: "100%" },
});

let nextId = 2;

function rowTexts(values: Record<Key, number | undefined>, lang: Lang): Record<Key, string> {
  return Object.fromEntries(
    FIELD_KEYS.map((k) => [k, values[k] === undefined ? "" : formatInput(values[k]!, SPECS[k], lang)]),
  ) as Record<Key, string>;
}

/** Konsekvensanalys: measures → per-year effect on the result, result share, tax equivalent and payback. */
export function ConsequencePanel(props: { lang: Lang; write: Writer }) {
  const lang = props.lang;
  const t = TEXTS[lang];
  const styles = useStyles();
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
      texts: rowTexts(
        {
          startar: 2026,
          engangskostnad: 2,
          investering: 10,
          avskrivningstid: 10,
          ranta: 0.02,
          driftkostnad: 0,
          intakt: 16,
        },
        lang,
      ),
    },
  ]);
  const [message, setMessage] = useState<string | undefined>();

  const shownLang = useRef(lang);
  useEffect(() => {
    const from = shownLang.current;
    shownLang.current = lang;
    if (from === lang) return;
    setTexts((x) => ({
      from: x.from,
      to: x.to,
      sob: relangText(x.sob, POSITIVE, from, lang),
      base: relangText(x.base, POSITIVE, from, lang),
    }));
    setRows((rs) =>
      rs.map((r) => ({
        ...r,
        texts: Object.fromEntries(
          FIELD_KEYS.map((k) => [k, relangText(r.texts[k], SPECS[k], from, lang)]),
        ) as Record<Key, string>,
      })),
    );
  }, [lang]);

  // every amount of the panel is in mnkr, as in the sample workbook; the labels say so
  const labels: Record<Key, string> = {
    startar: t.startYear,
    engangskostnad: `${t.oneOff} (${UNIT})`,
    investering: `${t.investment} (${UNIT})`,
    avskrivningstid: t.life,
    ranta: t.interest,
    driftkostnad: `${t.running} (${UNIT})`,
    intakt: `${t.saving} (${UNIT})`,
  };
  const fromField = field(`${t.years}: ${t.from}`, texts.from, FIELDS.year(), lang);
  let toField = field(`${t.years}: ${t.to}`, texts.to, FIELDS.year(), lang);
  const from = valueOf(fromField.parsed);
  const to = valueOf(toField.parsed);
  if (from !== undefined && to !== undefined) {
    if (to < from) toField = { ...toField, parsed: { status: "error", message: t.toBeforeFrom } };
    else if (to - from > 30) toField = { ...toField, parsed: { status: "error", message: t.yearsSpan } };
  }
  const sobField = field(`${t.taxesAndGrants} (${UNIT})`, texts.sob, POSITIVE, lang);
  const baseField = field(`${t.taxBase} (${UNIT})`, texts.base, POSITIVE, lang);
  const measureFields = rows.map((r, i) => {
    const fs = Object.fromEntries(
      FIELD_KEYS.map((k) => [k, field(`${t.measure} ${i + 1} · ${labels[k]}`, r.texts[k], SPECS[k], lang)]),
    ) as Record<Key, FieldState>;
    // with an investment, its depreciation time and interest must be given, not assumed
    if ((valueOf(fs.investering.parsed) ?? 0) > 0) {
      for (const [k, why] of [
        ["avskrivningstid", t.lifeNeeded],
        ["ranta", t.interestNeeded],
      ] as const) {
        if (fs[k].parsed.status === "empty") fs[k] = { ...fs[k], parsed: { status: "error", message: why } };
      }
    }
    return fs;
  });
  const lines = problems([
    fromField,
    toField,
    sobField,
    baseField,
    ...measureFields.flatMap((f) => Object.values(f)),
  ]);

  let analysis: ReturnType<typeof konsekvensanalys> | undefined;
  const measures: KonsekvensAtgard[] = rows.map((r, i) => {
    const f = measureFields[i]!;
    const val = (k: Key) => valueOf(f[k].parsed);
    return {
      namn: r.namn.trim() || `${t.measure} ${i + 1}`,
      startar: val("startar")!,
      engangskostnad: val("engangskostnad")!,
      investering: val("investering")!,
      ...(val("avskrivningstid") !== undefined ? { avskrivningstid: val("avskrivningstid")! } : {}),
      ...(val("ranta") !== undefined ? { ranta: val("ranta")! } : {}),
      driftkostnad: val("driftkostnad")!,
      intakt: val("intakt")!,
    };
  });
  if (lines.length === 0) {
    try {
      const years = Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
      analysis = konsekvensanalys(measures, {
        ar: years,
        skatterOchBidrag: valueOf(sobField.parsed)!,
        skatteunderlag: valueOf(baseField.parsed)!,
      });
    } catch (e) {
      lines.push(
        errorText(e, lang, (arg, index) => {
          if (arg === "skatterOchBidrag") return sobField.label;
          if (arg === "skatteunderlag") return baseField.label;
          if (arg in labels)
            return index === undefined ? labels[arg as Key] : `${t.measure} ${index} · ${labels[arg as Key]}`;
          return undefined;
        }),
      );
    }
  }

  function setRowText(id: number, k: Key, s: string) {
    setRows((rs) => rs.map((x) => (x.id === id ? { ...x, texts: { ...x.texts, [k]: s } } : x)));
  }

  function remove(id: number, index: number) {
    setRows((rs) => rs.filter((x) => x.id !== id));
    requestAnimationFrame(() => {
      const next =
        document.querySelector<HTMLElement>(`[data-cons-index="${index}"] input`) ??
        document.querySelector<HTMLElement>(`[data-cons-index="${index - 1}"] input`) ??
        document.getElementById("cons-add-measure");
      next?.focus();
    });
  }

  async function writeSheet() {
    const a = analysis;
    if (!a) return;
    // the per-year table first (A1), then the inputs it refers to, as KOMMUN formulas
    const y = a.ar.length;
    const sobRow = y + 5;
    const baseRow = y + 6;
    const firstMeasure = y + 9;
    const m = (i: number, col: number) =>
      `$${toAddress(firstMeasure - 1 + i, col).replace(/(\d+)$/, "$$$1")}`;
    const effect = (r: number) =>
      `=${measures
        .map(
          (_, i) =>
            `KOMMUN.NETEFFECT(A${r},${m(i, 1)},${m(i, 2)},${m(i, 3)},${m(i, 4)},${m(i, 5)},${m(i, 6)},${m(i, 7)})`,
        )
        .join("+")}`;
    const block: Block = [
      [
        text(t.year),
        text(`${t.effect} (${UNIT})`),
        text(t.shareEffect),
        text(`${t.taxEquivalent} (${t.ore})`),
      ],
      ...a.ar.map((row, i) => {
        const r = i + 2;
        return [
          num(row.ar, "0"),
          measures.length ? formula(effect(r), "#,##0.00") : num(0, "#,##0.00"),
          formula(`=B${r}/$B$${sobRow}`, "0.000%"),
          formula(`=KOMMUN.TAXEQUIVALENT(B${r},$B$${baseRow})*100`, "0.00"),
        ];
      }),
      [
        text(`${t.payback} (${t.total.toLowerCase()})`),
        a.aterbetalningsar === null ? text(t.never) : num(a.aterbetalningsar, "0"),
      ],
      [],
      [text(t.inputs)],
      [text(sobField.label), num(valueOf(sobField.parsed)!, "#,##0")],
      [text(baseField.label), num(valueOf(baseField.parsed)!, "#,##0")],
      [],
      [text(t.name), ...FIELD_KEYS.map((k) => text(labels[k])), text(t.payback)],
      ...measures.map((mm, i) => {
        const r = firstMeasure + i;
        // without an investment, depreciation time and interest do not change any figure
        const life = mm.avskrivningstid ?? 1;
        const rate = mm.ranta ?? 0;
        return [
          text(mm.namn),
          num(mm.startar, "0"),
          num(mm.engangskostnad!, "#,##0.00"),
          num(mm.investering!, "#,##0.00"),
          num(life, "0"),
          num(rate, "0.0%"),
          num(mm.driftkostnad!, "#,##0.00"),
          num(mm.intakt!, "#,##0.00"),
          formula(`=KOMMUN.PAYBACKYEAR(B${r},C${r},D${r},G${r},H${r})`, "0"),
        ];
      }),
    ];
    const where = await props.write("new", "A1", block, t.sheetConsequence);
    setMessage(where ? `${t.written} ${where}` : t.cancelled);
  }

  const a = analysis;
  const numberField = (f: FieldState, id: string, onText: (s: string) => void) => (
    <NumberField id={id} label={f.label} text={f.text} parsed={f.parsed} onText={onText} />
  );
  return (
    <div className={styles.stack}>
      <div className={styles.grid}>
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
          <div className={styles.grid}>
            {FIELD_KEYS.map((k) => (
              <NumberField
                key={k}
                id={`cons-${i}-${k}`}
                label={labels[k]}
                text={r.texts[k]}
                parsed={measureFields[i]![k].parsed}
                onText={(s) => setRowText(r.id, k, s)}
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
      {a && (
        <div className={styles.scroll} role="region" aria-label={t.consequenceTab} tabIndex={0}>
          <Table
            aria-label={t.consequenceTab}
            size="small"
            style={{ tableLayout: "auto", width: "auto", minWidth: "100%" }}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.year}</TableHeaderCell>
                <TableHeaderCell>{`${t.effect} (${UNIT})`}</TableHeaderCell>
                <TableHeaderCell>{t.shareEffect}</TableHeaderCell>
                <TableHeaderCell>{`${t.taxEquivalent} (${t.ore})`}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {a.ar.map((y) => (
                <TableRow key={y.ar}>
                  <TableCell>{y.ar}</TableCell>
                  <TableCell data-testid={`cons-effect-${y.ar}`}>
                    {formatNumber(y.nettoeffekt, lang)}
                  </TableCell>
                  <TableCell>
                    {y.resultatandelseffekt === null ? "–" : formatPercent(y.resultatandelseffekt, lang, 3)}
                  </TableCell>
                  <TableCell>
                    {y.skatteekvivalent === null ? "–" : formatNumber(y.skatteekvivalent * 100, lang)}
                  </TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell>{t.payback}</TableCell>
                <TableCell data-testid="cons-payback">{a.aterbetalningsar ?? t.never}</TableCell>
                <TableCell />
                <TableCell />
              </TableRow>
            </TableBody>
          </Table>
        </div>
      )}
      <WriteButton
        lang={lang}
        label={t.writeSheet}
        blocked={!a}
        onClick={() => void writeSheet()}
        testId="cons-write"
      />
      {message && <MessageBar data-testid="cons-message">{message}</MessageBar>}
    </div>
  );
}
