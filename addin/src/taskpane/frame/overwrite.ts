import type { Lang } from "../../definitions/types";
import { errorNameIn } from "../../definitions/errorNames";
import { blockRange, quoteSheet, type Block, type RangeContents, type WriteResult } from "../host/types";

/** The range a write would replace, named as Excel names it, and what it holds now. */
export interface OverwriteTarget extends RangeContents {
  /** the whole range with its sheet, as Excel writes it: `Uppföljning!P9:S17`, `'Skatt (2)'!A1:B3` */
  address: string;
}

/** The whole range a block covers at sheet!topLeft: every row, and as many columns as its longest row. */
export function targetOf(
  sheet: string,
  topLeft: string,
  block: Block,
): { range: string; address: string; rows: number; cols: number } {
  const rows = Math.max(1, block.length);
  const cols = Math.max(1, ...block.map((r) => r.length));
  const range = blockRange(topLeft, rows, cols);
  return { range, address: `${quoteSheet(sheet)}!${range}`, rows, cols };
}

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString("sv-SE")} ${n === 1 ? one : many}`;
const countEn = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** The overwrite dialog's and the after-write warning's words, in Swedish and English. */
export const OVERWRITE_TEXTS = {
  sv: {
    title: "Skriva över celler?",
    /** "Uppföljning!P9:S17 innehåller redan 20 värden och 16 formler." */
    body: (t: OverwriteTarget) => {
      const parts = [
        t.values > 0 ? count(t.values, "värde", "värden") : "",
        t.formulas > 0 ? count(t.formulas, "formel", "formler") : "",
      ].filter(Boolean);
      return `${t.address} innehåller redan ${parts.join(" och ")}. Ersätt skriver över hela området.`;
    },
    /**
     * "57 formler utanför området läser härifrån, direkt eller via andra formler (Budget!B12, … och 54 till), och
     * kan visa fel eller andra värden efteråt": the readers of readers too (a write breaks them as well); "Minst"
     * when the host stopped at its bound; when it could not check, Swedish Excel's command to check by hand
     * (Formler → Spåra underordnade, as Microsoft's Swedish support page "Visa relationerna mellan formler och
     * celler" names it), never "none" then.
     */
    readers: ({ readers, moreReaders }: Pick<RangeContents, "readers" | "moreReaders">): string => {
      if (readers === undefined || (moreReaders && readers.length === 0))
        return "Kommunkalkyl kunde inte ta reda på om formler utanför området läser härifrån. Kontrollera med Formler → Spåra underordnade innan du ersätter.";
      if (readers.length === 0) return "Ingen formel utanför området läser härifrån.";
      const sentence = `${moreReaders ? "Minst " : ""}${count(readers.length, "formel", "formler")} utanför området läser härifrån, direkt eller via andra formler (${listAddresses(readers, "sv")}), och kan visa fel eller andra värden efteråt.`;
      return moreReaders
        ? `${sentence} Det kan finnas fler: Kommunkalkyl följde inte alla kedjor till slut. Kontrollera med Formler → Spåra underordnade innan du ersätter.`
        : sentence;
    },
    replace: "Ersätt",
    cancel: "Avbryt",
    /** after writing: formulas elsewhere that now show an error */
    brokeElsewhere: (where: string, cells: string) =>
      `Skrivet till ${where}, men nu visar ${cells}: formler där hänvisade till celler som ersattes. Kontrollera dem innan du går vidare.`,
    /** after "Skrivet till Uppföljning!P9" in the panel's own message, beside the button */
    caveat: (n: number) =>
      `, men ${n === 1 ? "1 formel" : `${n} formler`} utanför området visar nu fel (se varningen överst)`,
    shows: (address: string, value: string) => `${address} (${value})`,
    more: (n: number) => `${n} celler till`,
    and: " och ",
  },
  en: {
    title: "Overwrite cells?",
    body: (t: OverwriteTarget) => {
      const parts = [
        t.values > 0 ? countEn(t.values, "value", "values") : "",
        t.formulas > 0 ? countEn(t.formulas, "formula", "formulas") : "",
      ].filter(Boolean);
      return `${t.address} already holds ${parts.join(" and ")}. Replace overwrites the whole range.`;
    },
    readers: ({ readers, moreReaders }: Pick<RangeContents, "readers" | "moreReaders">): string => {
      if (readers === undefined || (moreReaders && readers.length === 0))
        return "Kommunkalkyl could not find out whether formulas outside the range read from it. Check with Formulas → Trace Dependents before you replace.";
      if (readers.length === 0) return "No formula outside the range reads from it.";
      const verb = readers.length === 1 ? "reads" : "read";
      const sentence = `${moreReaders ? "At least " : ""}${countEn(readers.length, "formula", "formulas")} outside the range ${verb} from it, directly or through other formulas (${listAddresses(readers, "en")}), and may show errors or other values afterwards.`;
      return moreReaders
        ? `${sentence} There may be more: Kommunkalkyl did not follow every chain to its end. Check with Formulas → Trace Dependents before you replace.`
        : sentence;
    },
    replace: "Replace",
    cancel: "Cancel",
    brokeElsewhere: (where: string, cells: string) =>
      `Written to ${where}, but ${cells} now show an error: formulas there referred to cells that were replaced. Check them before you go on.`,
    caveat: (n: number) =>
      `, but ${n === 1 ? "1 formula" : `${n} formulas`} outside the range now show an error (see the warning at the top)`,
    shows: (address: string, value: string) => `${address} (${value})`,
    more: (n: number) => `${n} more cells`,
    and: " and ",
  },
} satisfies Record<Lang, unknown>;

/** "a, b och c": the last two joined by the language's "and". */
function joined(named: string[], lang: Lang): string {
  if (named.length <= 1) return named.join("");
  return `${named.slice(0, -1).join(", ")}${OVERWRITE_TEXTS[lang].and}${named[named.length - 1]}`;
}

/**
 * "Uppföljning!T9 (#VÄRDEFEL!), Uppföljning!T10 (#VÄRDEFEL!) och 7 celler till": at most `max` named, each
 * error as Excel in the pane's language names it.
 */
export function listCells(cells: NonNullable<WriteResult["elsewhere"]>, lang: Lang, max = 3): string {
  const t = OVERWRITE_TEXTS[lang];
  const named = cells.slice(0, max).map((c) => t.shows(c.address, errorNameIn(c.value, lang)));
  if (cells.length > max) named.push(t.more(cells.length - max));
  return joined(named, lang);
}

/** "Budget!B12, Budget!C12, Budget!B13 och 24 till": at most `max` addresses named, the rest counted. */
export function listAddresses(cells: readonly string[], lang: Lang, max = 3): string {
  const named = cells.slice(0, max);
  const rest = (cells.length - max).toLocaleString(lang === "sv" ? "sv-SE" : "en-US");
  if (cells.length > max) named.push(lang === "sv" ? `${rest} till` : `${rest} more`);
  return joined(named, lang);
}
