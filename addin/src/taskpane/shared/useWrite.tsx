import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../definitions/types";
import { errorNameIn } from "../../definitions/errorNames";
import {
  listAddresses,
  listCells,
  OVERWRITE_TEXTS,
  targetOf,
  type OverwriteTarget,
} from "../frame/overwrite";
import { isHostError, type Block, type WorkbookHost, type Writer, type WriteResult } from "../host/types";

/**
 * The overwrite dialog's code (Fluent's Dialog with its motion and focus trap) is not needed to show the pane:
 * it is loaded once the pane is up and the browser idle (App.tsx, shared/idle.ts), or at the latest when a
 * write first asks; it is mounted from then on, and kept mounted so that it can close and hand focus back.
 */
export const loadConfirmOverwrite = () => import("../components/ConfirmOverwrite");
const ConfirmOverwrite = lazy(() =>
  loadConfirmOverwrite().then((m) => ({
    default: m.ConfirmOverwrite,
  })),
);

/** The write flow's own words: what a write reports, and failures shown at the top of the pane. */
const WRITE_TEXTS = {
  sv: {
    dismiss: "Stäng meddelandet",
    unexpected: (m: string) => `Något gick fel: ${m}. Försök igen.`,
    writtenWithErrors: (where: string, cells: string) =>
      `Skrivet till ${where}, men ${cells}. Kontrollera indata i bladet. #NAMN? betyder att Excel inte känner igen funktionen: är tillägget Kommunkalkyl inläst?`,
    shows: (address: string, value: string) => `${address} visar ${value}`,
    and: " och ",
    more: (n: number) => `${n} celler till`,
    /** the dialog's other readers, which show no error: with the errors they make the dialog's count */
    recalculated: (n: number, cells: string) =>
      `Ytterligare ${n === 1 ? "1 formel" : `${n.toLocaleString("sv-SE")} formler`} som läser från det skrivna området visar inget fel men räknar nu med de nya värdena (${cells}).`,
  },
  en: {
    dismiss: "Dismiss the message",
    unexpected: (m: string) => `Something went wrong: ${m}. Try again.`,
    writtenWithErrors: (where: string, cells: string) =>
      `Written to ${where}, but ${cells}. Check the inputs on the sheet. #NAME? means Excel does not know the function: is the Kommunkalkyl add-in loaded?`,
    shows: (address: string, value: string) => `${address} shows ${value}`,
    and: " and ",
    more: (n: number) => `${n} more cells`,
    recalculated: (n: number, cells: string) =>
      n === 1
        ? `One more formula that reads the written range shows no error but now calculates from the new values (${cells}).`
        : `Another ${n.toLocaleString("en-US")} formulas that read the written range show no error but now calculate from the new values (${cells}).`,
  },
};

/** "B5 visar #NAMN? och C7 visar #VÄRDEFEL!": errors as Excel in the pane's language names them. */
function listErrors(errors: WriteResult["errors"], lang: Lang): string {
  const t = WRITE_TEXTS[lang];
  const shown = errors.slice(0, 3).map((e) => t.shows(e.address, errorNameIn(e.value, lang)));
  if (errors.length > 3) shown.push(t.more(errors.length - 3));
  return shown.join(t.and);
}

/**
 * A failure, or a write that broke something: `others` are the formulas the dialog counted as readers that show
 * no error afterwards (they calculate from the new values), so that the errors and they add up to its count.
 */
type Problem = { error: unknown } | { written: WriteResult; where: string; others: string[] };

/** The dialog's readers that do not show an error after the write. */
function othersOf(readers: readonly string[] | undefined, written: WriteResult): string[] {
  if (!readers || !written.elsewhere) return [];
  const broken = new Set(written.elsewhere.map((e) => e.address));
  return readers.filter((a) => !broken.has(a));
}

/** What the pane shows at its top for a problem: the text and whether it is an error or a warning. */
function problemText(problem: Problem, lang: Lang): { text: string; intent: "error" | "warning" } {
  const t = WRITE_TEXTS[lang];
  if ("written" in problem) {
    const { errors, elsewhere = [] } = problem.written;
    const { others } = problem;
    const text = [
      errors.length > 0 ? t.writtenWithErrors(problem.where, listErrors(errors, lang)) : "",
      elsewhere.length > 0
        ? OVERWRITE_TEXTS[lang].brokeElsewhere(problem.where, listCells(elsewhere, lang))
        : "",
      elsewhere.length > 0 && others.length > 0
        ? t.recalculated(others.length, listAddresses(others, lang))
        : "",
    ]
      .filter(Boolean)
      .join(" ");
    return { text, intent: "warning" };
  }
  const e = problem.error;
  const text = isHostError(e) ? e.messageIn(lang) : t.unexpected(e instanceof Error ? e.message : String(e));
  return { text, intent: "error" };
}

/**
 * The pane's one write flow, shared by every panel: `write` puts a block at sheet!topLeft (or on a new
 * sheet), first asking in a dialog that names the whole range and how many values and formulas it would
 * replace, then reports cells with errors in the block and elsewhere. `host` is the workbook with every
 * call's failure reported at the top of the pane (`bar`); `dialog` is the overwrite dialog, which returns
 * focus to the control that asked for the write.
 */
export function useWrite(
  raw: WorkbookHost,
  lang: Lang,
): {
  host: WorkbookHost;
  write: Writer;
  bar: ReactNode;
  dialog: ReactNode;
} {
  // mounted from the first question on (see ConfirmOverwrite above)
  const [asked, setAsked] = useState(false);
  const [pending, setPending] = useState<
    { target: OverwriteTarget; resolve: (ok: boolean) => void } | undefined
  >();
  const [problem, setProblem] = useState<Problem | undefined>();
  const opener = useRef<HTMLElement | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  function report(error: unknown) {
    if (isHostError(error)) error.shown = true;
    setProblem({ error });
  }

  // the panels' own host calls report here too; a failure already shown is not also an unhandled rejection
  const host = useMemo<WorkbookHost>(() => {
    const h = raw;
    const guard =
      <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
      async (...a: A): Promise<R> => {
        try {
          return await fn(...a);
        } catch (e) {
          report(e);
          throw e;
        }
      };
    return {
      kind: h.kind,
      // where the panels keep their typed inputs (review s8 finding 5): no host call, nothing to report
      ...(h.memory ? { memory: h.memory } : {}),
      readSelection: guard(() => h.readSelection()),
      readNamedRange: guard((n: string) => h.readNamedRange(n)),
      readNamedRanges: guard((n: readonly string[]) => h.readNamedRanges(n)),
      activeCell: guard(() => h.activeCell()),
      isEmpty: guard((s: string, a: string, r: number, c: number) => h.isEmpty(s, a, r, c)),
      contents: guard((s: string, a: string, r: number, c: number) => h.contents(s, a, r, c)),
      writeRange: guard((s: string, a: string, b: Block) => h.writeRange(s, a, b)),
      writeNewSheet: guard((n: string, a: string, b: Block) => h.writeNewSheet(n, a, b)),
      addNames: guard((n: Record<string, string>, r?: readonly string[]) => h.addNames(n, r)),
    };
  }, [raw]);

  useEffect(() => {
    const quiet = (ev: PromiseRejectionEvent) => {
      if (isHostError(ev.reason) && ev.reason.shown) ev.preventDefault();
    };
    window.addEventListener("unhandledrejection", quiet);
    return () => window.removeEventListener("unhandledrejection", quiet);
  }, []);

  useEffect(() => {
    if (problem) problemRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [problem]);

  function confirm(target: OverwriteTarget): Promise<boolean> {
    setAsked(true);
    return new Promise((resolve) => setPending({ target, resolve }));
  }

  function closeDialog(ok: boolean) {
    pending?.resolve(ok);
    setPending(undefined);
  }

  /**
   * Writes a block at sheet!topLeft, or on a new sheet named `sheetName` (added and written in one go),
   * asking first when a target cell holds data. Returns where it wrote, or undefined when cancelled or when
   * Excel refused (the reason is then shown at the top of the pane).
   */
  async function write(
    sheet: string | "new",
    topLeft: string,
    block: Block,
    sheetName: string,
  ): Promise<string | undefined> {
    setProblem(undefined);
    // the control that asked for the write (its click), before anything awaits and focus can move on
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    try {
      let result: WriteResult;
      let readers: readonly string[] | undefined;
      if (sheet === "new") {
        result = await raw.writeNewSheet(sheetName, topLeft, block);
      } else {
        // the WHOLE range the block covers, and what it holds: the dialog names both
        const target = targetOf(sheet, topLeft, block);
        const held = await raw.contents(sheet, topLeft, target.rows, target.cols);
        if (held.values + held.formulas > 0 && !(await confirm({ address: target.address, ...held })))
          return undefined;
        readers = held.readers;
        result = await raw.writeRange(sheet, topLeft, block);
      }
      const where = `${result.sheet}!${topLeft}`;
      const broken = result.elsewhere?.length ?? 0;
      if (result.errors.length > 0 || broken > 0)
        setProblem({ written: result, where, others: othersOf(readers, result) });
      // the panel's own "Skrivet till …" beside its button must not read as plain success either
      return broken > 0 ? `${where}${OVERWRITE_TEXTS[lang].caveat(broken)}` : where;
    } catch (e) {
      report(e);
      return undefined;
    }
  }

  const shown = problem && problemText(problem, lang);
  const bar = shown?.text ? (
    <div ref={problemRef}>
      <MessageBar intent={shown.intent} role="alert">
        <MessageBarBody data-testid="pane-problem">{shown.text}</MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              size="small"
              aria-label={WRITE_TEXTS[lang].dismiss}
              onClick={() => setProblem(undefined)}
            >
              ✕
            </Button>
          }
        />
      </MessageBar>
    </div>
  ) : null;
  const dialog = asked ? (
    <Suspense fallback={null}>
      <ConfirmOverwrite
        lang={lang}
        target={pending?.target}
        onCancel={() => closeDialog(false)}
        onConfirm={() => closeDialog(true)}
        returnFocusTo={opener}
      />
    </Suspense>
  ) : null;
  return { host, write, bar, dialog };
}
