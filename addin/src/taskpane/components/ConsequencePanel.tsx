import { useMemo, useState } from "react";
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
import { isKommunError, konsekvensanalys, type KonsekvensAtgard } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../definitions";
import { cellsOf, type Block, type Writer } from "../host/types";
import { formatNumber, formatPercent, TEXTS } from "../i18n";
import { NumberField } from "./NumberField";

interface Row {
  id: number;
  namn: string;
  values: Record<string, number | undefined>;
}

const FIELDS = [
  "startar",
  "engangskostnad",
  "investering",
  "avskrivningstid",
  "ranta",
  "driftkostnad",
  "intakt",
] as const;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
});

let nextId = 2;

/** Konsekvensanalys: measures → per-year effect on the result, result share, tax equivalent and payback. */
export function ConsequencePanel(props: { lang: Lang; write: Writer }) {
  const t = TEXTS[props.lang];
  const styles = useStyles();
  const [from, setFrom] = useState<number | undefined>(2026);
  const [to, setTo] = useState<number | undefined>(2030);
  const [sob, setSob] = useState<number | undefined>(2000);
  const [base, setBase] = useState<number | undefined>(6900);
  const [rows, setRows] = useState<Row[]>([
    {
      id: 1,
      namn: props.lang === "sv" ? "Lokaler" : "Premises",
      values: {
        startar: 2026,
        engangskostnad: 2,
        investering: 10,
        avskrivningstid: 10,
        ranta: 2,
        driftkostnad: 0,
        intakt: 16,
      },
    },
  ]);
  const [message, setMessage] = useState<string | undefined>();
  const labels: Record<(typeof FIELDS)[number], string> = {
    startar: t.startYear,
    engangskostnad: t.oneOff,
    investering: t.investment,
    avskrivningstid: t.life,
    ranta: t.interest,
    driftkostnad: t.running,
    intakt: t.saving,
  };

  const analysis = useMemo(() => {
    if (from === undefined || to === undefined || to < from || to - from > 30) return undefined;
    try {
      const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      const measures: KonsekvensAtgard[] = rows.map((r) => ({
        namn: r.namn,
        startar: r.values.startar as number,
        engangskostnad: r.values.engangskostnad ?? 0,
        investering: r.values.investering ?? 0,
        avskrivningstid: r.values.avskrivningstid ?? 1,
        ranta: (r.values.ranta ?? 0) / 100,
        driftkostnad: r.values.driftkostnad ?? 0,
        intakt: r.values.intakt ?? 0,
      }));
      return { ok: konsekvensanalys(measures, { ar: years, skatterOchBidrag: sob, skatteunderlag: base }) };
    } catch (e) {
      return { error: isKommunError(e) ? e.messageIn(props.lang) : String(e) };
    }
  }, [from, to, sob, base, rows, props.lang]);

  async function writeSheet() {
    const a = analysis?.ok;
    if (!a) return;
    const block: Block = cellsOf([
      [t.year, t.effect, t.shareEffect, `${t.taxEquivalent} (${t.ore})`],
      ...a.ar.map((y) => [
        y.ar,
        y.nettoeffekt,
        y.resultatandelseffekt,
        y.skatteekvivalent === null ? null : y.skatteekvivalent * 100,
      ]),
      [],
      [t.name, t.payback],
      ...a.atgarder.map((m) => [m.namn, m.aterbetalningsar ?? t.never]),
      [t.total, a.aterbetalningsar ?? t.never],
    ]);
    const where = await props.write("new", "A1", block, t.sheetConsequence);
    setMessage(where ? `${t.written} ${where}` : t.cancelled);
  }

  const a = analysis?.ok;
  return (
    <div className={styles.stack}>
      <div className={styles.grid}>
        <NumberField
          id="cons-from"
          label={`${t.years}: ${t.from}`}
          value={from}
          onChange={setFrom}
          lang={props.lang}
          year
        />
        <NumberField
          id="cons-to"
          label={`${t.years}: ${t.to}`}
          value={to}
          onChange={setTo}
          lang={props.lang}
          year
        />
        <NumberField id="cons-sob" label={t.taxesAndGrants} value={sob} onChange={setSob} lang={props.lang} />
        <NumberField id="cons-base" label={t.taxBase} value={base} onChange={setBase} lang={props.lang} />
      </div>
      {rows.map((r, i) => (
        <Card key={r.id} aria-label={`${t.measures} ${i + 1}`}>
          <Field label={t.name}>
            <Input
              value={r.namn}
              onChange={(_, d) =>
                setRows((rs) => rs.map((x) => (x.id === r.id ? { ...x, namn: d.value } : x)))
              }
            />
          </Field>
          <div className={styles.grid}>
            {FIELDS.map((f) => (
              <NumberField
                key={f}
                id={`cons-${i}-${f}`}
                label={labels[f]}
                value={r.values[f]}
                year={f === "startar"}
                lang={props.lang}
                onChange={(v) =>
                  setRows((rs) =>
                    rs.map((x) => (x.id === r.id ? { ...x, values: { ...x.values, [f]: v } } : x)),
                  )
                }
              />
            ))}
          </div>
          <Button appearance="subtle" onClick={() => setRows((rs) => rs.filter((x) => x.id !== r.id))}>
            {t.remove}
          </Button>
        </Card>
      ))}
      <Button
        onClick={() =>
          setRows((rs) => [
            ...rs,
            { id: nextId++, namn: "", values: { startar: from ?? 2026, avskrivningstid: 5, ranta: 2 } },
          ])
        }
      >
        {t.addMeasure}
      </Button>
      {analysis?.error && <MessageBar intent="error">{analysis.error}</MessageBar>}
      {a && (
        <Table aria-label={t.consequenceTab} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.year}</TableHeaderCell>
              <TableHeaderCell>{t.effect}</TableHeaderCell>
              <TableHeaderCell>{t.shareEffect}</TableHeaderCell>
              <TableHeaderCell>{`${t.taxEquivalent} (${t.ore})`}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {a.ar.map((y) => (
              <TableRow key={y.ar}>
                <TableCell>{y.ar}</TableCell>
                <TableCell data-testid={`cons-effect-${y.ar}`}>
                  {formatNumber(y.nettoeffekt, props.lang)}
                </TableCell>
                <TableCell>
                  {y.resultatandelseffekt === null
                    ? "–"
                    : formatPercent(y.resultatandelseffekt, props.lang, 3)}
                </TableCell>
                <TableCell>
                  {y.skatteekvivalent === null ? "–" : formatNumber(y.skatteekvivalent * 100, props.lang)}
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
      )}
      <Button appearance="primary" onClick={() => void writeSheet()} disabled={!a}>
        {t.writeSheet}
      </Button>
      {message && <MessageBar data-testid="cons-message">{message}</MessageBar>}
    </div>
  );
}
