import { useState, type Dispatch, type SetStateAction } from "react";
import type { Lang } from "../../../definitions";
import type { WorkbookHost } from "../../host/types";
import { TEXTS } from "../../i18n";
import type { MoneyUnit } from "../../input/number";
import { SOURCES, type SourceKey } from "./fields";
import { applyFound, foundInName, foundInSelection, type Found } from "./fill";

/**
 * The tax panel's two ways to fill its fields from the workbook: from the selection (labels beside
 * numbers) and from named ranges (Gap, Skatteunderlag, …), with the message that says what was found.
 */
export function useFill(
  host: WorkbookHost,
  unit: MoneyUnit,
  lang: Lang,
  setTexts: Dispatch<SetStateAction<Record<SourceKey, string>>>,
): {
  fillMessage: { intent: "info" | "warning"; text: string } | undefined;
  fillFromSelection: () => Promise<void>;
  fillFromNames: () => Promise<void>;
} {
  const t = TEXTS[lang];
  const [fillMessage, setFillMessage] = useState<{ intent: "info" | "warning"; text: string } | undefined>();

  function apply(found: Found): string[] {
    const { texts: next, notes } = applyFound(found, unit, lang);
    setTexts((x) => ({ ...x, ...next }));
    return notes;
  }

  async function fillFromSelection() {
    const sel = await host.readSelection();
    const { found, labelled } = foundInSelection(sel.values);
    if (labelled === 0 || Object.keys(found).length === 0) {
      setFillMessage({ intent: "warning", text: `${sel.address}: ${t.selectionNeedsLabels}` });
      return;
    }
    setFillMessage({ intent: "info", text: `${t.filledFrom} ${sel.address}: ${apply(found).join("; ")}` });
  }

  async function fillFromNames() {
    const found: Found = {};
    for (const s of SOURCES) {
      for (const name of s.names) {
        const values = await host.readNamedRange(name);
        if (values === undefined) continue;
        found[s.key] = foundInName(values, name);
        break;
      }
    }
    const foundNames = Object.values(found).map((f) => f.where);
    const notes = apply(found);
    const bad = Object.values(found).some((f) => !Number.isFinite(f.value));
    const looked = SOURCES.flatMap((s) => s.names).join(", ");
    setFillMessage({
      intent: foundNames.length === 0 || bad ? "warning" : "info",
      text: `${t.lookedFor} ${looked}. ${t.found}: ${foundNames.length ? foundNames.join(", ") : t.none}. ${notes.join(
        "; ",
      )}${foundNames.length ? ` ${t.namesInUnit} ${unit}.` : ""}`.trim(),
    });
  }

  return { fillMessage, fillFromSelection, fillFromNames };
}
