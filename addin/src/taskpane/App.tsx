import { Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import {
  FluentProvider,
  Spinner,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../definitions/types";
import { PanelTabs } from "./frame/PanelTabs";
import type { WorkbookHost } from "./host/types";
import { TEXTS } from "./i18n";
import { PanelBoundary } from "./frame/PanelBoundary";
import {
  PANELS,
  PanelView,
  forgetPanel,
  isPanelLoaded,
  panelLabels,
  preloadPanel,
  type Panel,
} from "./panels/registry";
import { loadWhenIdle } from "./shared/idle";
import { startNumberFormats } from "./shared/numberFormat";
import { loadConfirmOverwrite, useWrite } from "./shared/useWrite";

export type { Panel } from "./panels/registry";

/** What the demo's own controls (frame/DemoControls.tsx) read and change. */
export interface ShellControls {
  lang: Lang;
  setLang: (l: Lang) => void;
  dark: boolean;
  setDark: (d: boolean) => void;
}

/** The shell's own words (the panels' are in their folders and i18n.ts, the write flow's in shared/useWrite). */
const SHELL = {
  sv: { loading: "Laddar …" },
  en: { loading: "Loading …" },
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
  // the page's heading for screen readers when Excel shows the title above the pane
  srOnly: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)" },
  // a panel wider than the pane scrolls inside its own area; the header and the tabs never scroll away
  section: { minWidth: 0, overflowX: "auto" },
});

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
  /** the demo's title, language buttons and theme switch, above the tabs (Excel shows its own) */
  controls?: (c: ShellControls) => ReactNode;
}) {
  const [lang, setLangState] = useState<Lang>(props.initialLang ?? "sv");
  const [dark, setDarkState] = useState(props.initialDark ?? false);
  // the tab the user chose, and the panel shown: the same, except while the chosen panel's code loads
  const [tab, setTab] = useState<Panel>(props.initialPanel ?? "tax");
  const [panel, setPanel] = useState<Panel>(tab);
  const chosen = useRef(tab);
  const t = TEXTS[lang];
  const styles = useStyles();
  const labels = panelLabels(lang);
  const { host, write, bar, dialog } = useWrite(props.host, lang);

  // ICU (shared/numberFormat.ts), the other panels' code and the overwrite dialog's, made ready while the user
  // reads the first panel, so that a first keystroke or a panel's first use only renders (issue 23, point 10)
  useEffect(
    () =>
      loadWhenIdle([
        startNumberFormats,
        ...PANELS.filter((p) => p !== chosen.current).map((p) => () => preloadPanel(p)),
        loadConfirmOverwrite,
      ]),
    [],
  );

  /**
   * A tab chosen: its panel at once when its code is there; otherwise "Laddar …" in its place until the code
   * has come, then the panel (the last tab chosen wins). The spinner is the pane's own, not a Suspense
   * fallback, which React would keep on screen for at least 300 ms once shown.
   */
  function select(p: Panel) {
    chosen.current = p;
    setTab(p);
    if (isPanelLoaded(p)) {
      setPanel(p);
      return;
    }
    // a chunk that fails to load is not hidden: the panel then asks for it again on render and fails inside
    // frame/PanelBoundary.tsx, which says so in the panel's place (the other panels stay) with Försök igen / Try again
    void preloadPanel(p)
      .catch(() => undefined)
      .then(() => {
        if (chosen.current === p) setPanel(p);
      });
  }

  function setLang(l: Lang) {
    setLangState(l);
    props.onLangChange?.(l);
  }
  function setDark(d: boolean) {
    setDarkState(d);
    props.onDarkChange?.(d);
  }

  const shell = SHELL[lang];
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
        {/* Excel gives the pane its title, the user's theme and display language: the switches are the demo's
            (demo.tsx passes them in, so that Excel's bundle carries neither them nor their code) */}
        {props.controls ? (
          props.controls({ lang, setLang, dark, setDark })
        ) : (
          <h1 className={styles.srOnly}>{t.title}</h1>
        )}
        {/* a boundary of its own, which nothing suspends: React takes the prerendered tab row over in a pass
            after the rest of the pane, so the first panel's fields answer typing sooner; a click on a tab before
            then is held and replayed by React once the row is taken over (issue 23, point 10) */}
        <Suspense fallback={null}>
          <PanelTabs panels={PANELS} labels={labels} selected={tab} onSelect={select} label={t.tabs} />
        </Suspense>
        {bar}
        <section className={styles.section} aria-label={labels[tab]} aria-busy={tab !== panel || undefined}>
          {tab !== panel ? (
            <Spinner size="small" label={shell.loading} />
          ) : (
            <PanelBoundary key={panel} lang={lang} label={labels[panel]} onRetry={() => forgetPanel(panel)}>
              <PanelView
                panel={panel}
                lang={lang}
                host={host}
                write={write}
                fallback={<Spinner size="small" label={shell.loading} />}
              />
            </PanelBoundary>
          )}
        </section>
        {dialog}
      </div>
    </FluentProvider>
  );
}
