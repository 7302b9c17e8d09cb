import { KANSLIGHETSPOSTER, type Kanslighetspost } from "@kommunkalkyl/calc-core";
import type { Lang } from "../../../definitions";
import { percentStyle, type FieldState } from "../../input/problems";
import type { SensitivityField } from "./model";
import { SENSITIVITY_TEXTS } from "./texts";

/** The fields a row needs beside the one that selects it (calc-core's kanslighetsanalys, API.md §11). */
const OWN_BASE: readonly SensitivityField[] = ["skattekraft", "medelskattekraft", "lansSkattesats"];
const OWN_BASE_NEEDS: readonly SensitivityField[] = [...OWN_BASE, "invanare", "skattesats", "skatteunderlag"];

/**
 * The rows that need more than the field that selects them, in the table's order: the fields the user fills
 * in for the row (the tax rate row is computed from the tax base alone, but a user reads it as the tax rate's
 * row) and the fields it needs.
 */
const ROWS: readonly {
  post: Kanslighetspost;
  selectedBy: readonly SensitivityField[];
  needs: readonly SensitivityField[];
}[] = [
  { post: "Skattesats", selectedBy: ["skattesats", "skatteunderlag"], needs: ["skatteunderlag"] },
  {
    post: "Skatteunderlag",
    selectedBy: ["skattesats", "skatteunderlag", "inkomstutjamning"],
    needs: ["skatteunderlag", "skattesats"],
  },
  { post: "Eget skatteunderlag", selectedBy: OWN_BASE, needs: OWN_BASE_NEEDS },
];

/**
 * A row's change as the pane shows it: a percentage the language's way (English "+1%", see percentStyle) and a
 * figure kept on one line with its unit at 320 px ("+10\u00a0öre", "+1\u00a0procentenhet"); calc-core's label
 * (Excel's, "+10 öre") is unchanged.
 */
export function changeText(forandring: string, lang: Lang): string {
  return percentStyle(forandring, lang).replace(/(\d) (?=\S)/g, "$1\u00a0");
}

/**
 * "Tomt fält = ingen rad": a field left empty removes only the rows that need it (issue 23). calc-core
 * refuses a partial set of a row's inputs (so that a sheet's formula never silently drops a row); the pane
 * knows which fields were left empty, so it leaves out the inputs of the rows that cannot be computed and
 * says which row is missing and which fields (by their labels, in the user's language) it waits for:
 * - Eget skatteunderlag needs skattekraft, medelskattekraft, länsvis skattesats, invånare, skattesats and
 *   skatteunderlag;
 * - Skatteunderlag i riket (selected by skattesats) needs skatteunderlag;
 * - inkomstutjämning is used only in Skatteunderlag i riket, so it needs skattesats.
 * Each row that goes away gets one note naming only the fields it needs that were left empty ("A och B är
 * ifyllda"), also the tax rate row (+10 öre on the tax base) when the tax base is empty.
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
    return `${l.post} ${changeText(l.forandring, lang)}`;
  };
  // the notes are judged on what the user typed, not on `kept` (a field emptied above is not one the user left empty)
  const typed = (f: SensitivityField) => texts[f].trim() !== "" && fields[f].parsed.status === "ok";
  const blank = (f: SensitivityField) => texts[f].trim() === "";
  const labels = (fs: readonly SensitivityField[]) => t.list(fs.map((f) => t.fields[f]));
  if (has("skattesats") && empty("skatteunderlag")) kept.skattesats = "";
  if (OWN_BASE.some(has) && OWN_BASE_NEEDS.some(empty)) for (const f of OWN_BASE) kept[f] = "";
  if (has("inkomstutjamning") && empty("skattesats")) kept.inkomstutjamning = "";
  // every row that goes away while a field that is there for it is filled in gets its note, naming only the
  // empty fields it needs (in the table's order; a row of one field of its own, such as pay, needs no note)
  for (const { post, selectedBy, needs } of ROWS) {
    const missing = needs.filter(blank);
    if (missing.length === 0 || !selectedBy.some(typed)) continue;
    notes.push(
      post === "Skatteunderlag" && typed("inkomstutjamning")
        ? t.onlyInRow(t.fields.inkomstutjamning, row(post), labels(missing), missing.length)
        : t.rowNeeds(row(post), labels(missing), missing.length),
    );
  }
  return { texts: kept, notes };
}
