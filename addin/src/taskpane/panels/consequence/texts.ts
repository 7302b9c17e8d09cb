import type { Lang } from "../../../definitions";

/** Konsekvensanalys' plausibility texts (its labels are in i18n.ts). */
export const CONSEQUENCE_TEXTS = {
  sv: {
    warnings: "Rimlighetskontroll",
    baseBelowRevenue: (base: string, sob: string) =>
      `${base} är mindre än ${sob}. Skatteunderlaget är normalt flera gånger skatterna och bidragen (skatten är cirka 20–23\u00a0kr per\u00a0100\u00a0kr); står de i samma enhet?`,
    revenueTooLarge: (label: string, typed: string, meant: string) =>
      `${label}: ${typed}\u00a0mnkr är mer än någon svensk kommuns eller regions skatter och bidrag — troligen ett belopp i tkr (${typed}\u00a0tkr = ${meant}\u00a0mnkr).`,
    interestHigh: (label: string, pct: string) =>
      `${label}: ${pct} är långt över den internränta SKR rekommenderar (några procent). Menade du ett annat tal?`,
    startBefore: (label: string, year: string, period: string) =>
      `${label}: ${year} är före perioden ${period}, så åtgärden räknas som om den gällt hela perioden. Menade du ett år inom perioden?`,
    startAfter: (label: string, year: string, period: string) =>
      `${label}: ${year} är efter perioden ${period}, så åtgärden ger 0 varje år i tabellen. Menade du ett år inom perioden?`,
    lifeLong: (label: string, years: string) =>
      `${label}: ${years} år är längre än nyttjandeperioden för nästan alla kommunala anläggningar (RKR R4: komponentavskrivning efter nyttjandeperiod).`,
  },
  en: {
    warnings: "Plausibility check",
    baseBelowRevenue: (base: string, sob: string) =>
      `${base} is smaller than ${sob}. The tax base is normally several times the taxes and grants (the tax is about 20–23\u00a0kr per\u00a0100\u00a0kr); are they in the same unit?`,
    revenueTooLarge: (label: string, typed: string, meant: string) =>
      `${label}: ${typed}\u00a0mnkr is more than any Swedish municipality's or region's taxes and grants — probably an amount in tkr (${typed}\u00a0tkr = ${meant}\u00a0mnkr).`,
    interestHigh: (label: string, pct: string) =>
      `${label}: ${pct} is far above the internal interest rate SKR recommends (a few per cent). Did you mean another figure?`,
    startBefore: (label: string, year: string, period: string) =>
      `${label}: ${year} is before the period ${period}, so the measure counts as in effect for the whole period. Did you mean a year within the period?`,
    startAfter: (label: string, year: string, period: string) =>
      `${label}: ${year} is after the period ${period}, so the measure gives 0 every year in the table. Did you mean a year within the period?`,
    lifeLong: (label: string, years: string) =>
      `${label}: ${years} years is longer than the useful life of almost any municipal asset (RKR R4: depreciation by component over its useful life).`,
  },
} satisfies Record<Lang, unknown>;
