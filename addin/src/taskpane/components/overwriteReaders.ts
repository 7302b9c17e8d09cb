import type { Lang } from "../../definitions/types";
import { listAddresses } from "../frame/overwrite";
import type { RangeContents } from "../host/types";

const countSv = (n: number) => `${n.toLocaleString("sv-SE")} ${n === 1 ? "formel" : "formler"}`;
const countEn = (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "formula" : "formulas"}`;

/**
 * The overwrite dialog's sentence about the formulas outside the range that read it, directly or through other
 * formulas (issue 23, review finding 4: a write breaks the readers of readers too). "At least" when the host
 * stopped at its bound; when it could not check, Swedish Excel's command to check by hand (Formler → Spåra
 * underordnade, as Microsoft's Swedish support page "Visa relationerna mellan formler och celler" names it);
 * never "none" then.
 */
export const READERS_TEXTS = {
  sv: ({ readers, moreReaders }: Pick<RangeContents, "readers" | "moreReaders">): string => {
    if (readers === undefined || (moreReaders && readers.length === 0))
      return "Kommunkalkyl kunde inte ta reda på om formler utanför området läser härifrån. Kontrollera med Formler → Spåra underordnade innan du ersätter.";
    if (readers.length === 0) return "Ingen formel utanför området läser härifrån.";
    const n = readers.length;
    const sentence = `${moreReaders ? "Minst " : ""}${countSv(n)} utanför området läser härifrån, direkt eller via andra formler (${listAddresses(readers, "sv")}), och kan visa fel eller andra värden efteråt.`;
    return moreReaders
      ? `${sentence} Det kan finnas fler: Kommunkalkyl följde inte alla kedjor till slut. Kontrollera med Formler → Spåra underordnade innan du ersätter.`
      : sentence;
  },
  en: ({ readers, moreReaders }: Pick<RangeContents, "readers" | "moreReaders">): string => {
    if (readers === undefined || (moreReaders && readers.length === 0))
      return "Kommunkalkyl could not find out whether formulas outside the range read from it. Check with Formulas → Trace Dependents before you replace.";
    if (readers.length === 0) return "No formula outside the range reads from it.";
    const n = readers.length;
    const verb = n === 1 ? "reads" : "read";
    const sentence = `${moreReaders ? "At least " : ""}${countEn(n)} outside the range ${verb} from it, directly or through other formulas (${listAddresses(readers, "en")}), and may show errors or other values afterwards.`;
    return moreReaders
      ? `${sentence} There may be more: Kommunkalkyl did not follow every chain to its end. Check with Formulas → Trace Dependents before you replace.`
      : sentence;
  },
} satisfies Record<Lang, unknown>;
