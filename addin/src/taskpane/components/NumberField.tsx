import { useEffect, useState } from "react";
import { Field, Input } from "@fluentui/react-components";
import type { Lang } from "../../definitions";
import { formatNumber, parseNumber, TEXTS } from "../i18n";

/**
 * A number input that reads and shows numbers the Swedish way (6 900; 0,37).
 * The text stays as typed while editing; a value that is not a number is flagged.
 */
export function NumberField(props: {
  label: string;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  lang: Lang;
  hint?: string;
  id?: string;
  decimals?: number;
  /** a year: shown without a thousands separator (2027, not 2 027) */
  year?: boolean;
}) {
  const show = (v: number | undefined) =>
    v === undefined ? "" : props.year ? String(v) : formatNumber(v, props.lang, props.decimals ?? 6);
  const [text, setText] = useState(show(props.value));
  const [focused, setFocused] = useState(false);
  const shown = show(props.value);
  useEffect(() => {
    if (!focused) setText(shown);
  }, [shown, focused]);
  const invalid = text.trim() !== "" && parseNumber(text) === undefined;
  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? TEXTS[props.lang].invalid : undefined}
    >
      <Input
        id={props.id}
        style={{ minWidth: 0, width: "100%" }}
        inputMode="decimal"
        value={text}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(_, d) => {
          setText(d.value);
          props.onChange(parseNumber(d.value));
        }}
      />
    </Field>
  );
}
