import type { Lang } from "../../../definitions";
import type { CellValue } from "../../host/types";
import { formatNumber, TEXTS } from "../../i18n";
import { checkValue, formatInput, MONEY_UNITS, type MoneyUnit } from "../../input/number";
import { mainLabels, mainSpecs, SOURCES, type SourceKey } from "./fields";

export type Found = Partial<Record<SourceKey, { value: number; unit?: MoneyUnit; where: string }>>;

/**
 * The four fields' texts from values found by label or name, each checked against its field first, and a
 * note per value: filled ("Budgetgap (mnkr) = 25 (Gap)") or why not.
 */
export function applyFound(
  found: Found,
  unit: MoneyUnit,
  lang: Lang,
): { texts: Partial<Record<SourceKey, string>>; notes: string[] } {
  const t = TEXTS[lang];
  const specs = mainSpecs(unit);
  const labels = mainLabels(unit, lang);
  const notes: string[] = [];
  const texts: Partial<Record<SourceKey, string>> = {};
  for (const s of SOURCES) {
    const f = found[s.key];
    if (!f) continue;
    const spec = specs[s.key];
    if (!Number.isFinite(f.value)) {
      notes.push(`${f.where}: ${t.notOneNumber}`);
      continue;
    }
    const inUnit =
      spec.kind === "money" && spec.unit !== "kr" && f.unit
        ? (f.value * MONEY_UNITS[f.unit]) / MONEY_UNITS[spec.unit!]
        : f.value;
    const checked = checkValue(Number(inUnit.toPrecision(12)), spec, lang);
    if (checked.status === "ok") {
      texts[s.key] = formatInput(checked.value, spec, lang);
      notes.push(`${labels[s.key]} = ${texts[s.key]} (${f.where})`);
    } else if (checked.status === "error") {
      notes.push(
        `${labels[s.key]}: ${f.where} = ${formatNumber(f.value, lang)} — ${checked.message} ${t.notFilled}`,
      );
    }
  }
  return { texts, notes };
}

/** Values in a selection of label–number rows ("Skatteunderlag (tkr)" | 6 900 000), with their units. */
export function foundInSelection(values: CellValue[][]): { found: Found; labelled: number } {
  const found: Found = {};
  let labelled = 0;
  for (const row of values) {
    const label = row.find((c): c is string => typeof c === "string");
    const value = row.find((c): c is number => typeof c === "number");
    if (label === undefined) continue;
    labelled++;
    const l = label.toLowerCase();
    const source = SOURCES.find((s) => s.words.some((w) => l.includes(w)));
    if (!source || value === undefined || found[source.key]) continue;
    const unitWord = /\((mnkr|tkr|kr)\b/i.exec(label)?.[1]?.toLowerCase() as MoneyUnit | undefined;
    found[source.key] = { value, ...(unitWord ? { unit: unitWord } : {}), where: `”${label}”` };
  }
  return { found, labelled };
}

/** A named range's value as a found value: one number, or NaN when it holds something else. */
export function foundInName(values: CellValue[][], name: string): { value: number; where: string } {
  const cells = values.flat().filter((c) => c !== null && c !== "");
  return cells.length === 1 && typeof cells[0] === "number"
    ? { value: cells[0], where: name }
    : { value: NaN, where: name };
}
