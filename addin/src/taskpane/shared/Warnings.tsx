import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";

/** Plausibility warnings beside a result: each names its field and what was probably meant. */
export function Warnings(props: { title: string; lines: readonly string[]; testId: string }) {
  return <ListBar intent="warning" {...props} />;
}

/** A message bar with a title over a list of lines (warnings, or why there are no results); nothing when empty. */
export function ListBar(props: {
  intent: "warning" | "error";
  title: string;
  lines: readonly string[];
  testId: string;
}) {
  if (props.lines.length === 0) return null;
  return (
    <MessageBar intent={props.intent} layout="multiline" data-testid={props.testId}>
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
          {props.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Neutral notes (a measure left out until filled in, what the results wait for): never red. */
export function Notes(props: { lines: readonly string[]; testId: string }) {
  if (props.lines.length === 0) return null;
  return (
    <div data-testid={props.testId} role="status">
      {props.lines.map((l) => (
        <Text key={l} size={200} block>
          {l}
        </Text>
      ))}
    </div>
  );
}
