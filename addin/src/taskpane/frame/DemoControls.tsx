import { Switch, Text, Title3, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { ShellControls } from "../App";
import { TEXTS } from "../i18n";

const useStyles = makeStyles({
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/**
 * The demo's title, language buttons and theme switch above the tabs. In Excel the pane has none of them:
 * Excel shows the add-in's title and gives the pane the user's display language and theme (index.tsx).
 */
export function DemoControls(props: ShellControls) {
  const styles = useStyles();
  const t = TEXTS[props.lang];
  return (
    <>
      <header className={styles.header}>
        <div>
          <Title3 as="h1">{t.title}</Title3>
          <div>
            <Text size={200}>{t.subtitle}</Text>
          </div>
        </div>
        <div className={styles.toolbar} role="group" aria-label={t.language}>
          {(["sv", "en"] as const).map((l) => (
            <ToggleButton
              key={l}
              size="small"
              checked={props.lang === l}
              appearance={props.lang === l ? "primary" : "secondary"}
              onClick={() => props.setLang(l)}
              lang={l}
            >
              {l === "sv" ? "Svenska" : "English"}
            </ToggleButton>
          ))}
        </div>
      </header>
      <Switch label={t.dark} checked={props.dark} onChange={(_, d) => props.setDark(d.checked)} />
    </>
  );
}
