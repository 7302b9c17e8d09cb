import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  Title3,
  ToggleButton,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../definitions/types";
import { ConfirmOverwrite } from "./components/ConfirmOverwrite";
import { PanelTabs } from "./frame/PanelTabs";
import { listCells, OVERWRITE_TEXTS, targetOf, type OverwriteTarget } from "./frame/overwrite";
import { isHostError, type Block, type WorkbookHost, type WriteResult } from "./host/types";
import { TEXTS } from "./i18n";
// the panels' own text tables, small modules without the panels (which load on first use)
import { ACTION_PLAN_TEXTS } from "./panels/actionplan/texts";
import { INVESTMENT_TEXTS } from "./panels/investment/texts";
import { REVENUE_TEXTS } from "./panels/revenue/texts";
import { SENSITIVITY_TEXTS } from "./panels/sensitivity/texts";
import { BUDGET_TEXTS } from "./panels/budget/texts";

// Panels load on first use: the pane opens with only this shell (and the first panel) downloaded.
const TaxPanel = lazy(() =>
  import(/* webpackChunkName: "panel-tax" */ "./panels/tax/View").then((m) => ({ default: m.TaxPanel })),
);
const ForecastPanel = lazy(() =>
  import(/* webpackChunkName: "panel-forecast" */ "./panels/forecast/View").then((m) => ({
    default: m.ForecastPanel,
  })),
);
const ConsequencePanel = lazy(() =>
  import(/* webpackChunkName: "panel-consequence" */ "./panels/consequence/View").then((m) => ({
    default: m.ConsequencePanel,
  })),
);
const FunctionsPanel = lazy(() =>
  import(/* webpackChunkName: "panel-functions" */ "./panels/functions/View").then((m) => ({
    default: m.FunctionsPanel,
  })),
);

const RevenuePanel = lazy(() =>
  import(/* webpackChunkName: "panel-revenue" */ "./panels/revenue/View").then((m) => ({
    default: m.RevenuePanel,
  })),
);
const SensitivityPanel = lazy(() =>
  import(/* webpackChunkName: "panel-sensitivity" */ "./panels/sensitivity/View").then((m) => ({
    default: m.SensitivityPanel,
  })),
);
const InvestmentPanel = lazy(() =>
  import(/* webpackChunkName: "panel-investment" */ "./panels/investment/View").then((m) => ({
    default: m.InvestmentPanel,
  })),
);
const ActionPlanPanel = lazy(() =>
  import(/* webpackChunkName: "panel-actionplan" */ "./panels/actionplan/View").then((m) => ({
    default: m.ActionPlanPanel,
  })),
);

const BudgetPanel = lazy(() =>
  import(/* webpackChunkName: "panel-budget" */ "./panels/budget/View").then((m) => ({
    default: m.BudgetPanel,
  })),
);

/** The shell's own words (the panels' are in i18n.ts). */
const SHELL = {
  sv: {
    loading: "Laddar …",
    dismiss: "Stäng meddelandet",
    unexpected: (m: string) => `Något gick fel: ${m}. Försök igen.`,
    writtenWithErrors: (where: string, cells: string) =>
      `Skrivet till ${where}, men ${cells}. Kontrollera indata i bladet. #NAMN? (#NAME?) betyder att Excel inte känner igen funktionen: är tillägget Kommunkalkyl inläst?`,
    shows: (address: string, value: string) => `${address} visar ${value}`,
    and: " och ",
  },
  en: {
    loading: "Loading …",
    dismiss: "Dismiss the message",
    unexpected: (m: string) => `Something went wrong: ${m}. Try again.`,
    writtenWithErrors: (where: string, cells: string) =>
      `Written to ${where}, but ${cells}. Check the inputs on the sheet. #NAME? means Excel does not know the function: is the Kommunkalkyl add-in loaded?`,
    shows: (address: string, value: string) => `${address} shows ${value}`,
    and: " and ",
  },
};

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100%",
    minWidth: 0,
    position: "relative",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  // the page's heading for screen readers when Excel shows the title above the pane
  srOnly: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)" },
  // a panel wider than the pane scrolls inside its own area; the header and the tabs never scroll away
  section: { minWidth: 0, overflowX: "auto" },
});

export type Panel =
  | "tax"
  | "revenue"
  | "forecast"
  | "consequence"
  | "sensitivity"
  | "investment"
  | "actionplan"
  | "functions"
  | "budget";
const PANELS: readonly Panel[] = [
  "tax",
  "revenue",
  "forecast",
  "consequence",
  "sensitivity",
  "investment",
  "actionplan",
  "functions",
  "budget",
];

/** "B5 visar #NAMN? och C7 visar #VÄRDEFEL!" */
function listErrors(errors: WriteResult["errors"], lang: Lang): string {
  const t = SHELL[lang];
  const shown = errors.slice(0, 3).map((e) => t.shows(e.address, e.value));
  if (errors.length > 3)
    shown.push(lang === "sv" ? `${errors.length - 3} celler till` : `${errors.length - 3} more cells`);
  return shown.join(t.and);
}

type Problem = { error: unknown } | { written: WriteResult; where: string };

/**
 * The task pane: panels over calc-core, writing to the workbook through the host, never over data unasked.
 * Every host call the pane makes is awaited; a failure is shown at the top of the pane in the user's words.
 */
export function App(props: {
  host: WorkbookHost;
  initialLang?: Lang;
  initialDark?: boolean;
  initialPanel?: Panel;
  /** told when the user switches language (the demo's grid follows) */
  onLangChange?: (lang: Lang) => void;
  /** told when the user switches theme */
  onDarkChange?: (dark: boolean) => void;
}) {
  const [lang, setLangState] = useState<Lang>(props.initialLang ?? "sv");
  const [dark, setDarkState] = useState(props.initialDark ?? false);
  const [panel, setPanel] = useState<Panel>(props.initialPanel ?? "tax");
  const [pending, setPending] = useState<
    { target: OverwriteTarget; resolve: (ok: boolean) => void } | undefined
  >();
  const [problem, setProblem] = useState<Problem | undefined>();
  const opener = useRef<HTMLElement | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const t = TEXTS[lang];
  const styles = useStyles();
  const demo = props.host.kind === "browser";
  const labels: Record<Panel, string> = {
    tax: t.taxTab,
    revenue: REVENUE_TEXTS[lang].tab,
    forecast: t.forecastTab,
    consequence: t.consequenceTab,
    sensitivity: SENSITIVITY_TEXTS[lang].tab,
    investment: INVESTMENT_TEXTS[lang].tab,
    actionplan: ACTION_PLAN_TEXTS[lang].tab,
    functions: t.functionsTab,
    budget: BUDGET_TEXTS[lang].tab,
  };

  function setLang(l: Lang) {
    setLangState(l);
    props.onLangChange?.(l);
  }
  function setDark(d: boolean) {
    setDarkState(d);
    props.onDarkChange?.(d);
  }

  function report(error: unknown) {
    if (isHostError(error)) error.shown = true;
    setProblem({ error });
  }

  // the panels' own host calls report here too; a failure already shown is not also an unhandled rejection
  const host = useMemo<WorkbookHost>(() => {
    const h = props.host;
    const guard =
      <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
      async (...a: A): Promise<R> => {
        try {
          return await fn(...a);
        } catch (e) {
          report(e);
          throw e;
        }
      };
    return {
      kind: h.kind,
      readSelection: guard(() => h.readSelection()),
      readNamedRange: guard((n: string) => h.readNamedRange(n)),
      readNamedRanges: guard((n: readonly string[]) => h.readNamedRanges(n)),
      activeCell: guard(() => h.activeCell()),
      isEmpty: guard((s: string, a: string, r: number, c: number) => h.isEmpty(s, a, r, c)),
      contents: guard((s: string, a: string, r: number, c: number) => h.contents(s, a, r, c)),
      writeRange: guard((s: string, a: string, b: Block) => h.writeRange(s, a, b)),
      writeNewSheet: guard((n: string, a: string, b: Block) => h.writeNewSheet(n, a, b)),
      addNames: guard((n: Record<string, string>, r?: readonly string[]) => h.addNames(n, r)),
    };
  }, [props.host]);

  useEffect(() => {
    const quiet = (ev: PromiseRejectionEvent) => {
      if (isHostError(ev.reason) && ev.reason.shown) ev.preventDefault();
    };
    window.addEventListener("unhandledrejection", quiet);
    return () => window.removeEventListener("unhandledrejection", quiet);
  }, []);

  useEffect(() => {
    if (problem) problemRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [problem]);

  function confirm(target: OverwriteTarget): Promise<boolean> {
    return new Promise((resolve) => setPending({ target, resolve }));
  }

  function closeDialog(ok: boolean) {
    pending?.resolve(ok);
    setPending(undefined);
  }

  /**
   * Writes a block at sheet!topLeft, or on a new sheet named `sheetName` (added and written in one go),
   * asking first when a target cell holds data. Returns where it wrote, or undefined when cancelled or when
   * Excel refused (the reason is then shown at the top of the pane).
   */
  async function write(
    sheet: string | "new",
    topLeft: string,
    block: Block,
    sheetName: string,
  ): Promise<string | undefined> {
    setProblem(undefined);
    // the control that asked for the write (its click), before anything awaits and focus can move on
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    try {
      let result: WriteResult;
      if (sheet === "new") {
        result = await props.host.writeNewSheet(sheetName, topLeft, block);
      } else {
        // the WHOLE range the block covers, and what it holds: the dialog names both
        const target = targetOf(sheet, topLeft, block);
        const held = await props.host.contents(sheet, topLeft, target.rows, target.cols);
        if (held.values + held.formulas > 0 && !(await confirm({ address: target.address, ...held })))
          return undefined;
        result = await props.host.writeRange(sheet, topLeft, block);
      }
      const where = `${result.sheet}!${topLeft}`;
      const broken = result.elsewhere?.length ?? 0;
      if (result.errors.length > 0 || broken > 0) setProblem({ written: result, where });
      // the panel's own "Skrivet till …" beside its button must not read as plain success either
      return broken > 0 ? `${where}${OVERWRITE_TEXTS[lang].caveat(broken)}` : where;
    } catch (e) {
      report(e);
      return undefined;
    }
  }

  const shell = SHELL[lang];
  let problemText: string | undefined;
  let problemIntent: "error" | "warning" = "error";
  if (problem && "written" in problem) {
    problemIntent = "warning";
    const { errors, elsewhere = [] } = problem.written;
    problemText = [
      errors.length > 0 ? shell.writtenWithErrors(problem.where, listErrors(errors, lang)) : "",
      elsewhere.length > 0
        ? OVERWRITE_TEXTS[lang].brokeElsewhere(problem.where, listCells(elsewhere, lang))
        : "",
    ]
      .filter(Boolean)
      .join(" ");
  } else if (problem) {
    const e = problem.error;
    problemText = isHostError(e)
      ? e.messageIn(lang)
      : shell.unexpected(e instanceof Error ? e.message : String(e));
  }

  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      lang={lang === "sv" ? "sv-SE" : "en"}
      style={{ minHeight: "100%" }}
    >
      <div
        className={styles.root}
        role="complementary"
        aria-label="Kommunkalkyl"
        lang={lang === "sv" ? "sv" : "en"}
      >
        {/* Excel gives the pane its title, the user's theme and display language: the switches are the demo's */}
        {!demo && <h1 className={styles.srOnly}>{t.title}</h1>}
        <header className={styles.header} style={demo ? undefined : { display: "none" }}>
          <div>
            <Title3 as="h1">{t.title}</Title3>
            <div>
              <Text size={200}>{t.subtitle}</Text>
            </div>
          </div>
          <div className={styles.toolbar} role="group" aria-label={t.language}>
            <ToggleButton
              size="small"
              checked={lang === "sv"}
              appearance={lang === "sv" ? "primary" : "secondary"}
              onClick={() => setLang("sv")}
              lang="sv"
            >
              Svenska
            </ToggleButton>
            <ToggleButton
              size="small"
              checked={lang === "en"}
              appearance={lang === "en" ? "primary" : "secondary"}
              onClick={() => setLang("en")}
              lang="en"
            >
              English
            </ToggleButton>
          </div>
        </header>
        {demo && <Switch label={t.dark} checked={dark} onChange={(_, d) => setDark(d.checked)} />}
        <PanelTabs panels={PANELS} labels={labels} selected={panel} onSelect={setPanel} label={t.tabs} />
        {problemText && (
          <div ref={problemRef}>
            <MessageBar intent={problemIntent} role="alert">
              <MessageBarBody data-testid="pane-problem">{problemText}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    size="small"
                    aria-label={shell.dismiss}
                    onClick={() => setProblem(undefined)}
                  >
                    ✕
                  </Button>
                }
              />
            </MessageBar>
          </div>
        )}
        <section className={styles.section} aria-label={labels[panel]}>
          <Suspense fallback={<Spinner size="small" label={shell.loading} />}>
            {panel === "tax" && <TaxPanel lang={lang} host={host} write={write} />}
            {panel === "forecast" && <ForecastPanel lang={lang} host={host} write={write} />}
            {panel === "consequence" && <ConsequencePanel lang={lang} write={write} />}
            {panel === "revenue" && <RevenuePanel lang={lang} write={write} />}
            {panel === "sensitivity" && <SensitivityPanel lang={lang} write={write} />}
            {panel === "investment" && <InvestmentPanel lang={lang} write={write} />}
            {panel === "actionplan" && <ActionPlanPanel lang={lang} host={host} write={write} />}
            {panel === "functions" && <FunctionsPanel lang={lang} host={host} write={write} />}
            {panel === "budget" && <BudgetPanel lang={lang} host={host} />}
          </Suspense>
        </section>
        <ConfirmOverwrite
          lang={lang}
          target={pending?.target}
          onCancel={() => closeDialog(false)}
          onConfirm={() => closeDialog(true)}
          returnFocusTo={opener}
        />
      </div>
    </FluentProvider>
  );
}
