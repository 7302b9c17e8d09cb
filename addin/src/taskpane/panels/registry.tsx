import { lazy } from "react";
import type { Lang } from "../../definitions/types";
import type { WorkbookHost, Writer } from "../host/types";
import { TEXTS } from "../i18n";
// the panels' own text tables, small modules without the panels (which load on first use)
import { ACTION_PLAN_TEXTS } from "./actionplan/texts";
import { BUDGET_TEXTS } from "./budget/texts";
import { INVESTMENT_TEXTS } from "./investment/texts";
import { REVENUE_TEXTS } from "./revenue/texts";
import { SENSITIVITY_TEXTS } from "./sensitivity/texts";

/**
 * The pane's panels, in the order of the tabs: a new panel is one folder under panels/ and one line here.
 * Panels load on first use: the pane opens with only the shell (and the first panel) downloaded.
 */
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

export const PANELS: readonly Panel[] = [
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

/** The tabs' names in a language. */
export function panelLabels(lang: Lang): Record<Panel, string> {
  const t = TEXTS[lang];
  return {
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
}

const TaxPanel = lazy(() =>
  import(/* webpackChunkName: "panel-tax" */ "./tax/View").then((m) => ({ default: m.TaxPanel })),
);
const ForecastPanel = lazy(() =>
  import(/* webpackChunkName: "panel-forecast" */ "./forecast/View").then((m) => ({
    default: m.ForecastPanel,
  })),
);
const ConsequencePanel = lazy(() =>
  import(/* webpackChunkName: "panel-consequence" */ "./consequence/View").then((m) => ({
    default: m.ConsequencePanel,
  })),
);
const FunctionsPanel = lazy(() =>
  import(/* webpackChunkName: "panel-functions" */ "./functions/View").then((m) => ({
    default: m.FunctionsPanel,
  })),
);
const RevenuePanel = lazy(() =>
  import(/* webpackChunkName: "panel-revenue" */ "./revenue/View").then((m) => ({
    default: m.RevenuePanel,
  })),
);
const SensitivityPanel = lazy(() =>
  import(/* webpackChunkName: "panel-sensitivity" */ "./sensitivity/View").then((m) => ({
    default: m.SensitivityPanel,
  })),
);
const InvestmentPanel = lazy(() =>
  import(/* webpackChunkName: "panel-investment" */ "./investment/View").then((m) => ({
    default: m.InvestmentPanel,
  })),
);
const ActionPlanPanel = lazy(() =>
  import(/* webpackChunkName: "panel-actionplan" */ "./actionplan/View").then((m) => ({
    default: m.ActionPlanPanel,
  })),
);
const BudgetPanel = lazy(() =>
  import(/* webpackChunkName: "panel-budget" */ "./budget/View").then((m) => ({
    default: m.BudgetPanel,
  })),
);

/** The selected panel (lazily loaded: render it inside a Suspense). */
export function PanelView(props: { panel: Panel; lang: Lang; host: WorkbookHost; write: Writer }) {
  const { lang, host, write } = props;
  switch (props.panel) {
    case "tax":
      return <TaxPanel lang={lang} host={host} write={write} />;
    case "forecast":
      return <ForecastPanel lang={lang} host={host} write={write} />;
    case "consequence":
      return <ConsequencePanel lang={lang} write={write} />;
    case "revenue":
      return <RevenuePanel lang={lang} write={write} />;
    case "sensitivity":
      return <SensitivityPanel lang={lang} write={write} />;
    case "investment":
      return <InvestmentPanel lang={lang} write={write} />;
    case "actionplan":
      return <ActionPlanPanel lang={lang} host={host} write={write} />;
    case "functions":
      return <FunctionsPanel lang={lang} host={host} write={write} />;
    case "budget":
      return <BudgetPanel lang={lang} host={host} />;
  }
}
