/** The panel's own texts (i18n.ts is shared; the integrator may move them there). */
export const SENSITIVITY_TEXTS = {
  sv: {
    tab: "Känslighet",
    title: "Känslighetsanalys",
    intro:
      "Vad 1 % lön, 10 öre skatt eller 100 kr statsbidrag per invånare gör med resultatet. Tomt fält = ingen rad.",
    fields: {
      personalkostnader: "Personalkostnader inkl. PO (mnkr)",
      ovrigaKostnader: "Övriga kostnader (mnkr)",
      skatteunderlag: "Skatteunderlag (mnkr)",
      skattesats: "Skattesats (kr per 100 kr)",
      laneskuld: "Låneskuld (mnkr)",
      invanare: "Invånare",
      bistand: "Ekonomiskt bistånd (mnkr)",
    },
    empty: "Fyll i minst ett fält för att se tabellen.",
    effectMnkr: "Effekt (mnkr)",
    write: "Skriv tabellen till ett nytt blad",
    sheet: "Känslighetsanalys",
    note: "Indata i kronor; tabellen är en KOMMUN.KÄNSLIGHETSANALYS-formel som räknar om när indata ändras.",
    written: "Skrivet till",
    cancelled: "Avbrutet; bladet är oförändrat.",
  },
  en: {
    tab: "Sensitivity",
    title: "Sensitivity table",
    intro:
      "What 1 % of pay, 10 öre of tax or 100 kr of grant per inhabitant does to the result. Empty field = no row.",
    fields: {
      personalkostnader: "Personnel costs incl. social charges (mnkr)",
      ovrigaKostnader: "Other costs (mnkr)",
      skatteunderlag: "Tax base (mnkr)",
      skattesats: "Tax rate (kr per 100 kr)",
      laneskuld: "Loan debt (mnkr)",
      invanare: "Inhabitants",
      bistand: "Financial assistance (mnkr)",
    },
    empty: "Fill in at least one field to see the table.",
    effectMnkr: "Effect (mnkr)",
    write: "Write the table to a new sheet",
    sheet: "Sensitivity",
    note: "Inputs in kronor; the table is a KOMMUN.SENSITIVITY formula that recalculates when they change.",
    written: "Written to",
    cancelled: "Cancelled; the sheet is unchanged.",
  },
} as const;
