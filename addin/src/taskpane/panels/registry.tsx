import { Suspense, lazy, type ComponentType, type ReactNode } from "react";
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

/** What every panel's view is given (PanelView hands each the props it takes). */
type PanelProps = { lang: Lang; host: WorkbookHost; write: Writer };

/** Each panel's own chunk, fetched on first use (webpack names the chunk after the panel). */
const LOADERS: Record<Panel, () => Promise<ComponentType<PanelProps>>> = {
  tax: () => import(/* webpackChunkName: "panel-tax" */ "./tax/View").then((m) => m.TaxPanel),
  revenue: () => import(/* webpackChunkName: "panel-revenue" */ "./revenue/View").then((m) => m.RevenuePanel),
  forecast: () =>
    import(/* webpackChunkName: "panel-forecast" */ "./forecast/View").then((m) => m.ForecastPanel),
  consequence: () =>
    import(/* webpackChunkName: "panel-consequence" */ "./consequence/View").then((m) => m.ConsequencePanel),
  sensitivity: () =>
    import(/* webpackChunkName: "panel-sensitivity" */ "./sensitivity/View").then((m) => m.SensitivityPanel),
  investment: () =>
    import(/* webpackChunkName: "panel-investment" */ "./investment/View").then((m) => m.InvestmentPanel),
  actionplan: () =>
    import(/* webpackChunkName: "panel-actionplan" */ "./actionplan/View").then((m) => m.ActionPlanPanel),
  functions: () =>
    import(/* webpackChunkName: "panel-functions" */ "./functions/View").then((m) => m.FunctionsPanel),
  budget: () => import(/* webpackChunkName: "panel-budget" */ "./budget/View").then((m) => m.BudgetPanel),
};

/** The panels whose code preloadPanel has fetched: rendered directly, without suspending. */
const loaded: Partial<Record<Panel, ComponentType<PanelProps>>> = {};
/** The component each panel was first rendered with, kept: a panel's component never changes under it. */
const chosen: Partial<Record<Panel, ComponentType<PanelProps>>> = {};

/**
 * Fetches a panel's code before the pane renders it (index.tsx: the first panel, while Office starts), so that
 * the pane's first render, or its hydration of the prerendered HTML, completes in one pass instead of
 * suspending on the panel's chunk and trying again when it has come.
 */
export async function preloadPanel(panel: Panel): Promise<void> {
  loaded[panel] ??= await LOADERS[panel]();
}

/**
 * Forgets a panel whose code failed to load, so that the next render asks for it again (webpack fetches a
 * chunk that failed anew; React's lazy would keep the failure).
 */
export function forgetPanel(panel: Panel): void {
  if (loaded[panel] === undefined) delete chosen[panel];
}

/** True when the panel's code is there (preloadPanel has finished): it renders at once, without loading. */
export function isPanelLoaded(panel: Panel): boolean {
  return loaded[panel] !== undefined;
}

function componentOf(panel: Panel): ComponentType<PanelProps> {
  return (chosen[panel] ??= loaded[panel] ?? lazy(() => LOADERS[panel]().then((c) => ({ default: c }))));
}

/**
 * The selected panel. A panel whose code is not there yet suspends while it loads: under `fallback` (a
 * spinner) when one is given, otherwise under the caller's own Suspense. A panel preloaded with preloadPanel
 * renders without a Suspense boundary of its own, so that hydrating the prerendered pane takes it in the same
 * pass as the rest of the pane: React leaves every Suspense boundary it meets while hydrating for a later pass
 * of the lowest priority, cut into 5 ms slices.
 */
export function PanelView(props: {
  panel: Panel;
  lang: Lang;
  host: WorkbookHost;
  write: Writer;
  /** shown while the panel's code loads; without it the caller's Suspense boundary shows its own */
  fallback?: ReactNode;
}) {
  const View = componentOf(props.panel);
  const view = <View lang={props.lang} host={props.host} write={props.write} />;
  if (props.fallback === undefined || View === loaded[props.panel]) return view;
  return <Suspense fallback={props.fallback}>{view}</Suspense>;
}
