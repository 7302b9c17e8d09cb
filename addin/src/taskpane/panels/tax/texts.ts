import type { Lang } from "../../../definitions";

/**
 * The tax panel's plausibility texts (its field labels and result words are in i18n.ts, shared with the
 * shell). Each warning names the field by its label and says what was probably meant.
 */
export const TAX_TEXTS = {
  sv: {
    warnings: "Rimlighetskontroll",
    baseTooLarge: (label: string, typed: string, unit: string, other: string, meant: string) =>
      `${label}: ${typed}\u00a0${unit} är mer än någon svensk kommuns eller regions skatteunderlag — troligen ett belopp i ${other} (${typed}\u00a0${other} = ${meant}\u00a0${unit}).`,
    baseTooSmall: (label: string, typed: string, unit: string, other: string, meant: string) =>
      `${label}: ${typed}\u00a0${unit} är mindre än den minsta kommunens skatteunderlag — troligen ett belopp i ${other} (${typed}\u00a0${other} = ${meant}\u00a0${unit}).`,
    baseBelowNetCost: (base: string, net: string) =>
      `${base} är mindre än ${net}. Skatteunderlaget är normalt flera gånger nettokostnaden; står de i samma enhet?`,
    baseFarAboveNetCost: (base: string, net: string, ratio: string) =>
      `${base} är ${ratio} gånger ${net}; normalt är skatteunderlaget 2–6 gånger nettokostnaden. Står de i samma enhet?`,
    incomeLow: (label: string, typed: string, other: string | undefined, meant: string) =>
      `${label}: ${typed}\u00a0kr om året är mindre än 10\u00a0000\u00a0kr — ` +
      (other
        ? `troligen i ${other} (${typed}\u00a0${other} = ${meant}\u00a0kr).`
        : "står beloppet i kronor?"),
    gapAboveNetCost: (gap: string, net: string, pct: string) =>
      `${gap} är större än ${net}: effektiviseringen blir ${pct}, mer än hela verksamheten. Står de i samma enhet och avser samma år?`,
    surplus: (gap: string, amount: string) =>
      `${gap} är negativt, alltså ett överskott på ${amount}: ingen skattehöjning behövs. Negativa tal nedan är den skattesänkning och den kostnadsökning som överskottet skulle räcka till.`,
    gapTiny: (label: string, typed: string, unit: string) =>
      `${label}: ${typed}\u00a0${unit} är ett mycket litet gap. Menade du ett belopp i en annan enhet?`,
    impossible: (raise: string, label: string, typed: string, meant: string | undefined) =>
      `Skattehöjningen blir ${raise}\u00a0kr per\u00a0100\u00a0kr, mer än hela inkomsten: det kan inte vara menat, så resultaten visas inte. ${label} = ${typed}` +
      (meant ? ` — menade du ${meant}?` : " — står det i rätt enhet?"),
    roundedUp: (exact: string, rounded: string, perPerson: [string, string] | undefined) =>
      `Gapet motsvarar ${exact}\u00a0öre per\u00a0100\u00a0kr, avrundat uppåt till hela öre: ${rounded}\u00a0öre.` +
      (perPerson
        ? ` Gapet i sig kostar ${perPerson[0]}\u00a0kr per person, skattehöjningen ${perPerson[1]}\u00a0kr.`
        : ""),
    measureLeftOut: (n: number) => `Åtgärd ${n} räknas inte med förrän dess fält är ifyllda.`,
    /** a card's label for one year ("Kvarvarande gap 2027") and from the year all measures are in effect */
    inYear: (label: string, year: number) => `${label} ${year}`,
    fromYear: (label: string, year: number) => `${label} från ${year}`,
    fillToSee: (labels: string) => `Resultaten visas när ${labels} är ifyllt.`,
  },
  en: {
    warnings: "Plausibility check",
    baseTooLarge: (label: string, typed: string, unit: string, other: string, meant: string) =>
      `${label}: ${typed}\u00a0${unit} is more than any Swedish municipality's or region's tax base — probably an amount in ${other} (${typed}\u00a0${other} = ${meant}\u00a0${unit}).`,
    baseTooSmall: (label: string, typed: string, unit: string, other: string, meant: string) =>
      `${label}: ${typed}\u00a0${unit} is less than the smallest municipality's tax base — probably an amount in ${other} (${typed}\u00a0${other} = ${meant}\u00a0${unit}).`,
    baseBelowNetCost: (base: string, net: string) =>
      `${base} is smaller than ${net}. The tax base is normally several times the net cost; are they in the same unit?`,
    baseFarAboveNetCost: (base: string, net: string, ratio: string) =>
      `${base} is ${ratio} times ${net}; the tax base is normally 2–6 times the net cost. Are they in the same unit?`,
    incomeLow: (label: string, typed: string, other: string | undefined, meant: string) =>
      `${label}: ${typed}\u00a0kr a year is less than 10,000\u00a0kr — ` +
      (other
        ? `probably in ${other} (${typed}\u00a0${other} = ${meant}\u00a0kr).`
        : "is the amount in kronor?"),
    gapAboveNetCost: (gap: string, net: string, pct: string) =>
      `${gap} is larger than ${net}: the efficiency needed is ${pct}, more than the whole of the services. Are they in the same unit and for the same year?`,
    surplus: (gap: string, amount: string) =>
      `${gap} is negative, that is a surplus of ${amount}: no tax raise is needed. Negative figures below are the tax cut and the cost increase the surplus would pay for.`,
    gapTiny: (label: string, typed: string, unit: string) =>
      `${label}: ${typed}\u00a0${unit} is a very small gap. Did you mean an amount in another unit?`,
    impossible: (raise: string, label: string, typed: string, meant: string | undefined) =>
      `The tax raise would be ${raise}\u00a0kr per\u00a0100\u00a0kr, more than the whole income: that cannot be meant, so the results are not shown. ${label} = ${typed}` +
      (meant ? ` — did you mean ${meant}?` : " — is it in the right unit?"),
    roundedUp: (exact: string, rounded: string, perPerson: [string, string] | undefined) =>
      `The gap equals ${exact}\u00a0öre per\u00a0100\u00a0kr, rounded up to whole öre: ${rounded}\u00a0öre.` +
      (perPerson
        ? ` The gap itself costs ${perPerson[0]}\u00a0kr a person, the raise ${perPerson[1]}\u00a0kr.`
        : ""),
    measureLeftOut: (n: number) => `Measure ${n} is left out until its fields are filled in.`,
    /** a card's label for one year ("Gap left in 2027") and from the year all measures are in effect */
    inYear: (label: string, year: number) => `${label} in ${year}`,
    fromYear: (label: string, year: number) => `${label} from ${year}`,
    fillToSee: (labels: string) => `The results show once ${labels} is filled in.`,
  },
} satisfies Record<Lang, unknown>;
