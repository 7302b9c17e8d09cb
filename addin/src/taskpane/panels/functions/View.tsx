import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  SearchBox,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FUNCTIONS, NAMESPACE, type FunctionDef, type Lang } from "../../../definitions";
import type { WorkbookHost, Writer } from "../../host/types";
import { TEXTS } from "../../i18n";
import {
  exampleValue,
  formulaParts,
  insertBlock,
  keepUnits,
  localFormula,
  nameParts,
  signature,
} from "./model";
import { FUNCTIONS_TEXTS } from "./texts";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  // long formulas and descriptions wrap inside the card at Excel's 320 px pane width
  card: { minWidth: 0, "& *": { overflowWrap: "anywhere", minWidth: 0 } },
  // a function's name breaks only after "KOMMUN." (a <wbr>), never inside the name (nowrap: the card's
  // overflow-wrap cannot split it); the name has the card's whole width, the insert button is below it
  word: { whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A formula with line-break opportunities (<wbr>) between its arguments; it wraps there first. */
function breakable(text: string) {
  return formulaParts(text).map((part, i) => (
    <span key={i}>
      {i > 0 && <wbr />}
      {part}
    </span>
  ));
}

/** Searchable reference of every KOMMUN function, from the definition table. */
export function FunctionsPanel(props: { lang: Lang; host: WorkbookHost; write: Writer }) {
  const t = TEXTS[props.lang];
  const ft = FUNCTIONS_TEXTS[props.lang];
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return FUNCTIONS;
    return FUNCTIONS.filter((f) =>
      [f.sv.name, f.en.name, f.sv.description, f.en.description, f.calcCore].some((s) =>
        s.toLowerCase().includes(q),
      ),
    );
  }, [query]);

  /** The example's inputs in labelled cells from the active cell down, and the formula using them. */
  async function insert(def: FunctionDef) {
    const cell = await props.host.activeCell();
    await props.write(cell.sheet, cell.address, insertBlock(def, cell.address, props.lang), "");
  }

  return (
    <div>
      <Caption1 block data-testid="functions-insert-help">
        {ft.insertHelp}
      </Caption1>
      <Field label={t.search} hint={t.searchHint}>
        <SearchBox value={query} onChange={(_, d) => setQuery(d.value)} aria-label={t.search} />
      </Field>
      <div className={styles.list} role="list">
        {matches.length === 0 && <Body1>{t.noMatch}</Body1>}
        {matches.map((f) => (
          <Card
            key={f.id}
            role="listitem"
            className={styles.card}
            aria-label={`${NAMESPACE}.${f[props.lang].name}`}
          >
            <CardHeader
              header={
                <Text weight="semibold" data-testid="function-name">
                  {nameParts(f[props.lang].name).map((part, i) => (
                    <span key={i}>
                      {i > 0 && <wbr />}
                      <span className={styles.word} data-name-part="">
                        {part}
                      </span>
                    </span>
                  ))}
                </Text>
              }
              description={<Caption1 className={styles.code}>{breakable(signature(f, props.lang))}</Caption1>}
            />
            <Body1>{keepUnits(f[props.lang].description)}</Body1>
            <Caption1 className={styles.muted}>
              {t.example}:{" "}
              <span className={styles.code}>{breakable(localFormula(f.example.formula, props.lang))}</span> →{" "}
              {keepUnits(exampleValue(f, props.lang))}
            </Caption1>
            <div>
              <Button
                size="small"
                aria-label={ft.insertLabel(`${NAMESPACE}.${f[props.lang].name}`)}
                onClick={() => void insert(f)}
              >
                {t.insert}
              </Button>
            </div>
          </Card>
        ))}
      </div>
    </div>
  );
}
