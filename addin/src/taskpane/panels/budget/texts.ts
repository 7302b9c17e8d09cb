/** The *Ny budget* panel's words, Swedish first (a small module: the shell names the tab without the panel). */
export const BUDGET_TEXTS = {
  sv: {
    tab: "Ny budget",
    title: "Ny budget för en kommun",
    intro:
      "Bygger arbetsboken Mål och budget (budgetår och två planår) ur kommunens siffror i Kolada: sju blad med indata i gula celler och källan bredvid, och levande KOMMUN-formler för resultatkrav, nettokostnadsram, budgetgap, balanskrav och känslighet.",
    municipality: "Kommun (kod eller namn)",
    municipalityHint: "Till exempel 1265 eller Sjöbo",
    budgetYear: "Budgetår",
    demoSource:
      "I demon byggs arbetsboken av exempeldata: Exempelkommun (kod 9901, påhittade siffror), inte av Kolada.",
    demoMunicipality: "Exempelkommun (9901, syntetiska siffror)",
    excelSource:
      "Når panelen inte Kolada (nätet, eller Koladas API tillåter inte anrop från tilläggets sida, CORS), kör kommandot nedan; det hämtar siffrorna, skriver arbetsboken med namngivna celler och listar allt som saknas. Öppna sedan filen i Excel.",
    command: "Kommandot",
    fetchWrite: "Hämta från Kolada och skriv",
    fetching: "Hämtar från Kolada …",
    unreachable: (why: string) =>
      `Kolada gick inte att nå från Excel (${why}). Webbläsaren i Excel kan stoppa anropet om Koladas API inte tillåter anrop från tilläggets sida (CORS). Kör kommandot nedan i stället.`,
    koladaFailed: (why: string) => `Kolada svarade med ett fel: ${why}`,
    willFetch: (n: number, t: number) => `Det här hämtas: ${n} nyckeltal ur Kolada och ${t} tabeller`,
    tables: "Tabeller (SFS och SKR)",
    tableNames: [
      "Uppräkningsfaktorer för skatteunderlaget (förordningarna om uppräkningsfaktorer, SFS)",
      "SKR:s prognos för skatteunderlagets ökning (cirkuläret Budgetförutsättningar)",
      "SKR:s prisindex för kommunal verksamhet (PKV)",
      "Länsvis skattesats för inkomstutjämningen (förordning (2004:881))",
    ],
    peers: "Samma nyckeltal för kommunens liknande kommuner (Kolada) och riket (0000)",
    sheets: "Bladen",
    write: "Skriv arbetsboken (sju nya blad)",
    writing: "Skriver …",
    newSheetsNote:
      "Bladen läggs till som nya blad; inget befintligt blad skrivs över. Finns ett blad med samma namn får det nya bladet ett nummer, och formlerna pekar på de nya bladen.",
    written: (sheets: string) => `Skrivet till bladen ${sheets}.`,
    withErrors: (cells: string) =>
      `Några celler visar fel efter skrivningen: ${cells}. #NAMN? betyder att Excel inte känner igen funktionen: är tillägget Kommunkalkyl inläst?`,
    named: (n: number, names: string) => `${n} namn: ${names}.`,
    namesFailed: (why: string) => `Inga definierade namn skrevs: ${why}`,
    kept: (names: string[]) =>
      names.length === 1
        ? `Namnet ${names[0]} finns redan i arbetsboken och pekar på en annan cell. Det har inte ändrats. Ersätt det med budgetens cell?`
        : `Namnen ${names.join(", ")} finns redan i arbetsboken och pekar på andra celler. De har inte ändrats. Ersätt dem med budgetens celler?`,
    replaceNames: "Ersätt namnen",
    keepNames: "Behåll mina namn",
    replaced: (names: string[]) =>
      names.length === 1
        ? `Namnet ${names[0]} pekar nu på budgetens cell.`
        : `Namnen ${names.join(", ")} pekar nu på budgetens celler.`,
    keptDone: "Dina namn är kvar som de var; formler i budgeten använder cellreferenser, inte namnen.",
    // an empty field is asked for, not quoted as "" (issue 23, s8 finding 11d)
    badYear: (v: string) =>
      v.trim() === ""
        ? "Fyll i budgetåret, till exempel 2027."
        : `Budgetåret ”${v}” ska vara ett årtal 2000–2100, till exempel 2027.`,
    noMunicipality: "Fyll i en kommunkod eller ett kommunnamn.",
  },
  en: {
    tab: "New budget",
    title: "New budget for a municipality",
    intro:
      "Builds the workbook Goals and budget (budget year and two plan years) from the municipality's figures in Kolada: seven sheets with inputs in yellow cells and their source beside them, and live KOMMUN formulas for the result requirement, net-cost frame, budget gap, balance requirement and sensitivity.",
    municipality: "Municipality (code or name)",
    municipalityHint: "For example 1265 or Sjöbo",
    budgetYear: "Budget year",
    demoSource:
      "In the demo the workbook is built from sample data: Exempelkommun (code 9901, invented figures), not from Kolada.",
    demoMunicipality: "Exempelkommun (9901, synthetic figures)",
    excelSource:
      "If the pane cannot reach Kolada (the network, or Kolada's API does not allow requests from the add-in's page, CORS), run the command below; it fetches the figures, writes the workbook with named cells and lists everything missing. Then open the file in Excel.",
    command: "The command",
    fetchWrite: "Fetch from Kolada and write",
    fetching: "Fetching from Kolada …",
    unreachable: (why: string) =>
      `Kolada could not be reached from Excel (${why}). Excel's browser may stop the request if Kolada's API does not allow requests from the add-in's page (CORS). Run the command below instead.`,
    koladaFailed: (why: string) => `Kolada answered with an error: ${why}`,
    willFetch: (n: number, t: number) => `What is fetched: ${n} Kolada KPIs and ${t} tables`,
    tables: "Tables (SFS and SKR)",
    tableNames: [
      "Uplift factors of the tax base (the ordinances on uplift factors, SFS)",
      "SKR's forecast growth of the tax base (the circular Budgetförutsättningar)",
      "SKR's price index for municipal activities (PKV)",
      "County rate for the income equalisation (ordinance (2004:881))",
    ],
    peers: "The same KPIs for the municipality's similar municipalities (Kolada) and the country (0000)",
    sheets: "The sheets",
    write: "Write the workbook (seven new sheets)",
    writing: "Writing …",
    newSheetsNote:
      "The sheets are added as new sheets; no existing sheet is overwritten. Where a sheet of the same name exists the new one gets a number, and the formulas point to the new sheets.",
    written: (sheets: string) => `Written to the sheets ${sheets}.`,
    withErrors: (cells: string) =>
      `Some cells show errors after writing: ${cells}. #NAME? means Excel does not know the function: is the Kommunkalkyl add-in loaded?`,
    named: (n: number, names: string) => `${n} names: ${names}.`,
    namesFailed: (why: string) => `No defined names were written: ${why}`,
    kept: (names: string[]) =>
      names.length === 1
        ? `The name ${names[0]} already exists in the workbook and refers to another cell. It was not changed. Replace it with the budget's cell?`
        : `The names ${names.join(", ")} already exist in the workbook and refer to other cells. They were not changed. Replace them with the budget's cells?`,
    replaceNames: "Replace the names",
    keepNames: "Keep my names",
    replaced: (names: string[]) =>
      names.length === 1
        ? `The name ${names[0]} now refers to the budget's cell.`
        : `The names ${names.join(", ")} now refer to the budget's cells.`,
    keptDone: "Your names are as they were; the budget's formulas use cell references, not the names.",
    badYear: (v: string) =>
      v.trim() === ""
        ? "Fill in the budget year, for example 2027."
        : `The budget year "${v}" should be a year 2000–2100, for example 2027.`,
    noMunicipality: "Enter a municipality code or name.",
  },
};
