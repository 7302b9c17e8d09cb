import type { Lang } from "../../../definitions";
import { FIELDS } from "../../input/number";
import { relangText } from "../../input/problems";
import { AMOUNT, type MeasureInput } from "./model";

/** The panel's inputs as kept with the workbook (review s8 finding 5). */
export interface KeptPlan {
  deficitText: string;
  asOfText: string;
  measures: MeasureInput[];
  /** the cell the deficit was read from, and its value unrounded (the field shows it rounded) */
  source?: string;
  read?: number;
}

const PROBABILITY = { ...FIELDS.share(), optional: true };
/** calc-core's statuses (AtgardStatus) */
const STATUSES = ["förslag", "beslutad", "genomförd"];

const isMeasure = (x: unknown): x is MeasureInput => {
  if (typeof x !== "object" || x === null) return false;
  const m = x as Record<string, unknown>;
  return (
    typeof m.id === "number" &&
    ["namn", "helarseffekt", "startmanad", "sannolikhet"].every((k) => typeof m[k] === "string") &&
    STATUSES.includes(m.status as string)
  );
};

/**
 * What was kept, written for the pane's language now; undefined when it is not the panel's state (then nothing is
 * restored). The statuses are calc-core's own words and stay.
 */
export function keptPlan(kept: unknown, from: Lang, to: Lang): KeptPlan | undefined {
  if (typeof kept !== "object" || kept === null) return undefined;
  const k = kept as Record<string, unknown>;
  if (typeof k.deficitText !== "string" || typeof k.asOfText !== "string") return undefined;
  if (!Array.isArray(k.measures) || !k.measures.every(isMeasure)) return undefined;
  if (k.source !== undefined && (typeof k.source !== "string" || typeof k.read !== "number"))
    return undefined;
  return {
    deficitText: relangText(k.deficitText, AMOUNT, from, to),
    asOfText: k.asOfText,
    measures: k.measures.map((m) => ({
      ...m,
      helarseffekt: relangText(m.helarseffekt, AMOUNT, from, to),
      sannolikhet: relangText(m.sannolikhet, PROBABILITY, from, to),
    })),
    ...(typeof k.source === "string" && typeof k.read === "number" ? { source: k.source, read: k.read } : {}),
  };
}
