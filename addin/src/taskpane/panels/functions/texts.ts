import type { Lang } from "../../../definitions";

/** The functions panel's own words. */
export const FUNCTIONS_TEXTS = {
  sv: {
    insertHelp:
      "Infoga skriver exemplets indata i gula celler med etiketter, från den markerade cellen och nedåt, och sist formeln som räknar på dem. Byt talen mot dina egna eller mot referenser till dina celler; formeln följer med.",
    insertLabel: (name: string) => `Infoga ${name} med exemplets indata i celler`,
    result: "Resultat",
  },
  en: {
    insertHelp:
      "Insert writes the example's inputs into yellow, labelled cells from the selected cell down, and last the formula that computes from them. Replace the numbers with your own or with references to your cells; the formula follows.",
    insertLabel: (name: string) => `Insert ${name} with the example's inputs in cells`,
    result: "Result",
  },
} satisfies Record<Lang, unknown>;

/**
 * The words some functions return, in Swedish (the examples are written with the English ones).
 * Every word an example returns must be here: a test checks it against the definition table.
 */
export const RESULT_WORDS_SV: Record<string, string> = {
  ok: "ok",
  "below target": "under resultatmål",
  deficit: "underskott",
  warning: "varning",
  critical: "kritisk",
  fits: "ryms",
  waits: "väntar",
};
