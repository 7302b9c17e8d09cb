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
import { TEXTS } from "../../i18n";

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
  // long names and formulas wrap inside the card at Excel's 320 px pane width
  card: { minWidth: 0, "& *": { overflowWrap: "anywhere", minWidth: 0 } },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The formula a user gets by pressing Insert: the function with its example arguments, in English
 * syntax (the host writes it in the user's Excel language, as every formula the pane writes).
 */
export function insertableFormula(def: FunctionDef): string {
  return def.example.formula;
}

const SV_NAMES = new Map(FUNCTIONS.map((f) => [f.en.name.toUpperCase(), f.sv.name]));

/**
 * An English formula as Swedish Excel shows it: Swedish KOMMUN names, `;` between arguments and
 * decimal commas (`=KOMMUN.SKATTEHÖJNING(700000;1000000000)`); in an array constant, `\` between
 * columns and `;` between rows. Text in quotes is left alone.
 */
export function localFormula(formula: string, lang: Lang): string {
  if (lang === "en") return formula;
  let depth = 0;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = "";
      for (let j = 0; j < part.length; j++) {
        const c = part[j]!;
        if (c === "{") depth++;
        if (c === "}") depth--;
        if (c === ",") out += depth > 0 ? "\\" : ";";
        else if (c === "." && /\d/.test(part[j - 1] ?? "") && /\d/.test(part[j + 1] ?? "")) out += ",";
        else out += c;
      }
      return out.replace(/\bKOMMUN\.([A-Z0-9_.]+)(?=\()/g, (w, name: string) => {
        const sv = SV_NAMES.get(name.toUpperCase());
        return sv ? `${NAMESPACE}.${sv}` : w;
      });
    })
    .join("");
}

/** An example's value as the language writes numbers: 0.07 → 0,07 in Swedish. */
function localValue(value: string, lang: Lang): string {
  if (lang === "en") return value;
  return value
    .split(";")
    .map((row) =>
      row
        .split(",")
        .map((v) => v.replace(/(\d)\.(\d)/g, "$1,$2"))
        .join("; "),
    )
    .join(" | ");
}

function signature(def: FunctionDef, lang: Lang): string {
  const sep = lang === "sv" ? "; " : ", ";
  return `${NAMESPACE}.${def[lang].name}(${def.params.map((p) => (p.optional ? `[${p[lang].name}]` : p[lang].name)).join(sep)})`;
}

/** Searchable reference of every KOMMUN function, from the definition table. */
export function FunctionsPanel(props: { lang: Lang; onInsert: (formula: string) => void }) {
  const t = TEXTS[props.lang];
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
  return (
    <div>
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
              header={<Text weight="semibold">{`${NAMESPACE}.${f[props.lang].name}`}</Text>}
              description={<Caption1 className={styles.code}>{signature(f, props.lang)}</Caption1>}
              action={
                <Button size="small" onClick={() => props.onInsert(insertableFormula(f))}>
                  {t.insert}
                </Button>
              }
            />
            <Body1>{f[props.lang].description}</Body1>
            <Caption1 className={styles.muted}>
              {t.example}: <span className={styles.code}>{localFormula(f.example.formula, props.lang)}</span>{" "}
              → {localValue(f.example.value, props.lang)}
            </Caption1>
          </Card>
        ))}
      </div>
    </div>
  );
}
