import {
  Body1,
  Button,
  Card,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../../definitions";
import { formatNumber, TEXTS } from "../../i18n";
import type { MoneyUnit } from "../../input/number";
import type { FieldState } from "../../input/problems";
import { formatFixedAmount } from "../../shared/format";
import { NumberField } from "../../shared/NumberField";
import { initialText, MODEL_FIELDS, modelLabel, type Measure, type MeasureKind } from "./fields";

const useStyles = makeStyles({
  two: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    // a neighbour's label wrapping to more lines must not stretch this field's input box
    alignItems: "start",
  },
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "end",
    justifyContent: "space-between",
  },
});

/** One measure: its kind, name, start year and amount or small model, and what it saves. */
export function MeasureCard(props: {
  lang: Lang;
  index: number;
  measure: Measure;
  fields: Record<string, FieldState>;
  unit: MoneyUnit;
  amount: number | undefined;
  /** kr per 100 kr, when the results are shown */
  equivalent: number | undefined;
  counted: boolean;
  judged: (label: string) => boolean;
  leave: (label: string) => void;
  update: (patch: Partial<Measure>) => void;
  remove: () => void;
}) {
  const { lang, index: i, measure: m, fields: fs, unit } = props;
  const t = TEXTS[lang];
  const styles = useStyles();
  const numberField = (key: string, label: string, text: string, onText: (s: string) => void) => (
    <NumberField
      key={key}
      id={`measure-${i}-${key === "startYear" ? "start" : key}`}
      label={label}
      text={text}
      parsed={fs[key]!.parsed}
      onText={onText}
      // an empty measure left out of the totals is not judged until something is typed in it
      judged={props.counted && props.judged(fs[key]!.label)}
      onLeave={() => props.leave(fs[key]!.label)}
    />
  );
  return (
    <Card aria-label={`${t.measure} ${i + 1}`} data-measure-index={i}>
      <div className={styles.two}>
        <Field label={t.kind}>
          <Dropdown
            value={t.kinds[m.kind]}
            selectedOptions={[m.kind]}
            style={{ minWidth: 0 }}
            onOptionSelect={(_, d) => {
              const kind = d.optionValue as MeasureKind;
              props.update({
                kind,
                model: Object.fromEntries(MODEL_FIELDS[kind].map((f) => [f.key, initialText(f, lang)])),
              });
            }}
          >
            {(Object.keys(t.kinds) as MeasureKind[]).map((k) => (
              <Option key={k} value={k}>
                {t.kinds[k]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t.name}>
          <Input
            value={m.name}
            placeholder={t.kinds[m.kind]}
            style={{ minWidth: 0 }}
            onChange={(_, d) => props.update({ name: d.value })}
          />
        </Field>
        {numberField("startYear", t.startYear, m.startYear, (s) => props.update({ startYear: s }))}
        {m.kind === "ovrigt" &&
          numberField("amount", `${t.amount} (${unit})`, m.amount, (s) => props.update({ amount: s }))}
        {MODEL_FIELDS[m.kind].map((f) =>
          numberField(f.key, modelLabel(f, unit, lang), m.model[f.key] ?? "", (s) =>
            props.update({ model: { ...m.model, [f.key]: s } }),
          ),
        )}
      </div>
      <div className={styles.row}>
        <Body1 data-testid={`measure-${i}-result`}>
          {props.amount === undefined
            ? t.measureIncomplete
            : // öre with two decimals for every measure, side by side (12,60 and 8,64, not 12,6 and 8,64)
              `${formatNumber(props.amount, lang)}\u00a0${unit}${props.equivalent === undefined ? "" : ` = ${formatFixedAmount(props.equivalent * 100, lang, 2)}\u00a0${t.ore}`}`}
        </Body1>
        <Button appearance="subtle" onClick={props.remove} aria-label={`${t.remove}: ${t.measure} ${i + 1}`}>
          {t.remove}
        </Button>
      </div>
    </Card>
  );
}
