/**
 * A number the user typed, echoed in a message exactly as typed but kept on one line: its spaces (a Swedish
 * thousands space, the space before a unit) become no-break spaces (U+00A0), which look the same, so that
 * "1 950,5" never breaks across lines at Excel's 320 px (issue 23).
 */
export const unbroken = (s: string): string => s.replace(/ /g, "\u00a0");

/** The input model's messages, sv and en (see `number.ts`). */
export const NUMBER_TEXTS = {
  sv: {
    required: "Fyll i ett värde.",
    notNumber: (s: string) => `”${s}” är inte ett tal.`,
    decimalPoint: (s: string, fixed: string) =>
      `Punkt är inte decimaltecken på svenska: skriv ${fixed}, inte ${unbroken(s)}.`,
    decimalKrPer100: (s: string, fixed: string) =>
      `Punkt är inte decimaltecken på svenska, och fältet är i kronor per\u00a0100\u00a0kr: skriv ${fixed}, inte ${unbroken(s)}.`,
    decimalThen: (s: string, read: string, refusal: string) =>
      `Punkt är inte decimaltecken på svenska, så ${unbroken(s)} är ${read}, men talet ${refusal}`,
    percentShare: (s: string, times: string) =>
      `Punkt är inte decimaltecken på svenska, och fältet är i procent: skriv ${times} för ${times}\u00a0%, inte ${unbroken(s)}.`,
    pointThousands: (s: string, grouped: string, decimal: string | undefined) =>
      `Punkt skiljer inte tusental på svenska: skriv ${grouped}${decimal ? ` (eller ${decimal})` : ""}, inte ${unbroken(s)}.`,
    grouping: (s: string) =>
      `”${unbroken(s)}” har fel tusentalsavgränsning; skriv till exempel 1\u00a0950,5.`,
    between: (lo: string, hi: string) => `Ska vara mellan ${lo} och ${hi}.`,
    atLeast: (lo: string) => `Ska vara minst ${lo}.`,
    above: (lo: string) => `Ska vara större än ${lo}.`,
    atMost: (hi: string) => `Ska vara högst ${hi}.`,
    integer: "Ska vara ett heltal.",
    year4: "Skriv året med fyra siffror, till exempel 2027.",
    percentHint: (typed: string, times: string) =>
      `${typed} i ett procentfält betyder ${typed}\u00a0% — menade du ${times}\u00a0%?`,
    percentTooBig: (typed: string, div: string) =>
      ` Skriv ${typed}\u00a0% (andelen ${div}) och inte ${typed} som andel.`,
    taxRateHint: (fixed: string, typed: string) =>
      ` Skattesatsen anges i kronor per\u00a0100\u00a0kr: skriv ${fixed}, inte ${typed}.`,
    taxChangeHint: (typed: string, fixed: string) =>
      ` En ändring på ${typed}\u00a0öre skrivs ${fixed} (kronor per\u00a0100\u00a0kr).`,
    otherUnit: (u: string) => `Fältet är i ${u}.`,
    notPercent: "Ett procenttecken hör bara hemma i ett procentfält.",
    thousandsComma: (typed: string, read: string, meant: string) =>
      `${unbroken(typed)} läses som ${read} (komma är decimaltecken) — menade du ${unbroken(meant)}?`,
    carried: (read: string, typed: string, from: "sv" | "en", meant: string) =>
      `${read} — läst från ${unbroken(typed)} med ${from === "sv" ? "komma" : "punkt"} som decimaltecken; menade du ${meant}?`,
  },
  en: {
    required: "Enter a value.",
    notNumber: (s: string) => `"${s}" is not a number.`,
    decimalPoint: (s: string, fixed: string) =>
      `In English the decimal sign is a point: write ${fixed}, not ${unbroken(s)}.`,
    decimalKrPer100: (s: string, fixed: string) =>
      `In English the decimal sign is a point, and the field is in kronor per\u00a0100\u00a0kr: write ${fixed}, not ${unbroken(s)}.`,
    decimalThen: (s: string, read: string, refusal: string) =>
      `In English the decimal sign is a point, so ${unbroken(s)} is ${read}, but it ${refusal}`,
    percentShare: (s: string, times: string) =>
      `In English the decimal sign is a point, and the field is in percent: write ${times} for ${times}%, not ${unbroken(s)}.`,
    pointThousands: (s: string, grouped: string, decimal: string | undefined) =>
      `In English the point is the decimal sign: write ${grouped}${decimal ? ` (or ${decimal})` : ""}, not ${unbroken(s)}.`,
    grouping: (s: string) => `"${unbroken(s)}" has misplaced thousands separators; write e.g. 1,950.5.`,
    between: (lo: string, hi: string) => `Must be between ${lo} and ${hi}.`,
    atLeast: (lo: string) => `Must be at least ${lo}.`,
    above: (lo: string) => `Must be above ${lo}.`,
    atMost: (hi: string) => `Must be at most ${hi}.`,
    integer: "Must be a whole number.",
    year4: "Write the year with four digits, e.g. 2027.",
    percentHint: (typed: string, times: string) =>
      `${typed} in a percent field means ${typed}% — did you mean ${times}%?`,
    percentTooBig: (typed: string, div: string) =>
      ` Write ${typed}% (the share ${div}), not ${typed} as a share.`,
    taxRateHint: (fixed: string, typed: string) =>
      ` The tax rate is in kronor per\u00a0100\u00a0kr: write ${fixed}, not ${typed}.`,
    taxChangeHint: (typed: string, fixed: string) =>
      ` A change of ${typed}\u00a0öre is written ${fixed} (kronor per\u00a0100\u00a0kr).`,
    otherUnit: (u: string) => `This field is in ${u}.`,
    notPercent: "A percent sign belongs in a percent field only.",
    thousandsComma: (typed: string, read: string, meant: string) =>
      `${unbroken(typed)} is read as ${read} (the point is the decimal sign in English) — did you mean ${unbroken(meant)}?`,
    carried: (read: string, typed: string, from: "sv" | "en", meant: string) =>
      `${read} — read from ${unbroken(typed)} with ${from === "sv" ? "a comma" : "a point"} as decimal sign; did you mean ${meant}?`,
  },
} as const;
