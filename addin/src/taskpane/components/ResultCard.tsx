import { Card, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
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
