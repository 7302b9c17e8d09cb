import { useEffect, useRef, useState } from "react";
import {
  Badge,
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
import { investeringsplan, isKommunError, type InvesteringsProjekt } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { formula, num, text, toAddress, type Block, type CellSpec, type Writer } from "../../host/types";
import { formatNumber, formatPercent, TEXTS } from "../../i18n";
import { FIELDS, formatInput, valueOf, type FieldSpec } from "../../input/number";
import { field, problems, relangText, type FieldState } from "../../input/problems";
import { NumberField } from "../../shared/NumberField";
import { Problems, WriteButton } from "../../shared/Problems";
import { INVESTMENT_TEXTS as T } from "./texts";
import { quoteSheet } from "../../shared/address";

export interface Project {
  id: number;
  namn: string;
  belopp?: number;
  ar?: number;
  avskrivningstid?: number;
  aktiveringsmanad?: number;
  driftkostnad?: number;
  besparing?: number;
}

const NUMBER_FIELDS = [
  "belopp",
  "ar",
  "avskrivningstid",
  "aktiveringsmanad",
  "driftkostnad",
  "besparing",
] as const;
type NumberFieldKey = (typeof NUMBER_FIELDS)[number];
/** Every field is required: a blank month, running cost or saving is asked for, never read as 1 or 0. */
const REQUIRED: readonly NumberFieldKey[] = NUMBER_FIELDS;

/** Plausible ranges of the pane's own inputs, in the units the labels state (percent, years, months). */
const RANGES: Partial<Record<NumberFieldKey, [number, number]>> = {
  ar: [1900, 2200],
  avskrivningstid: [1, 100],
  aktiveringsmanad: [1, 12],
};
const WHOLE: ReadonlySet<NumberFieldKey> = new Set(["ar", "avskrivningstid", "aktiveringsmanad"]);

function fieldLabels(lang: Lang): Record<NumberFieldKey, string> {
  const t = T[lang];
  return {
    belopp: t.amount,
    ar: t.year,
    avskrivningstid: t.life,
    aktiveringsmanad: t.month,
    driftkostnad: t.running,
    besparing: t.saving,
  };
}

/** Amounts are in mnkr, as the written sheet's formats and the frame. */
const UNIT = "mnkr";

/** Each project field's kind for the pane's parser. */
const PROJECT_SPECS: Record<NumberFieldKey, FieldSpec> = {
  belopp: FIELDS.nonNegativeMoney(UNIT),
  ar: FIELDS.year(),
  avskrivningstid: FIELDS.years(),
  aktiveringsmanad: FIELDS.month(),
  driftkostnad: FIELDS.money(UNIT),
  besparing: FIELDS.money(UNIT),
};

type TopKey = "frame" | "internal" | "external" | "borrowed";
/** The frame in mnkr; the rates and the share as percentages ("2,5 %" → 0,025). */
const TOP_SPECS: Record<TopKey, FieldSpec> = {
  frame: FIELDS.nonNegativeMoney(UNIT),
  internal: FIELDS.interest(),
  external: FIELDS.interest(),
  borrowed: FIELDS.share(),
};

/** A project as typed: the name and the six numbers as text. */
export interface ProjectText {
  id: number;
  namn: string;
  texts: Record<NumberFieldKey, string>;
}

/** The label a field shows (and its messages name): money fields say their unit. */
function shownLabel(label: string, spec: FieldSpec): string {
  return spec.kind === "money" ? `${label} (${spec.unit})` : label;
}

/**
 * The panel's inputs from their texts: every field parsed by its kind, messages naming the field
 * (and the project) by label; the numbers in {@link PlanInput}'s units (percentages in per cent).
 */
export function planFields(
  top: Record<TopKey, string>,
  projects: readonly ProjectText[],
  lang: Lang,
): {
  top: Record<TopKey, FieldState>;
  projects: Record<NumberFieldKey, FieldState>[];
  lines: string[];
  input: Omit<PlanInput, "years">;
} {
  const t = T[lang];
  const labels = fieldLabels(lang);
  const topLabels: Record<TopKey, string> = {
    frame: t.frame,
    internal: t.internalRate,
    external: t.externalRate,
    borrowed: t.borrowed,
  };
  const topFields = Object.fromEntries(
    (Object.keys(TOP_SPECS) as TopKey[]).map((k) => [
      k,
      field(shownLabel(topLabels[k], TOP_SPECS[k]), top[k], TOP_SPECS[k], lang),
    ]),
  ) as Record<TopKey, FieldState>;
  const projectFields = projects.map(
    (p, i) =>
      Object.fromEntries(
        NUMBER_FIELDS.map((k) => {
          const who = `${t.priority} ${i + 1}${p.namn.trim() ? `: ${p.namn.trim()}` : ""}`;
          const label = `${shownLabel(labels[k], PROJECT_SPECS[k])} (${who})`;
          return [k, field(label, p.texts[k], PROJECT_SPECS[k], lang)];
        }),
      ) as Record<NumberFieldKey, FieldState>,
  );
  const lines = problems([...Object.values(topFields), ...projectFields.flatMap((f) => Object.values(f))]);
  const pct = (k: TopKey) => {
    const v = valueOf(topFields[k].parsed);
    return v === undefined ? undefined : Number((v * 100).toPrecision(12));
  };
  return {
    top: topFields,
    projects: projectFields,
    lines,
    input: {
      frame: valueOf(topFields.frame.parsed),
      internal: pct("internal"),
      external: pct("external"),
      borrowed: pct("borrowed"),
      projects: projects.map((p, i) => ({
        id: p.id,
        namn: p.namn,
        ...Object.fromEntries(NUMBER_FIELDS.map((k) => [k, valueOf(projectFields[i]![k].parsed)])),
      })),
    },
  };
}

/** A project's numbers as the fields show them in a language. */
function projectText(p: Project, lang: Lang): ProjectText {
  return {
    id: p.id,
    namn: p.namn,
    texts: Object.fromEntries(
      NUMBER_FIELDS.map((k) => [k, p[k] === undefined ? "" : formatInput(p[k]!, PROJECT_SPECS[k], lang)]),
    ) as Record<NumberFieldKey, string>,
  };
}

/** The pane's inputs: percentages as typed (2,5 for 2,5 %), `undefined` for a blank or unreadable field. */
export interface PlanInput {
  frame: number | undefined;
  internal: number | undefined;
  external: number | undefined;
  borrowed: number | undefined;
  projects: readonly Project[];
  years: readonly number[];
}

/** Replaces calc-core's argument id in a message by the field's label. */
function relabel(message: string, argument: string, label: string): string {
  return message.split(argument).join(`"${label}"`);
}

/**
 * Validates the inputs with messages that name the field by its label, then fits and plans with
 * calc-core; a calc-core error is shown with the field's label instead of its internal id.
 */
export function computePlan(
  input: PlanInput,
  lang: Lang,
): { ok: ReturnType<typeof investeringsplan>; error?: undefined } | { ok?: undefined; error: string } {
  const t = T[lang];
  const labels = fieldLabels(lang);
  const f = (v: number) => formatNumber(v, lang);
  const outside = (label: string, v: number, lo: number, hi: number, whole = false) =>
    lang === "sv"
      ? `${label}: ${f(v)} ligger utanför ${f(lo)}–${f(hi)}${whole ? " (heltal)" : ""}.`
      : `${label}: ${f(v)} is outside ${f(lo)}–${f(hi)}${whole ? " (whole number)" : ""}.`;
  const { frame, internal, external, borrowed, projects, years } = input;
  if (frame === undefined) return { error: t.missing(t.frame) };
  if (frame < 0) return { error: `${t.frame}: ${f(frame)}.${t.positive}` };
  // [value, label, highest plausible, lowest plausible above 0: below it a share was typed for a percent]
  const rates: [number | undefined, string, number, number][] = [
    [internal, t.internalRate, 25, 0.1],
    [external, t.externalRate, 25, 0.1],
    [borrowed, t.borrowed, 100, 1],
  ];
  for (const [v, label, hi, lo] of rates) {
    if (v === undefined) return { error: t.missing(label) };
    if (v < 0 || v > hi) return { error: outside(label, v, 0, hi) + t.percentHint };
    if (v > 0 && v < lo) return { error: t.shareTyped(label, f(v), f(Number((v * 100).toPrecision(12)))) };
  }
  const projectName = (i: number) =>
    `${t.priority} ${i + 1}${projects[i]?.namn.trim() ? `: ${projects[i]!.namn.trim()}` : ""}`;
  for (const [i, p] of projects.entries()) {
    for (const key of REQUIRED) {
      const v = p[key];
      const label = `${labels[key]} (${projectName(i)})`;
      if (v === undefined) return { error: t.missing(label) };
      const range = RANGES[key];
      if (WHOLE.has(key) && !Number.isInteger(v))
        return { error: outside(label, v, range![0], range![1], true) };
      if (range && (v < range[0] || v > range[1]))
        return { error: outside(label, v, range[0], range[1], WHOLE.has(key)) };
      if (key === "belopp" && v < 0) return { error: `${label}: ${f(v)}.${t.positive}` };
    }
  }
  if (years.length === 0) return { error: t.missing(t.year) };
  try {
    const list: InvesteringsProjekt[] = projects.map((p, i) => ({
      namn: p.namn.trim() || `${t.project} ${i + 1}`,
      belopp: p.belopp as number,
      ar: p.ar as number,
      avskrivningstid: p.avskrivningstid as number,
      aktiveringsmanad: p.aktiveringsmanad as number,
      prioritet: i + 1,
      driftkostnad: p.driftkostnad as number,
      besparing: p.besparing as number,
    }));
    const ok = investeringsplan(list, frame, {
      ar: years,
      internranta: (internal as number) / 100,
      externRanta: (external as number) / 100,
      lanandel: (borrowed as number) / 100,
    });
    return { ok };
  } catch (e) {
    if (!isKommunError(e)) return { error: String(e) };
    const message = e.messageIn(lang);
    const arg = e.argument ?? "";
    const cell = /^projekt\[(\d+)\]\.(\w+)$/.exec(arg);
    const own: Record<string, string> = {
      ram: t.frame,
      internranta: t.internalRate,
      externRanta: t.externalRate,
      lanandel: t.borrowed,
    };
    if (cell) {
      const i = Number(cell[1]) - 1;
      const label = labels[cell[2] as NumberFieldKey] ?? cell[2]!;
      return { error: relabel(message, arg, `${label} (${projectName(i)})`) };
    }
    if (own[arg]) return { error: relabel(message, arg, own[arg]!) };
    return { error: message };
  }
}

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  table: { tableLayout: "fixed", width: "100%" },
});

let nextId = 4;

/** The committees' proposals the panel starts with. */
const START_PROJECTS: Project[] = [
  {
    id: 1,
    namn: "Förskola",
    belopp: 45,
    ar: 2026,
    avskrivningstid: 33,
    aktiveringsmanad: 8,
    driftkostnad: 1.2,
    besparing: 0,
  },
  {
    id: 2,
    namn: "Särskilt boende",
    belopp: 72,
    ar: 2027,
    avskrivningstid: 33,
    aktiveringsmanad: 10,
    driftkostnad: 0,
    besparing: 0,
  },
  {
    id: 3,
    namn: "Sporthall",
    belopp: 35,
    ar: 2028,
    avskrivningstid: 33,
    aktiveringsmanad: 9,
    driftkostnad: 0,
    besparing: 0,
  },
];

/**
 * Investeringsbudget: the committees' proposals in priority order (up/down), what fits the frame, the
 * consequences per year, and the plan written as live KOMMUN.INVESTMENTFITS / KOMMUN.INVESTMENTPLAN
 * formulas. Every number comes from calc-core; an input that is missing or wrong shows a message
 * instead of results.
 */
export function InvestmentPanel(props: { lang: Lang; write: Writer }) {
  const t = T[props.lang];
  const shared = TEXTS[props.lang];
  const styles = useStyles();
  const [top, setTop] = useState<Record<TopKey, string>>(() => ({
    frame: formatInput(150, TOP_SPECS.frame, props.lang),
    internal: formatInput(0.025, TOP_SPECS.internal, props.lang),
    external: formatInput(0.03, TOP_SPECS.external, props.lang),
    borrowed: formatInput(0.6, TOP_SPECS.borrowed, props.lang),
  }));
  const [projects, setProjects] = useState<ProjectText[]>(() =>
    START_PROJECTS.map((p) => projectText(p, props.lang)),
  );
  const [message, setMessage] = useState<string | undefined>();
  const labels = fieldLabels(props.lang);

  // the same numbers, written the new language's way, when the language changes
  const shownLang = useRef(props.lang);
  useEffect(() => {
    const from = shownLang.current;
    shownLang.current = props.lang;
    if (from === props.lang) return;
    const to = props.lang;
    setTop(
      (x) =>
        Object.fromEntries(
          (Object.keys(TOP_SPECS) as TopKey[]).map((k) => [k, relangText(x[k], TOP_SPECS[k], from, to)]),
        ) as Record<TopKey, string>,
    );
    setProjects((ps) =>
      ps.map((p) => ({
        ...p,
        texts: Object.fromEntries(
          NUMBER_FIELDS.map((k) => [k, relangText(p.texts[k], PROJECT_SPECS[k], from, to)]),
        ) as Record<NumberFieldKey, string>,
      })),
    );
  }, [props.lang]);

  const parsed = planFields(top, projects, props.lang);
  const { frame, internal, external, borrowed } = parsed.input;
  const planned = parsed.input.projects;
  const ys = planned.map((p) => p.ar).filter((y): y is number => y !== undefined && Number.isInteger(y));
  const first = Math.min(...ys);
  const years =
    ys.length === 0
      ? []
      : Array.from({ length: Math.min(Math.max(...ys) + 2, first + 30) - first + 1 }, (_, i) => first + i);
  // field messages first (each by its label); a plan of a few projects takes well under a millisecond
  const result: ReturnType<typeof computePlan> =
    parsed.lines.length > 0
      ? { error: parsed.lines.join("\n") }
      : computePlan({ frame, internal, external, borrowed, projects: planned, years }, props.lang);

  function move(index: number, by: -1 | 1) {
    setProjects((ps) => {
      const j = index + by;
      if (j < 0 || j >= ps.length) return ps;
      const copy = ps.slice();
      [copy[index], copy[j]] = [copy[j]!, copy[index]!];
      return copy;
    });
  }

  function update(id: number, patch: Partial<ProjectText>) {
    setProjects((ps) => ps.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  }

  /** The plan as live formulas: inputs as values, what fits and the consequences as KOMMUN.* formulas. */
  function planBlock(): Block {
    const n = planned.length;
    const firstProject = 9; // 1-based row of the first project
    const lastProject = firstProject + n - 1;
    const range = `B${firstProject}:H${lastProject}`;
    const yearsRow = lastProject + 2;
    const lastYearCol = toAddress(0, years.length).replace(/\d+$/, "");
    const block: Block = [
      [text(t.title)],
      [],
      [text(t.frame), num(frame as number, "#,##0.0")],
      [text(t.internalRate.replace(" (%)", "")), num((internal as number) / 100, "0.0%")],
      [text(t.externalRate.replace(" (%)", "")), num((external as number) / 100, "0.0%")],
      [text(t.borrowed.replace(" (%)", "")), num((borrowed as number) / 100, "0%")],
      [],
      [t.project, t.amount, t.year, t.life, t.month, t.priority, t.running, t.saving, t.fitted].map(text),
    ];
    planned.forEach((p, i) => {
      const cells: CellSpec[] = [
        text(p.namn.trim() || `${t.project} ${i + 1}`),
        num(p.belopp as number, "#,##0.0"),
        num(p.ar as number, "0"),
        num(p.avskrivningstid as number, "0"),
        num(p.aktiveringsmanad ?? 1, "0"),
        num(i + 1, "0"),
        num(p.driftkostnad ?? 0, "#,##0.0"),
        num(p.besparing ?? 0, "#,##0.0"),
        i === 0 ? formula(`=KOMMUN.INVESTMENTFITS(${range},B3)`) : null,
      ];
      block.push(cells);
    });
    block.push([]);
    block.push([text(t.year), ...years.map((y) => num(y, "0"))]);
    block.push([]);
    block.push([
      formula(
        `=KOMMUN.INVESTMENTPLAN(${range},B3,B${yearsRow}:${lastYearCol}${yearsRow},B4,B5,B6)`,
        "#,##0.0",
      ),
    ]);
    return block;
  }

  async function writePlan() {
    if (!result.ok) return;
    const where = await props.write("new", "A1", planBlock(), t.sheet);
    setMessage(where ? `${shared.written} ${quoteSheet(where)}` : shared.cancelled);
  }

  const plan = result.ok;
  return (
    <div className={styles.stack}>
      <div className={styles.grid}>
        {(Object.keys(TOP_SPECS) as TopKey[]).map((k) => (
          <NumberField
            key={k}
            id={`inv-${k}`}
            label={parsed.top[k].label}
            text={top[k]}
            parsed={parsed.top[k].parsed}
            onText={(typed) => setTop((x) => ({ ...x, [k]: typed }))}
          />
        ))}
      </div>
      {projects.map((p, i) => {
        const fit = plan?.projekt[i];
        return (
          <Card key={p.id} aria-label={`${t.priority} ${i + 1}: ${p.namn}`}>
            <div className={styles.row}>
              <Badge appearance="outline">{`${t.priority} ${i + 1}`}</Badge>
              {fit && (
                <Badge color={fit.ryms ? "success" : "warning"} data-testid={`inv-fit-${i + 1}`}>
                  {fit.ryms ? t.fits : t.waits}
                </Badge>
              )}
              <Button
                size="small"
                onClick={() => move(i, -1)}
                disabled={i === 0}
                aria-label={`${t.up} ${i + 1}`}
              >
                {t.up}
              </Button>
              <Button
                size="small"
                onClick={() => move(i, 1)}
                disabled={i === projects.length - 1}
                aria-label={`${t.down} ${i + 1}`}
              >
                {t.down}
              </Button>
            </div>
            <Field label={t.project}>
              <Input value={p.namn} onChange={(_, d) => update(p.id, { namn: d.value })} />
            </Field>
            <div className={styles.grid}>
              {NUMBER_FIELDS.map((f) => (
                <NumberField
                  key={f}
                  id={`inv-${i}-${f}`}
                  label={shownLabel(labels[f], PROJECT_SPECS[f])}
                  text={p.texts[f]}
                  parsed={parsed.projects[i]![f].parsed}
                  onText={(typed) => update(p.id, { texts: { ...p.texts, [f]: typed } })}
                />
              ))}
            </div>
            <Button appearance="subtle" onClick={() => setProjects((ps) => ps.filter((x) => x.id !== p.id))}>
              {shared.remove}
            </Button>
          </Card>
        );
      })}
      <Button
        onClick={() =>
          setProjects((ps) => [
            ...ps,
            projectText(
              {
                id: nextId++,
                namn: "",
                ar: years[0] ?? 2026,
                avskrivningstid: 20,
                aktiveringsmanad: 1,
                driftkostnad: 0,
                besparing: 0,
              },
              props.lang,
            ),
          ])
        }
      >
        {t.add}
      </Button>
      {result.error && <Problems lang={props.lang} lines={result.error.split("\n")} testId="inv-error" />}
      {plan && (
        <>
          <MessageBar data-testid="inv-summary">
            {`${t.fitted} ${formatNumber(plan.ryms, props.lang)} · ${t.waiting} ${formatNumber(plan.vantar, props.lang)} · ${t.left} ${formatNumber(plan.kvarAvRam, props.lang)}`}
          </MessageBar>
          <Table aria-label={t.plan} size="small" className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.year}</TableHeaderCell>
                <TableHeaderCell>{t.investments}</TableHeaderCell>
                <TableHeaderCell>{t.capitalInternal}</TableHeaderCell>
                <TableHeaderCell>{t.effect}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.ar.map((y) => (
                <TableRow key={y.ar}>
                  <TableCell>{y.ar}</TableCell>
                  <TableCell>{formatNumber(y.investeringar, props.lang, 1)}</TableCell>
                  <TableCell>{formatNumber(y.kapitalkostnadIntern, props.lang, 1)}</TableCell>
                  <TableCell data-testid={`inv-effect-${y.ar}`}>
                    {formatNumber(y.resultatpaverkan, props.lang, 1)}
                    {y.sjalvfinansieringsgrad === null
                      ? ""
                      : ` (${formatPercent(y.sjalvfinansieringsgrad, props.lang, 0)})`}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <WriteButton
        lang={props.lang}
        label={shared.writeSheet}
        blocked={!plan}
        onClick={() => void writePlan()}
        testId="inv-write"
      />
      {message && <MessageBar data-testid="inv-message">{message}</MessageBar>}
    </div>
  );
}
