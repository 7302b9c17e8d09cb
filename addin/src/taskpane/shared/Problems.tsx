import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../definitions";
import { TEXTS } from "../i18n";

/** In place of results: why they cannot be shown, one line per problem. */
export function Problems(props: { lang: Lang; lines: string[]; testId: string }) {
  const t = TEXTS[props.lang];
  if (props.lines.length === 0) return null;
  return (
    <MessageBar intent="error" data-testid={props.testId} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.noResults}</MessageBarTitle>
        <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
          {props.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The write button: disabled while inputs are invalid, with the reason beside it. */
export function WriteButton(props: {
  lang: Lang;
  label: string;
  blocked: boolean;
  onClick: () => void;
  testId: string;
}) {
  const t = TEXTS[props.lang];
  const reason = `${props.testId}-reason`;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 4 }}>
      <Button
        appearance="primary"
        onClick={props.onClick}
        disabledFocusable={props.blocked}
        aria-describedby={props.blocked ? reason : undefined}
        data-testid={props.testId}
      >
        {props.label}
      </Button>
      {props.blocked && (
        <Caption1 id={reason} data-testid={reason}>
          {t.writeBlocked}
        </Caption1>
      )}
    </div>
  );
}
