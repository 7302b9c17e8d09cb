import { KommunError } from "@kommunkalkyl/calc-core";
import type { ExcelScalar, ExcelValue } from "./types";

/** The shape of a range: rows × columns. */
export interface Shape {
  rows: number;
  cols: number;
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/**
 * One value for a scalar parameter. A 1×1 range is its value; a larger range
 * is an error (Kommunkalkyl does not vectorise silently). `undefined` means omitted.
 */
export function scalar(v: ExcelValue, name: string): ExcelScalar {
  if (Array.isArray(v)) {
    const rows = v.length;
    const cols = v[0]?.length ?? 0;
    if (rows === 1 && cols === 1) return v[0]![0];
    throw new KommunError(
      "value",
      `Argumentet ${name} ska vara ett enda värde, inte ett område med ${rows} × ${cols} celler.`,
      `Argument ${name} must be a single value, not a range of ${rows} × ${cols} cells.`,
      name,
    );
  }
  return v;
}

/** An optional scalar: omitted or blank gives `undefined`, which calc-core reads as "use the default". */
export function optional(v: ExcelValue, name: string): ExcelScalar {
  const s = scalar(v, name);
  return isBlank(s) ? undefined : s;
}

/** A range parameter: the values row by row, and the shape to give a spilled result. */
export function range(v: ExcelValue): { values: ExcelScalar[]; shape: Shape } {
  if (Array.isArray(v)) {
    const rows = v.length;
    const cols = v[0]?.length ?? 0;
    return { values: v.flat(), shape: { rows, cols } };
  }
  if (v === undefined) return { values: [], shape: { rows: 0, cols: 0 } };
  return { values: [v], shape: { rows: 1, cols: 1 } };
}

/** An optional range: omitted or a single blank gives `undefined`. */
export function optionalRange(v: ExcelValue): ExcelScalar[] | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  return range(v).values;
}

/** Puts a flat list back into a shape (for results that spill like their input). */
export function reshape<T>(values: readonly T[], shape: Shape): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < shape.rows; r++) out.push(values.slice(r * shape.cols, (r + 1) * shape.cols));
  return out;
}

/** Casts a checked-at-runtime value for a calc-core call (calc-core validates it). */
export function n(v: ExcelScalar): number {
  return v as number;
}

/** Casts a list for a calc-core call (calc-core validates every element). */
export function ns(v: readonly ExcelScalar[]): number[] {
  return v as number[];
}
