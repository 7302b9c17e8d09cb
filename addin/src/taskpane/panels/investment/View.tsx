import { useState } from "react";
import { Badge, Button, Card, Field, Input, MessageBar } from "@fluentui/react-components";
import type { Lang } from "../../../definitions";
import { usePanelLayout } from "../../shared/layout";
import type { WorkbookHost, Writer } from "../../host/types";
import { KeptNote } from "../../shared/KeptNote";
import { textsOf, useKept } from "../../shared/useKept";
import { focusAfterRemove } from "../../shared/focusAfterRemove";
import { formatFixed, formatNumber, formatPercent, TEXTS } from "../../i18n";
import { formatInput } from "../../input/number";
import { meantOtherwise } from "../../input/problems";
import { NumberField } from "../../shared/NumberField";
import { NumberTable } from "../../shared/NumberTable";
import { Problems, WriteButton } from "../../shared/Problems";
import {
  computePlan,
  fieldLabels,
  NUMBER_FIELDS,
  planFields,
  PROJECT_SPECS,
  projectText,
  shownLabel,
  START_PROJECTS,
  TOP_SPECS,
  UNIT,
  type ProjectText,
  type TopKey,
} from "./model";
import { INVESTMENT_TEXTS as T } from "./texts";
import { quoteSheet } from "../../shared/address";
import { useJudged } from "../../shared/useJudged";
import { useLangChange, relangTexts } from "../../shared/useLangTexts";
import { Notes, Warnings } from "../../shared/Warnings";
import { investmentBlock } from "./block";
import { INVESTMENT_WARNINGS_TITLE, investmentWarnings } from "./warnings";

let nextId = 4;

/**
 * Investeringsbudget: the committees' proposals in priority order (up/down), what fits the frame, the
 * consequences per year, and the plan written as live KOMMUN.INVESTMENTFITS / KOMMUN.INVESTMENTPLAN
 * formulas. Every number comes from calc-core; an input that is missing or wrong shows a message
 * instead of results.
 */
export function InvestmentPanel(props: { lang: Lang; write: Writer; host?: WorkbookHost }) {
  const t = T[props.lang];
  const shared = TEXTS[props.lang];
  const layout = usePanelLayout();
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
  useLangChange(props.lang, (from, to) => {
    setTop((x) => relangTexts(x, Object.keys(TOP_SPECS) as TopKey[], TOP_SPECS, from, to));
    setProjects((ps) =>
      ps.map((p) => ({ ...p, texts: relangTexts(p.texts, NUMBER_FIELDS, PROJECT_SPECS, from, to) })),
    );
  });

  const { judged, leave, judgeAll } = useJudged(props.lang);
  // what was typed is kept with the workbook and restored on the next start (review s8 finding 5)
  const kept = useKept(
    props.host?.memory,
    "investment",
    props.lang,
    { top, projects },
    (k, from) => {
      const v = k as { top?: unknown; projects?: unknown } | null;
      const topKeys = Object.keys(TOP_SPECS) as TopKey[];
      const tops = textsOf(v?.top, topKeys);
      const ps = Array.isArray(v?.projects) ? (v.projects as Partial<ProjectText>[]) : undefined;
      const ok = ps?.every(
        (p) => typeof p.id === "number" && typeof p.namn === "string" && textsOf(p.texts, NUMBER_FIELDS),
      );
      if (!tops || !ps || !ok) return false;
      nextId = Math.max(nextId, ...ps.map((p) => p.id! + 1));
      setTop(relangTexts(tops, topKeys, TOP_SPECS, from, props.lang));
      setProjects(
        ps.map((p) => ({
          ...(p as ProjectText),
          texts: relangTexts(p.texts!, NUMBER_FIELDS, PROJECT_SPECS, from, props.lang),
        })),
      );
      return true;
    },
    judgeAll,
  );
  const parsed = planFields(top, projects, props.lang, judged);
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
      : parsed.waiting.length > 0
        ? { error: "" }
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

  /** As Skatt and Konsekvensanalys: focus the next project, the one before, or Lägg till — never the page. */
  function remove(id: number, index: number) {
    setProjects((ps) => ps.filter((x) => x.id !== id));
    // the project's name, its first field (Upp/Ned before it move the project, and Upp is disabled on the first)
    focusAfterRemove("inv-index", index, "inv-add-project");
  }

  async function writePlan() {
    // a write attempt judges every field: what was held back as a note now shows as an error
    judgeAll();
    if (!result.ok) return;
    const block = investmentBlock(
      {
        frame: frame as number,
        internal: internal as number,
        external: external as number,
        borrowed: borrowed as number,
        projects: planned,
        years,
      },
      props.lang,
    );
    const where = await props.write("new", "A1", block, t.sheet);
    setMessage(where ? `${shared.written} ${quoteSheet(where)}` : shared.cancelled);
  }

  const plan = result.ok;
  return (
    <div className={layout.stack}>
      <KeptNote lang={props.lang} kept={kept} testId="inv-kept" />
      <div className={layout.grid}>
        {(Object.keys(TOP_SPECS) as TopKey[]).map((k) => (
          <NumberField
            key={k}
            id={`inv-${k}`}
            label={parsed.top[k].label}
            text={top[k]}
            parsed={parsed.top[k].parsed}
            judged={judged(parsed.top[k].label)}
            onLeave={() => leave(parsed.top[k].label)}
            onText={(typed) => setTop((x) => ({ ...x, [k]: typed }))}
          />
        ))}
      </div>
      {projects.map((p, i) => {
        // an empty project takes no priority: the real ones keep 1, 2, 3 … wherever it is moved (issue 23)
        const n = parsed.priority[i];
        const fit = n === undefined ? undefined : plan?.projekt[n - 1];
        const name =
          n === undefined ? t.emptyCard : `${t.priority} ${n}${p.namn.trim() ? `: ${p.namn.trim()}` : ""}`;
        return (
          <Card key={p.id} aria-label={name} data-inv-index={i}>
            <div className={layout.row}>
              <Badge appearance="outline" data-testid={`inv-priority-${i}`}>
                {n === undefined ? t.noPriority : `${t.priority} ${n}`}
              </Badge>
              {fit && (
                <Badge color={fit.ryms ? "success" : "warning"} data-testid={`inv-fit-${n}`}>
                  {fit.ryms ? t.fits : t.waits}
                </Badge>
              )}
              <Button
                size="small"
                onClick={() => move(i, -1)}
                disabled={i === 0}
                aria-label={`${t.up}: ${name}`}
              >
                {t.up}
              </Button>
              <Button
                size="small"
                onClick={() => move(i, 1)}
                disabled={i === projects.length - 1}
                aria-label={`${t.down}: ${name}`}
              >
                {t.down}
              </Button>
            </div>
            <Field label={t.project}>
              <Input value={p.namn} onChange={(_, d) => update(p.id, { namn: d.value })} />
            </Field>
            <div className={layout.grid}>
              {NUMBER_FIELDS.map((f) => (
                <NumberField
                  key={f}
                  id={`inv-${i}-${f}`}
                  label={shownLabel(labels[f], PROJECT_SPECS[f])}
                  text={p.texts[f]}
                  parsed={parsed.projects[i]![f].parsed}
                  judged={judged(parsed.projects[i]![f].label)}
                  onLeave={() => leave(parsed.projects[i]![f].label)}
                  onText={(typed) => update(p.id, { texts: { ...p.texts, [f]: typed } })}
                />
              ))}
            </div>
            <Button appearance="subtle" onClick={() => remove(p.id, i)}>
              {shared.remove}
            </Button>
          </Card>
        );
      })}
      <Button
        id="inv-add-project"
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
      <Notes
        lines={[
          ...(parsed.waiting.length > 0 && parsed.lines.length === 0
            ? [t.waitingFor(parsed.waiting.join(", "))]
            : []),
          ...(parsed.empty > 0 ? [t.leftOut(parsed.empty)] : []),
        ]}
        testId="inv-notes"
      />
      <Warnings
        title={INVESTMENT_WARNINGS_TITLE[props.lang]}
        lines={[
          ...meantOtherwise([
            ...Object.values(parsed.top),
            ...parsed.projects.flatMap((p) => Object.values(p)),
          ]).map((m) => m.text),
          ...investmentWarnings(frame, planned, props.lang, new Date().getFullYear()),
        ]}
        testId="inv-warnings"
      />
      {result.error && <Problems lang={props.lang} lines={result.error.split("\n")} testId="inv-error" />}
      {plan && (
        <>
          <MessageBar data-testid="inv-summary">
            {(
              [
                [t.fitted, plan.ryms],
                [t.waiting, plan.vantar],
                [t.left, plan.kvarAvRam],
              ] as [string, number][]
            )
              // the unit as every other panel says it, never broken from its figure
              .map(([what, x]) => `${what} ${formatNumber(x, props.lang)}\u00a0${UNIT}`)
              .join(" · ")}
          </MessageBar>
          <NumberTable
            lang={props.lang}
            label={t.plan}
            testId="inv-table"
            head={[t.year, `${t.investments} (${UNIT})`, t.capitalInternal, t.effect]}
            rows={plan.ar.map((y) => ({
              key: String(y.ar),
              cells: [
                y.ar,
                formatFixed(y.investeringar, props.lang, 1),
                formatFixed(y.kapitalkostnadIntern, props.lang, 1),
                <span key="e" data-testid={`inv-effect-${y.ar}`}>
                  {formatFixed(y.resultatpaverkan, props.lang, 1)}
                  {y.sjalvfinansieringsgrad === null
                    ? ""
                    : ` (${formatPercent(y.sjalvfinansieringsgrad, props.lang, 0)})`}
                </span>,
              ],
            }))}
          />
        </>
      )}
      <WriteButton
        lang={props.lang}
        label={shared.writeSheet}
        blocked={!plan && parsed.waiting.length === 0}
        onClick={() => void writePlan()}
        testId="inv-write"
      />
      {message && <MessageBar data-testid="inv-message">{message}</MessageBar>}
    </div>
  );
}
