import type { Lang } from "../../../definitions";

/** Konsekvensanalys' plausibility texts (its labels are in i18n.ts). */
export const CONSEQUENCE_TEXTS = {
  sv: {
    warnings: "Rimlighetskontroll",
    baseBelowRevenue: (base: string, sob: string) =>
      `${base} är mindre än ${sob}. Skatteunderlaget är normalt flera gånger skatterna och bidragen (skatten är cirka 20–23\u00a0kr per\u00a0100\u00a0kr); står de i samma enhet?`,
    revenueTooLarge: (label: string, typed: string, meant: string) =>
      `${label}: ${typed}\u00a0mnkr är mer än någon svensk kommuns eller regions skatter och bidrag — troligen ett belopp i tkr (${typed}\u00a0tkr = ${meant}\u00a0mnkr).`,
    revenueTooSmall: (label: string, typed: string, meant: string | undefined) =>
      `${label}: ${typed}\u00a0mnkr är mindre än den minsta kommunens skatter och bidrag (cirka 2\u00a0350\u00a0invånare, över 100\u00a0mnkr), så varje åtgärd blir orimligt stor i förhållande till dem.` +
      (meant ? ` Står beloppet i mdkr blir det = ${meant}\u00a0mnkr.` : " Står det i rätt enhet?"),
    interestHigh: (label: string, pct: string) =>
      `${label}: ${pct} är långt över den internränta SKR rekommenderar (några procent). Menade du ett annat tal?`,
    // a period of one year is "året 2030", not "perioden 2030–2030" (issue 23, s8 finding 11e)
    startBefore: (label: string, year: string, from: number, to: number) =>
      from === to
        ? `${label}: ${year} är före året ${from}, så åtgärden räknas som om den gällt hela året. Menade du ${from}?`
        : `${label}: ${year} är före perioden ${from}–${to}, så åtgärden räknas som om den gällt hela perioden. Menade du ett år inom perioden?`,
    startAfter: (label: string, year: string, from: number, to: number) =>
      from === to
        ? `${label}: ${year} är efter året ${from}, så åtgärden ger 0 i tabellen. Menade du ${from}?`
        : `${label}: ${year} är efter perioden ${from}–${to}, så åtgärden ger 0 varje år i tabellen. Menade du ett år inom perioden?`,
    yearlyTooLarge: (label: string, typed: string, sob: string, sobValue: string, meant: string) =>
      `”${label}” = ${typed}\u00a0mnkr är mer än hälften av ”${sob}” = ${sobValue}\u00a0mnkr, mer än någon verksamhet kostar. Står beloppet i tkr blir det = ${meant}\u00a0mnkr.`,
    oneOffTooLarge: (label: string, typed: string, meant: string) =>
      `”${label}” = ${typed}\u00a0mnkr är mer än en kommuns årliga investeringar. Står beloppet i tkr blir det = ${meant}\u00a0mnkr.`,
    lifeLong: (label: string, years: string) =>
      `${label}: ${years} år är längre än nyttjandeperioden för nästan alla kommunala anläggningar (RKR R4: komponentavskrivning efter nyttjandeperiod).`,
  },
  en: {
    warnings: "Plausibility check",
    baseBelowRevenue: (base: string, sob: string) =>
      `${base} is smaller than ${sob}. The tax base is normally several times the taxes and grants (the tax is about 20–23\u00a0kr per\u00a0100\u00a0kr); are they in the same unit?`,
    revenueTooLarge: (label: string, typed: string, meant: string) =>
      `${label}: ${typed}\u00a0mnkr is more than any Swedish municipality's or region's taxes and grants — probably an amount in tkr (${typed}\u00a0tkr = ${meant}\u00a0mnkr).`,
    revenueTooSmall: (label: string, typed: string, meant: string | undefined) =>
      `${label}: ${typed}\u00a0mnkr is less than the smallest municipality's taxes and grants (about 2,350\u00a0inhabitants, over 100\u00a0mnkr), so every measure becomes implausibly large beside them.` +
      (meant
        ? ` If the amount is in billions of kronor (mdkr), it is = ${meant}\u00a0mnkr.`
        : " Is it in the right unit?"),
    interestHigh: (label: string, pct: string) =>
      `${label}: ${pct} is far above the internal interest rate SKR recommends (a few per cent). Did you mean another figure?`,
    startBefore: (label: string, year: string, from: number, to: number) =>
      from === to
        ? `${label}: ${year} is before the year ${from}, so the measure counts as in effect for the whole year. Did you mean ${from}?`
        : `${label}: ${year} is before the period ${from}–${to}, so the measure counts as in effect for the whole period. Did you mean a year within the period?`,
    startAfter: (label: string, year: string, from: number, to: number) =>
      from === to
        ? `${label}: ${year} is after the year ${from}, so the measure gives 0 in the table. Did you mean ${from}?`
        : `${label}: ${year} is after the period ${from}–${to}, so the measure gives 0 every year in the table. Did you mean a year within the period?`,
    yearlyTooLarge: (label: string, typed: string, sob: string, sobValue: string, meant: string) =>
      `"${label}" = ${typed}\u00a0mnkr is more than half of "${sob}" = ${sobValue}\u00a0mnkr, more than any area of activity costs. If the amount is in tkr, it is = ${meant}\u00a0mnkr.`,
    oneOffTooLarge: (label: string, typed: string, meant: string) =>
      `"${label}" = ${typed}\u00a0mnkr is more than a municipality's yearly investments. If the amount is in tkr, it is = ${meant}\u00a0mnkr.`,
    lifeLong: (label: string, years: string) =>
      `${label}: ${years} years is longer than the useful life of almost any municipal asset (RKR R4: depreciation by component over its useful life).`,
  },
} satisfies Record<Lang, unknown>;
