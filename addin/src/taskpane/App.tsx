import { useState } from "react";
import {
  FluentProvider,
  Switch,
  Tab,
  TabList,
  Text,
  Title3,
  ToggleButton,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../definitions";
import { ConfirmOverwrite } from "./components/ConfirmOverwrite";
import { ConsequencePanel } from "./components/ConsequencePanel";
import { ForecastPanel } from "./components/ForecastPanel";
import { FunctionsPanel } from "./components/FunctionsPanel";
import { TaxPanel } from "./components/TaxPanel";
import type { Block, WorkbookHost } from "./host/types";
import { TEXTS } from "./i18n";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    minHeight: "100%",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

type Panel = "tax" | "forecast" | "consequence" | "functions";

/** The task pane: panels over calc-core, writing to the workbook through the host, never over data unasked. */
export function App(props: {
  host: WorkbookHost;
  initialLang?: Lang;
  initialDark?: boolean;
  initialPanel?: Panel;
}) {
  const [lang, setLang] = useState<Lang>(props.initialLang ?? "sv");
  const [dark, setDark] = useState(props.initialDark ?? false);
  const [panel, setPanel] = useState<Panel>(props.initialPanel ?? "tax");
  const [pending, setPending] = useState<{ target: string; resolve: (ok: boolean) => void } | undefined>();
  const t = TEXTS[lang];
  const styles = useStyles();

  function confirm(target: string): Promise<boolean> {
    return new Promise((resolve) => setPending({ target, resolve }));
  }

  /** Writes a block at sheet!topLeft (or on a new sheet), asking first when a target cell holds data. */
  async function write(
    sheet: string | "new",
    topLeft: string,
    block: Block,
    sheetName: string,
  ): Promise<string | undefined> {
    let target = sheet;
    if (sheet === "new") {
      target = await props.host.addSheet(sheetName);
    } else {
      const cols = Math.max(1, ...block.map((r) => r.length));
      if (
        !(await props.host.isEmpty(sheet, topLeft, block.length, cols)) &&
        !(await confirm(`${sheet}!${topLeft}`))
      )
        return undefined;
    }
    await props.host.writeRange(target, topLeft, block);
    return `${target}!${topLeft}`;
  }

  async function insert(formula: string) {
    const cell = await props.host.activeCell();
    await write(cell.sheet, cell.address, [[{ formula }]], "");
  }

  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      lang={lang === "sv" ? "sv-SE" : "en"}
      style={{ height: "100%" }}
    >
      <main className={styles.root}>
        <header className={styles.header}>
          <div>
            <Title3 as="h1">{t.title}</Title3>
            <div>
              <Text size={200}>{t.subtitle}</Text>
            </div>
          </div>
          <div className={styles.toolbar} role="group" aria-label={t.language}>
            <ToggleButton size="small" checked={lang === "sv"} onClick={() => setLang("sv")} lang="sv">
              Svenska
            </ToggleButton>
            <ToggleButton size="small" checked={lang === "en"} onClick={() => setLang("en")} lang="en">
              English
            </ToggleButton>
          </div>
        </header>
        <Switch label={t.dark} checked={dark} onChange={(_, d) => setDark(d.checked)} />
        <TabList selectedValue={panel} onTabSelect={(_, d) => setPanel(d.value as Panel)} aria-label={t.tabs}>
          <Tab value="tax">{t.taxTab}</Tab>
          <Tab value="forecast">{t.forecastTab}</Tab>
          <Tab value="consequence">{t.consequenceTab}</Tab>
          <Tab value="functions">{t.functionsTab}</Tab>
        </TabList>
        <section
          aria-label={
            {
              tax: t.taxTab,
              forecast: t.forecastTab,
              consequence: t.consequenceTab,
              functions: t.functionsTab,
            }[panel]
          }
        >
          {panel === "tax" && <TaxPanel lang={lang} host={props.host} write={write} />}
          {panel === "forecast" && <ForecastPanel lang={lang} host={props.host} write={write} />}
          {panel === "consequence" && <ConsequencePanel lang={lang} write={write} />}
          {panel === "functions" && <FunctionsPanel lang={lang} onInsert={(f) => void insert(f)} />}
        </section>
        <ConfirmOverwrite
          lang={lang}
          target={pending?.target}
          onCancel={() => {
            pending?.resolve(false);
            setPending(undefined);
          }}
          onConfirm={() => {
            pending?.resolve(true);
            setPending(undefined);
          }}
        />
      </main>
    </FluentProvider>
  );
}
