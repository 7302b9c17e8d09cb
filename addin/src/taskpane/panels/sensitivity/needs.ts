import { KANSLIGHETSPOSTER, type Kanslighetspost } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { percentStyle, type FieldState } from "../../input/problems";
import type { SensitivityField } from "./model";
import { SENSITIVITY_TEXTS } from "./texts";

/** The fields a row needs beside the one that selects it (calc-core's kanslighetsanalys, API.md §11). */
const OWN_BASE: readonly SensitivityField[] = ["skattekraft", "medelskattekraft", "lansSkattesats"];
const OWN_BASE_NEEDS: readonly SensitivityField[] = [...OWN_BASE, "invanare", "skattesats", "skatteunderlag"];

/**
 * "Tomt fält = ingen rad": a field left empty removes only the rows that need it (issue 23). calc-core
 * refuses a partial set of a row's inputs (so that a sheet's formula never silently drops a row); the pane
 * knows which fields were left empty, so it leaves out the inputs of the rows that cannot be computed and
 * says which row is missing and which fields (by their labels, in the user's language) it waits for:
 * - Eget skatteunderlag needs skattekraft, medelskattekraft, länsvis skattesats, invånare, skattesats and
 *   skatteunderlag;
 * - Skatteunderlag i riket (selected by skattesats) needs skatteunderlag;
 * - inkomstutjämning is used only in Skatteunderlag i riket, so it needs skattesats.
 * Returns the texts with those fields emptied (what the table is computed with and the written formula takes)
 * and the notes. A field with an invalid text is neither given nor missing: its own message stands.
 */
export function withNeededFields(
  texts: Record<SensitivityField, string>,
  fields: Record<SensitivityField, FieldState>,
  lang: Lang,
): { texts: Record<SensitivityField, string>; notes: string[] } {
  const t = SENSITIVITY_TEXTS[lang];
  const kept = { ...texts };
  const notes: string[] = [];
  const has = (f: SensitivityField) => kept[f].trim() !== "" && fields[f].parsed.status === "ok";
  const empty = (f: SensitivityField) => kept[f].trim() === "";
  const row = (post: Kanslighetspost) => {
    const l = KANSLIGHETSPOSTER[post][lang];
    return percentStyle(`${l.post} ${l.forandring}`, lang);
  };
  const labels = (fs: readonly SensitivityField[]) => fs.map((f) => t.fields[f]).join(", ");
  if (has("skattesats") && empty("skatteunderlag")) {
    kept.skattesats = "";
    notes.push(t.rowNeeds(row("Skatteunderlag"), labels(["skatteunderlag"])));
  }
  if (OWN_BASE.some(has)) {
    const missing = OWN_BASE_NEEDS.filter(empty);
    if (missing.length > 0) {
      for (const f of OWN_BASE) kept[f] = "";
      notes.push(t.rowNeeds(row("Eget skatteunderlag"), labels(missing)));
    }
  }
  if (has("inkomstutjamning") && empty("skattesats")) {
    kept.inkomstutjamning = "";
    notes.push(t.onlyInRow(t.fields.inkomstutjamning, row("Skatteunderlag"), labels(["skattesats"])));
  }
  return { texts: kept, notes };
}
