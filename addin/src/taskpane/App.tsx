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
import { FunctionsPanel } from "./components/FunctionsPanel";
import type { WorkbookHost } from "./host/types";
import { TEXTS } from "./i18n";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, minHeight: "100vh", boxSizing: "border-box" },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** The task pane: panels over calc-core, writing to the workbook through the host. */
export function App(props: { host: WorkbookHost; initialLang?: Lang; initialDark?: boolean }) {
  const [lang, setLang] = useState<Lang>(props.initialLang ?? "sv");
  const [dark, setDark] = useState(props.initialDark ?? false);
  const [pending, setPending] = useState<{ formula: string; address: string } | undefined>();
  const t = TEXTS[lang];
  const styles = useStyles();

  async function insert(formula: string) {
    const cell = await props.host.activeCell();
    if (cell.empty) await props.host.insertFormula(formula);
    else setPending({ formula, address: cell.address });
  }

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === "sv" ? "sv-SE" : "en"}>
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
        <TabList selectedValue="functions">
          <Tab value="functions">{t.functionsTab}</Tab>
        </TabList>
        <FunctionsPanel lang={lang} onInsert={(f) => void insert(f)} />
        <ConfirmOverwrite
          lang={lang}
          target={pending?.address}
          onCancel={() => setPending(undefined)}
          onConfirm={() => {
            const p = pending;
            setPending(undefined);
            if (p) void props.host.insertFormula(p.formula);
          }}
        />
      </main>
    </FluentProvider>
  );
}
