import { useEffect, useRef, type RefObject } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Lang } from "../../definitions/types";

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

/** True while `el` sits inside a tree a modal dialog has hidden from assistive technology. */
function insideHidden(el: Element): boolean {
  return el.closest('[aria-hidden="true"]') !== null;
}

/**
 * Moves focus back to the control that opened the dialog once the dialog is gone and nothing around that
 * control is `aria-hidden` any more, so focus never sits inside a hidden tree.
 */
function restoreFocus(target: HTMLElement | null) {
  if (!target) return;
  const started = performance.now();
  const attempt = () => {
    const dialogOpen = document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
    if (!target.isConnected) return;
    if ((dialogOpen || insideHidden(target)) && performance.now() - started < 3000) {
      requestAnimationFrame(attempt);
      return;
    }
    target.focus();
  };
  requestAnimationFrame(attempt);
}

/**
 * Asks before the pane writes over a user's non-empty cells; cancel changes nothing. Focus starts on
 * *Avbryt* (the safe choice) and returns to the control that opened the dialog.
 */
export function ConfirmOverwrite(props: {
  lang: Lang;
  target: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
  /** the control to focus again when the dialog closes */
  returnFocusTo?: RefObject<HTMLElement | null>;
}) {
  const t = TEXT[props.lang];
  const open = props.target !== undefined;
  const cancel = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) {
      wasOpen.current = true;
      // after Fluent's own initial focus (the first button), move to the safe choice
      const id = requestAnimationFrame(() => cancel.current?.focus());
      return () => cancelAnimationFrame(id);
    }
    if (wasOpen.current) {
      wasOpen.current = false;
      restoreFocus(props.returnFocusTo?.current ?? null);
    }
    return undefined;
  }, [open]);

  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface aria-describedby="overwrite-body">
        <DialogBody>
          <DialogTitle>{t.title}</DialogTitle>
          <DialogContent id="overwrite-body">{t.body(props.target ?? "")}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {t.replace}
            </Button>
            <Button
              appearance="secondary"
              onClick={props.onCancel}
              ref={cancel}
              data-testid="overwrite-cancel"
            >
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
