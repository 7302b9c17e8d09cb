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
import { OVERWRITE_TEXTS, type OverwriteTarget } from "../frame/overwrite";

/** True while `el` sits inside a tree a modal dialog has hidden from assistive technology. */
function insideHidden(el: Element): boolean {
  return el.closest('[aria-hidden="true"]') !== null;
}

/**
 * Moves focus back to the control that opened the dialog once the dialog is gone and nothing around that
 * control is `aria-hidden` any more, so focus never sits inside a hidden tree. Fluent may move focus itself
 * while the dialog closes; for a moment afterwards focus is put back if it fell to the page.
 */
function restoreFocus(target: HTMLElement | null) {
  if (!target) return;
  const started = performance.now();
  let placedAt: number | undefined;
  const attempt = () => {
    if (!target.isConnected) return;
    const now = performance.now();
    const dialogOpen = document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
    if (placedAt === undefined && (dialogOpen || insideHidden(target)) && now - started < 3000) {
      requestAnimationFrame(attempt);
      return;
    }
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (placedAt === undefined || lost) target.focus();
    placedAt ??= now;
    // for a moment afterwards, focus that falls to the page (a focus manager tidying up) is put back
    if (now - placedAt < 300) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/**
 * Asks before the pane writes over a user's non-empty cells; cancel changes nothing. It names the whole range,
 * how many values and formulas it holds, and the formulas outside it that read from it, directly or through
 * other formulas ("at least" when the host stopped at its bound, or that it could not check). Focus starts on *Avbryt* (the safe choice) and returns to the
 * control that opened the dialog, after *Avbryt*, Esc or *Ersätt*.
 */
export function ConfirmOverwrite(props: {
  lang: Lang;
  target: OverwriteTarget | undefined;
  onConfirm: () => void;
  onCancel: () => void;
  /** the control to focus again when the dialog closes */
  returnFocusTo?: RefObject<HTMLElement | null>;
}) {
  const t = OVERWRITE_TEXTS[props.lang];
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
          <DialogContent id="overwrite-body" data-testid="overwrite-body">
            <p>{props.target && t.body(props.target)}</p>
            {props.target && <p data-testid="overwrite-readers">{t.readers(props.target)}</p>}
          </DialogContent>
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
