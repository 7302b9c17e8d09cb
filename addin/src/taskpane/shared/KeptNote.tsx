import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../definitions";

const TEXTS = {
  sv: {
    restored: "Återställt från förra gången: fälten har det du skrev då.",
    startOver: "Börja om",
  },
  en: {
    restored: "Restored from last time: the fields hold what you typed then.",
    startOver: "Start over",
  },
} as const;

/** Says that a panel's fields were restored from last time, with a way to start over (review s8 finding 5). */
export function KeptNote(props: {
  lang: Lang;
  kept: { restored: boolean; startOver: () => void };
  testId: string;
}) {
  if (!props.kept.restored) return null;
  const t = TEXTS[props.lang];
  return (
    <MessageBar intent="info" data-testid={props.testId} layout="multiline">
      <MessageBarBody>{t.restored}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={props.kept.startOver} data-testid={`${props.testId}-start-over`}>
          {t.startOver}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
