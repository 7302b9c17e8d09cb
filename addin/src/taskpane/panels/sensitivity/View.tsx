import { useMemo, useState } from "react";
import {
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
  isKommunError,
  KANSLIGHETSPOSTER,
  kanslighetsanalys,
  type KanslighetsanalysInput,
} from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { SENSITIVITY_HEADERS } from "../../../definitions/sensitivity";
import { formula, num, text, type Block, type Writer } from "../../host/types";
import { formatNumber } from "../../i18n";
import { FIELDS, type FieldSpec } from "../../input/number";
import { field, problems, type FieldState } from "../../input/problems";
import { NumberField } from "../../shared/NumberField";
import { Problems, WriteButton } from "../../shared/Problems";
import { SENSITIVITY_TEXTS } from "./texts";
import { quoteSheet } from "../../shared/address";

/** The panel's texts (in their own module, so the pane shell can name the tab without loading the panel). */
export { SENSITIVITY_TEXTS };

/** The seven inputs, in the order of `KOMMUN.SENSITIVITY`'s arguments. */
export const SENSITIVITY_FIELDS = [
  "personalkostnader",
  "ovrigaKostnader",
  "skatteunderlag",
  "skattesats",
  "laneskuld",
  "invanare",
  "bistand",
] as const;
export type SensitivityField = (typeof SENSITIVITY_FIELDS)[number];

/** Amounts are typed in mnkr; the tax rate in kr per 100 kr and inhabitants as a count are not. */
const IN_MNKR: Record<SensitivityField, boolean> = {
  personalkostnader: true,
  ovrigaKostnader: true,
  skatteunderlag: true,
  skattesats: false,
  laneskuld: true,
  invanare: false,
  bistand: true,
};

/** Each field's kind for the pane's parser; every field is optional (empty = no row). */
const SPECS: Record<SensitivityField, FieldSpec> = {
  personalkostnader: { ...FIELDS.nonNegativeMoney("mnkr"), optional: true },
  ovrigaKostnader: { ...FIELDS.nonNegativeMoney("mnkr"), optional: true },
  skatteunderlag: { ...FIELDS.nonNegativeMoney("mnkr"), optional: true },
  skattesats: { ...FIELDS.taxRate(), optional: true },
  laneskuld: { ...FIELDS.nonNegativeMoney("mnkr"), optional: true },
  invanare: { ...FIELDS.count(), optional: true },
  bistand: { ...FIELDS.nonNegativeMoney("mnkr"), optional: true },
};

/** The seven fields, parsed, with their labels. */
export function sensitivityFields(
  texts: Record<SensitivityField, string>,
  lang: Lang,
): Record<SensitivityField, FieldState> {
  const t = SENSITIVITY_TEXTS[lang];
  return Object.fromEntries(
    SENSITIVITY_FIELDS.map((f) => [f, field(t.fields[f], texts[f], SPECS[f], lang)]),
  ) as Record<SensitivityField, FieldState>;
}

/** What the panel shows for the typed texts: why there is no table (each problem once), or its rows. */
export type SensitivityView =
  | { kind: "message"; messages: string[] }
  | { kind: "empty"; message: string }
  | {
      kind: "table";
      rows: { post: string; forandring: string; effektMnkr: number }[];
      input: KanslighetsanalysInput;
    };

/**
 * Reads the typed texts and computes the table with calc-core. Any text that is not a number, and any
 * value calc-core rejects (a negative amount, 0,215 for 21,5, a tax rate without a tax base), gives a
 * message instead of results; nothing typed gives a prompt.
 */
export function sensitivityView(texts: Record<SensitivityField, string>, lang: Lang): SensitivityView {
  const t = SENSITIVITY_TEXTS[lang];
  const fields = sensitivityFields(texts, lang);
  const lines = problems(Object.values(fields));
  if (lines.length > 0) return { kind: "message", messages: lines };
  const input: KanslighetsanalysInput = {};
  for (const f of SENSITIVITY_FIELDS) {
    const p = fields[f].parsed;
    if (p.status !== "ok") continue;
    input[f] = IN_MNKR[f] ? Math.round(p.value * 1_000_000 * 100) / 100 : p.value;
  }
  if (Object.keys(input).length === 0) return { kind: "empty", message: t.empty };
  try {
    const rows = kanslighetsanalys(input).map((r) => {
      const label = KANSLIGHETSPOSTER[r.post][lang];
      return { post: label.post, forandring: label.forandring, effektMnkr: r.effekt / 1_000_000 };
    });
    return { kind: "table", rows, input };
  } catch (e) {
    if (isKommunError(e)) {
      // calc-core names the argument by its key (skatteunderlag); the user sees the field's label
      const f = SENSITIVITY_FIELDS.find((x) => x === e.argument);
      const message = e.messageIn(lang);
      if (!f) return { kind: "message", messages: [message] };
      const named = message.replace(new RegExp(`^(Argumentet|Argument) ${f}\\b`), t.fields[f]);
      return { kind: "message", messages: [named === message ? `${t.fields[f]}: ${message}` : named] };
    }
    throw e;
  }
}

/**
 * The block written to a new sheet at A1: a title, the seven inputs in kronor (blank where not given)
 * in B3:B9, and at A11 the live formula `KOMMUN.SENSITIVITY(B3,…,B9)`, which spills the table with
 * its header row below it.
 */
export function sensitivityBlock(input: KanslighetsanalysInput, lang: Lang): Block {
  const t = SENSITIVITY_TEXTS[lang];
  const block: Block = [[text(t.title)], [text(t.note)]];
  for (const field of SENSITIVITY_FIELDS) {
    const label = t.fields[field].replace("(mnkr)", "(kr)");
    const v = input[field];
    const format = field === "skattesats" ? "0.00" : "#,##0";
    block.push([text(label), v === undefined ? null : num(v, format)]);
  }
  block.push([]);
  block.push([formula("=KOMMUN.SENSITIVITY(B3,B4,B5,B6,B7,B8,B9)", "#,##0")]);
  return block;
}

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "100%" },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  table: { tableLayout: "fixed", width: "100%" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

/**
 * A compact sensitivity view for the budget flow: seven inputs, the table computed by calc-core in the
 * pane, and a button that writes it as a live `KOMMUN.SENSITIVITY` formula to a new sheet.
 */
export function SensitivityPanel(props: { lang: Lang; write: Writer }) {
  const t = SENSITIVITY_TEXTS[props.lang];
  const styles = useStyles();
  const [texts, setTexts] = useState<Record<SensitivityField, string>>({
    personalkostnader: "",
    ovrigaKostnader: "",
    skatteunderlag: "",
    skattesats: "",
    laneskuld: "",
    invanare: "",
    bistand: "",
  });
  const [status, setStatus] = useState<string | undefined>();
  const view = useMemo(() => sensitivityView(texts, props.lang), [texts, props.lang]);
  const fields = sensitivityFields(texts, props.lang);
  const headers = SENSITIVITY_HEADERS[props.lang];

  async function writeSheet() {
    if (view.kind !== "table") return;
    const where = await props.write("new", "A1", sensitivityBlock(view.input, props.lang), t.sheet);
    setStatus(where ? `${t.written} ${quoteSheet(where)}` : t.cancelled);
  }

  return (
    <section className={styles.stack} aria-label={t.title}>
      <p style={{ margin: 0 }}>{t.intro}</p>
      <div className={styles.grid}>
        {SENSITIVITY_FIELDS.map((f) => (
          <NumberField
            key={f}
            id={`sens-${f}`}
            label={fields[f].label}
            text={texts[f]}
            parsed={fields[f].parsed}
            onText={(typed) => setTexts((old) => ({ ...old, [f]: typed }))}
          />
        ))}
      </div>
      {view.kind === "empty" && <MessageBar intent="info">{view.message}</MessageBar>}
      {view.kind === "message" && <Problems lang={props.lang} lines={view.messages} testId="sens-problems" />}
      {view.kind === "table" && (
        <Table size="extra-small" className={styles.table} aria-label={t.title}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{headers[0]}</TableHeaderCell>
              <TableHeaderCell>{headers[1]}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t.effectMnkr}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.rows.map((r) => (
              <TableRow key={r.post}>
                <TableCell>{r.post}</TableCell>
                <TableCell>{r.forandring}</TableCell>
                <TableCell className={styles.number}>{formatNumber(r.effektMnkr, props.lang, 2)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <WriteButton
        lang={props.lang}
        label={t.write}
        blocked={view.kind !== "table"}
        onClick={() => void writeSheet()}
        testId="sens-write"
      />
      {status && <MessageBar intent="success">{status}</MessageBar>}
    </section>
  );
}
