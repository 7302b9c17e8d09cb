import { Card, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // pairs side by side where there is room, stacked in Excel's 320 px pane; a value never clips
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  value: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    whiteSpace: "normal",
  },
});

/** Label–value pairs side by side; each value carries a test id for the browser tests. */
export function ResultCard(props: {
  title: string;
  items: { label: string; value: string; testId: string }[];
}) {
  const styles = useStyles();
  return (
    <Card>
      <Text weight="semibold">{props.title}</Text>
      <dl className={styles.grid} style={{ margin: 0 }}>
        {props.items.map((it) => (
          <div key={it.testId}>
            <dt>
              <Text size={200}>{it.label}</Text>
            </dt>
            <dd style={{ margin: 0 }} className={styles.value} data-testid={it.testId}>
              {it.value}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
