import { Field, Input } from "@fluentui/react-components";
import type { Parsed } from "../input/number";
import { usePanelLayout } from "./layout";

/**
 * A Field's label for a control given its own id: Fluent's Field points its label at an id it makes for the
 * control, which a control with an id of its own does not have, so a click on the label would reach nothing.
 */
export const labelFor = (text: string, id: string) => ({ children: text, htmlFor: id });

/**
 * A number input over the pane's input model: the text stays exactly as typed, and the field
 * shows what the model made of it (an error, a unit warning, or nothing) through Fluent's Field.
 * The panel keeps the text and parses it (see `input/number.ts`), so what is shown is what is used.
 * An error shows only once the field is judged (left, or a computation attempted): a field the user
 * has not typed in is never red. A value typed in another unit is echoed in the field's unit.
 */
export function NumberField(props: {
  label: string;
  text: string;
  parsed: Parsed;
  onText: (text: string) => void;
  hint?: string;
  id?: string;
  /** whether the field's error may show; default true */
  judged?: boolean;
  /** told when the user leaves the field */
  onLeave?: () => void;
}) {
  const layout = usePanelLayout();
  const p = props.parsed;
  const judged = props.judged ?? true;
  const state =
    p.status === "error" && judged ? "error" : p.status === "ok" && p.warning ? "warning" : "none";
  const message =
    p.status === "error" ? (judged ? p.message : undefined) : p.status === "ok" ? p.warning : undefined;
  const echo = p.status === "ok" ? p.converted : undefined;
  const hint = [echo, props.hint].filter(Boolean).join(" ");
  return (
    <Field
      label={props.id ? labelFor(props.label, props.id) : props.label}
      hint={hint || undefined}
      validationState={state}
      validationMessage={message}
    >
      <Input
        id={props.id}
        style={{ minWidth: 0, width: "100%" }}
        inputMode="decimal"
        input={{ className: layout.numberInput }}
        value={props.text}
        onChange={(_, d) => props.onText(d.value)}
        onBlur={props.onLeave}
      />
    </Field>
  );
}
