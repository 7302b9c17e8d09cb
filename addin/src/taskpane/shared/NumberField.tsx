import { Field, Input } from "@fluentui/react-components";
import type { Parsed } from "../input/number";

/**
 * A number input over the pane's input model: the text stays exactly as typed, and the field
 * shows what the model made of it (an error, a unit warning, or nothing) through Fluent's Field.
 * The panel keeps the text and parses it (see `input/number.ts`), so what is shown is what is used.
 */
export function NumberField(props: {
  label: string;
  text: string;
  parsed: Parsed;
  onText: (text: string) => void;
  hint?: string;
  id?: string;
}) {
  const p = props.parsed;
  const state = p.status === "error" ? "error" : p.status === "ok" && p.warning ? "warning" : "none";
  const message = p.status === "error" ? p.message : p.status === "ok" ? p.warning : undefined;
  return (
    <Field label={props.label} hint={props.hint} validationState={state} validationMessage={message}>
      <Input
        id={props.id}
        style={{ minWidth: 0, width: "100%" }}
        inputMode="decimal"
        value={props.text}
        onChange={(_, d) => props.onText(d.value)}
      />
    </Field>
  );
}
