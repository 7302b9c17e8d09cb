import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // every panel's name in sight at Excel's narrowest pane (320 px): the tabs wrap onto further rows
  // instead of hiding behind a menu, in their reading order, so the arrow keys still walk them in order
  tabs: {
    display: "flex",
    flexWrap: "wrap",
    minWidth: 0,
    columnGap: "0",
    rowGap: tokens.spacingVerticalXXS,
  },
  // a long name ("Raise the tax or become more efficient?") wraps inside its tab rather than widen the row
  tab: { maxWidth: "100%", minWidth: 0 },
  tabText: { whiteSpace: "normal", textAlign: "start", overflowWrap: "anywhere" },
});

/**
 * The pane's panels as one tab list whose tabs wrap onto as many rows as the pane needs: every name is
 * visible without opening anything, every tab is a real `role="tab"` in one `tablist` (arrow keys move
 * between them, Tab leaves the list), and nothing that is not a tab sits inside the list.
 */
export function PanelTabs<P extends string>(props: {
  panels: readonly P[];
  labels: Record<P, string>;
  selected: P;
  onSelect: (p: P) => void;
  /** the tab list's accessible name ("Paneler") */
  label: string;
}) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      size="small"
      selectedValue={props.selected}
      onTabSelect={(_, d) => props.onSelect(d.value as P)}
      aria-label={props.label}
      data-testid="panel-tabs"
    >
      {props.panels.map((p) => (
        <Tab key={p} value={p} className={styles.tab} content={{ className: styles.tabText }}>
          {props.labels[p]}
        </Tab>
      ))}
    </TabList>
  );
}
