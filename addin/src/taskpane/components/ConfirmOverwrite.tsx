import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Lang } from "../../definitions";

const TEXT = {
  sv: {
    title: "Skriva över celler?",
    body: (where: string) => `${where} innehåller redan data. Vill du ersätta innehållet?`,
    replace: "Ersätt",
    cancel: "Avbryt",
  },
  en: {
    title: "Overwrite cells?",
    body: (where: string) => `${where} already holds data. Do you want to replace it?`,
    replace: "Replace",
    cancel: "Cancel",
  },
};

/** Asks before the pane writes over a user's non-empty cells; cancel changes nothing. */
export function ConfirmOverwrite(props: {
  lang: Lang;
  target: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = TEXT[props.lang];
  return (
    <Dialog open={props.target !== undefined} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface aria-describedby="overwrite-body">
        <DialogBody>
          <DialogTitle>{t.title}</DialogTitle>
          <DialogContent id="overwrite-body">{t.body(props.target ?? "")}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {t.replace}
            </Button>
            <Button appearance="secondary" onClick={props.onCancel}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
