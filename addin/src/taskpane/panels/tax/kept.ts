import type { Lang } from "../../../definitions";
import { MONEY_UNITS, type MoneyUnit } from "../../input/number";
import { textsOf } from "../../shared/useKept";
import { relangState } from "./convert";
import { MODEL_FIELDS, type Measure, type SourceKey } from "./fields";
import type { TaxState } from "./model";

const KEYS: readonly SourceKey[] = ["gap", "base", "netCost", "income"];

const isMeasure = (x: unknown): x is Measure => {
  if (typeof x !== "object" || x === null) return false;
  const m = x as Record<string, unknown>;
  return (
    typeof m.id === "number" &&
    typeof m.kind === "string" &&
    m.kind in MODEL_FIELDS &&
    typeof m.name === "string" &&
    typeof m.startYear === "string" &&
    typeof m.amount === "string" &&
    typeof m.model === "object" &&
    m.model !== null &&
    Object.values(m.model).every((v) => typeof v === "string")
  );
};

/**
 * The panel's inputs as kept with the workbook (review s8 finding 5), written for the pane's language now; undefined
 * when what was kept is not the panel's state (another version, changed by hand): then nothing is restored.
 */
export function keptTaxState(kept: unknown, from: Lang, to: Lang): TaxState | undefined {
  if (typeof kept !== "object" || kept === null) return undefined;
  const k = kept as Record<string, unknown>;
  const texts = textsOf(k.texts, KEYS);
  if (typeof k.unit !== "string" || !(k.unit in MONEY_UNITS) || !texts) return undefined;
  if (!Array.isArray(k.measures) || !k.measures.every(isMeasure)) return undefined;
  const s: TaxState = { unit: k.unit as MoneyUnit, texts, measures: k.measures };
  return { unit: s.unit, ...relangState(s, from, to) };
}
