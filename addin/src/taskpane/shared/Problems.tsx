import { Button, Caption1 } from "@fluentui/react-components";
import type { Lang } from "../../definitions";
import { TEXTS } from "../i18n";
import { ListBar } from "./Warnings";

/** In place of results: why they cannot be shown, one line per problem. */
export function Problems(props: { lang: Lang; lines: string[]; testId: string }) {
  return (
    <ListBar intent="error" title={TEXTS[props.lang].noResults} lines={props.lines} testId={props.testId} />
  );
}

/** The write button: disabled while inputs are invalid, with the reason beside it. */
export function WriteButton(props: {
  lang: Lang;
  label: string;
  blocked: boolean;
  onClick: () => void;
  testId: string;
  /** why it is disabled, when not an invalid field (default: "until every field is valid") */
  reason?: string;
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
          {props.reason ?? t.writeBlocked}
        </Caption1>
      )}
    </div>
  );
}
