import { useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePanelLayout } from "../../shared/layout";
import type { Lang } from "../../../definitions/types";
import { buildBudgetWorkbook, BUDGET_SHEETS } from "../../../budget/workbook";
import { exempelBudgetData } from "../../../budget/workbookFixture";
import type { WorkbookHost } from "../../host/types";
import { fetchForPane } from "../../../budget/paneFetch";
import {
  budgetCommand,
  errorCells,
  fetchPlan,
  parseYear,
  replaceNames,
  writeBudgetWorkbook,
  type BudgetWritten,
} from "./model";
import { BUDGET_TEXTS } from "./texts";

export { BUDGET_TEXTS };

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  list: { margin: 0, paddingInlineStart: "1.2em" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
});

/**
 * *Ny budget*: pick the municipality and the budget year, see what is fetched, and write the seven sheets of
 * the budget workbook (issue 20) into the open workbook as new sheets. In the demo the data are the synthetic
 * Exempelkommun; in Excel the pane names the command that fetches from Kolada.
 */
export function BudgetPanel(props: { lang: Lang; host: WorkbookHost }) {
  const t = BUDGET_TEXTS[props.lang];
  const styles = useStyles();
  const layout = usePanelLayout();
  const demo = props.host.kind === "browser";
  const [kommun, setKommun] = useState(demo ? "9901" : "");
  const [yearText, setYearText] = useState(String(new Date().getFullYear() + 1));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: string; errors?: string } | undefined>();
  const year = parseYear(yearText);
  const plan = useMemo(() => fetchPlan(), []);
  const command = budgetCommand(kommun, year);

  const [failure, setFailure] = useState<string | undefined>();
  /** a write whose names existed pointing elsewhere: the panel asks before replacing them */
  const [ask, setAsk] = useState<BudgetWritten | undefined>();
  const [namesNote, setNamesNote] = useState<string | undefined>();

  /** In Excel: Kolada from the pane (where the browser allows it), else the reason and the command. */
  async function fetchAndWrite() {
    if (year === undefined || kommun.trim() === "") return;
    setBusy(true);
    setStatus(undefined);
    setFailure(undefined);
    setAsk(undefined);
    setNamesNote(undefined);
    try {
      const r = await fetchForPane(kommun, year, koladaUrl() ? { baseUrl: koladaUrl() } : {});
      if (!r.ok) {
        const why = props.lang === "sv" ? r.sv : r.en;
        setFailure(
          r.reason === "unreachable" ? t.unreachable(why) : r.reason === "kolada" ? t.koladaFailed(why) : why,
        );
        return;
      }
      await writeSpec(buildBudgetWorkbook(r.data));
    } catch {
      // the pane shows the host's failure at its top
    } finally {
      setBusy(false);
    }
  }

  /** What a write reports: the sheets, the names written, cells with errors, and names it did not replace. */
  function report(written: BudgetWritten) {
    const errors = errorCells(written.errors, props.lang);
    setStatus({
      ok: `${t.written(written.sheets.join(", "))} ${
        written.namesFailed
          ? t.namesFailed(written.namesFailed.messageIn(props.lang))
          : t.named(written.named.length, written.named.join(", "))
      }`,
      errors: errors.length ? t.withErrors(errors.join(", ")) : undefined,
    });
    setAsk(written.kept.length > 0 ? written : undefined);
  }

  async function writeSpec(spec: ReturnType<typeof buildBudgetWorkbook>) {
    report(await writeBudgetWorkbook(props.host, spec));
  }

  async function write() {
    if (year === undefined) return;
    setBusy(true);
    setStatus(undefined);
    setAsk(undefined);
    setNamesNote(undefined);
    try {
      await writeSpec(buildBudgetWorkbook({ ...exempelBudgetData(), budgetar: year }));
    } catch {
      // the pane shows the host's failure at its top
    } finally {
      setBusy(false);
    }
  }

  /** The user's answer about names that existed: replaced only when asked for. */
  async function answer(replace: boolean) {
    const written = ask;
    setAsk(undefined);
    if (!written) return;
    if (!replace) {
      setNamesNote(t.keptDone);
      return;
    }
    try {
      const done = await replaceNames(
        props.host,
        written,
        written.kept.map((k) => k.name),
      );
      setNamesNote(t.replaced(done));
    } catch {
      // the pane shows the host's failure at its top
    }
  }

  // what a write reports, in the demo and in Excel alike
  const written = (
    <>
      {status && (
        <MessageBar intent="success" layout="multiline" data-testid="budget-status">
          <MessageBarBody>{status.ok}</MessageBarBody>
        </MessageBar>
      )}
      {status?.errors && (
        <MessageBar intent="warning">
          <MessageBarBody>{status.errors}</MessageBarBody>
        </MessageBar>
      )}
      {ask && (
        <MessageBar intent="warning" layout="multiline" data-testid="budget-names-kept">
          <MessageBarBody>
            {t.kept(ask.kept.map((k) => `${k.name} (${k.refersTo})`))}
            <div className={styles.actions}>
              <Button onClick={() => void answer(true)} data-testid="budget-names-replace">
                {t.replaceNames}
              </Button>
              <Button onClick={() => void answer(false)} data-testid="budget-names-keep">
                {t.keepNames}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {namesNote && (
        <MessageBar intent="info" layout="multiline" data-testid="budget-names-note">
          <MessageBarBody>{namesNote}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
  return (
    <section className={styles.stack} aria-label={t.title} data-testid="budget-panel">
      <p style={{ margin: 0 }}>{t.intro}</p>
      {demo ? (
        <Field label={t.municipality}>
          <Input value={t.demoMunicipality} readOnly data-testid="budget-kommun" />
        </Field>
      ) : (
        <Field label={t.municipality} hint={t.municipalityHint}>
          <Input value={kommun} onChange={(_, d) => setKommun(d.value)} data-testid="budget-kommun" />
        </Field>
      )}
      <Field
        label={t.budgetYear}
        validationState={year === undefined ? "error" : "none"}
        validationMessage={year === undefined ? t.badYear(yearText) : undefined}
      >
        <Input
          value={yearText}
          inputMode="numeric"
          input={{ className: layout.numberInput }}
          onChange={(_, d) => setYearText(d.value)}
          data-testid="budget-year"
        />
      </Field>
      <Accordion collapsible>
        <AccordionItem value="plan">
          <AccordionHeader>{t.willFetch(plan.length, t.tableNames.length)}</AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} data-testid="budget-plan">
              {plan.map((k) => (
                <li key={k.id}>
                  {k.id} {k.label}
                </li>
              ))}
              <li>{t.peers}</li>
            </ul>
            <p>{t.tables}</p>
            <ul className={styles.list}>
              {t.tableNames.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="sheets">
          <AccordionHeader>{t.sheets}</AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {BUDGET_SHEETS.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {demo ? (
        <>
          <MessageBar intent="info">
            <MessageBarBody>{t.demoSource}</MessageBarBody>
          </MessageBar>
          <p style={{ margin: 0 }}>{t.newSheetsNote}</p>
          <Button
            appearance="primary"
            disabledFocusable={busy || year === undefined}
            onClick={() => void write()}
            data-testid="budget-write"
          >
            {busy ? <Spinner size="tiny" label={t.writing} /> : t.write}
          </Button>
          {written}
        </>
      ) : (
        <>
          <Button
            appearance="primary"
            disabledFocusable={busy || year === undefined || kommun.trim() === ""}
            onClick={() => void fetchAndWrite()}
            data-testid="budget-fetch"
          >
            {busy ? <Spinner size="tiny" label={t.fetching} /> : t.fetchWrite}
          </Button>
          {failure && (
            <MessageBar intent="error" layout="multiline" data-testid="budget-failure">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          )}
          {written}
          <MessageBar intent="info" layout="multiline" data-testid="budget-cli">
            <MessageBarBody>
              {t.excelSource}
              <div className={styles.code} aria-label={t.command}>
                {command}
              </div>
            </MessageBarBody>
          </MessageBar>
        </>
      )}
    </section>
  );
}

/**
 * Kolada's address: the public API unless the page was loaded with `?kolada=<url>` (a proxy, or the fake
 * Kolada of the browser tests), as KOMMUN.KOLADA reads it.
 */
function koladaUrl(): string | undefined {
  try {
    return new URLSearchParams(globalThis.location?.search ?? "").get("kolada") ?? undefined;
  } catch {
    return undefined;
  }
}
