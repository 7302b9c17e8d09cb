/** The panel's own texts (i18n.ts is shared; the integrator may move them there). */

/** Labels as a sentence lists them: "A", "A och B", "A, B och C". */
function joinList(labels: readonly string[], and: string): string {
  return labels.length < 2 ? labels.join("") : `${labels.slice(0, -1).join(", ")} ${and} ${labels.at(-1)!}`;
}

export const SENSITIVITY_TEXTS = {
  sv: {
    tab: "Känslighet",
    title: "Känslighetsanalys",
    intro:
      "Vad 1\u00a0% lön, 10\u00a0öre skatt eller 100\u00a0kr statsbidrag per invånare gör med resultatet. Tomt fält = ingen rad.",
    fields: {
      personalkostnader: "Personalkostnader inkl. PO (mnkr)",
      ovrigaKostnader: "Övriga kostnader (mnkr)",
      skatteunderlag: "Skatteunderlag (mnkr)",
      skattesats: "Skattesats (kr per\u00a0100\u00a0kr)",
      laneskuld: "Låneskuld (mnkr)",
      invanare: "Invånare",
      bistand: "Ekonomiskt bistånd (mnkr)",
      inkomstutjamning: "Inkomstutjämning (mnkr, avgift negativ)",
      skattekraft: "Kommunens skattekraft (kr/inv)",
      medelskattekraft: "Medelskattekraft i riket (kr/inv)",
      lansSkattesats: "Länsvis skattesats, bidrag",
    },
    example:
      "Fälten är ifyllda med exempelkommunens värden (samples/mal-och-budget-2025.xlsx). Byt dem mot er kommuns.",
    waiting: (labels: string) => `Tabellen visas när ${labels} är rättat.`,
    empty: "Fyll i minst ett fält för att se tabellen.",
    /** "A", "A och B", "A, B och C". */
    list: (labels: readonly string[]) => joinList(labels, "och"),
    rowNeeds: (row: string, labels: string, count: number) =>
      `Raden ”${row}” visas när ${labels} är ${count > 1 ? "ifyllda" : "ifyllt"}.`,
    onlyInRow: (label: string, row: string, labels: string, count: number) =>
      `${label} används bara i raden ”${row}”, som visas när ${labels} är ${count > 1 ? "ifyllda" : "ifyllt"}.`,
    perInhabitantTiny: (label: string, typed: string, per: string) =>
      `${label}: ${typed}\u00a0mnkr är bara ${per}\u00a0kr per invånare. Fältet är i mnkr — står beloppet i tkr eller kr?`,
    unwritableTiny: (labels: string) =>
      `Tabellen kan inte skrivas som formel: KOMMUN.KÄNSLIGHETSANALYS i bladet vägrar belopp under 1\u00a0kr per invånare (${labels}). Rätta beloppet eller töm fältet.`,
    effectMnkr: "Effekt (mnkr)",
    write: "Skriv tabellen till ett nytt blad",
    sheet: "Känslighetsanalys",
    note: "Indata i gula celler, belopp i mnkr; tabellen är en KOMMUN.KÄNSLIGHETSANALYS-formel som räknar i kronor och räknar om när indata ändras. Ett fält som var tomt i panelen ger ingen rad.",
    written: "Skrivet till",
    cancelled: "Avbrutet; bladet är oförändrat.",
  },
  en: {
    tab: "Sensitivity",
    title: "Sensitivity table",
    intro:
      "What 1% of pay, 10\u00a0öre of tax or 100\u00a0kr of grant per inhabitant does to the result. Empty field = no row.",
    fields: {
      personalkostnader: "Personnel costs incl. social charges (mnkr)",
      ovrigaKostnader: "Other costs (mnkr)",
      skatteunderlag: "Tax base (mnkr)",
      skattesats: "Tax rate (kr per\u00a0100\u00a0kr)",
      laneskuld: "Loan debt (mnkr)",
      invanare: "Inhabitants",
      bistand: "Financial assistance (mnkr)",
      inkomstutjamning: "Income equalisation (mnkr, charge negative)",
      skattekraft: "Own tax capacity (kr/inh.)",
      medelskattekraft: "National average capacity (kr/inh.)",
      lansSkattesats: "County rate, grant",
    },
    example:
      "The fields hold the sample municipality's figures (samples/mal-och-budget-2025.xlsx). Replace them with your municipality's.",
    waiting: (labels: string) => `The table shows once ${labels} is corrected.`,
    empty: "Fill in at least one field to see the table.",
    /** "A", "A and B", "A, B and C". */
    list: (labels: readonly string[]) => joinList(labels, "and"),
    rowNeeds: (row: string, labels: string, count: number) =>
      `The row "${row}" shows once ${labels} ${count > 1 ? "are" : "is"} filled in.`,
    onlyInRow: (label: string, row: string, labels: string, count: number) =>
      `${label} is used only in the row "${row}", which shows once ${labels} ${count > 1 ? "are" : "is"} filled in.`,
    perInhabitantTiny: (label: string, typed: string, per: string) =>
      `${label}: ${typed}\u00a0mnkr is only ${per}\u00a0kr per inhabitant. The field is in mnkr — is the amount in tkr or kr?`,
    unwritableTiny: (labels: string) =>
      `The table cannot be written as a formula: KOMMUN.SENSITIVITY in the sheet refuses amounts below 1\u00a0kr per inhabitant (${labels}). Correct the amount or empty the field.`,
    effectMnkr: "Effect (mnkr)",
    write: "Write the table to a new sheet",
    sheet: "Sensitivity",
    note: "Inputs in yellow cells, amounts in mnkr; the table is a KOMMUN.SENSITIVITY formula that counts in kronor and recalculates when they change. A field left empty in the pane gives no row.",
    written: "Written to",
    cancelled: "Cancelled; the sheet is unchanged.",
  },
} as const;
