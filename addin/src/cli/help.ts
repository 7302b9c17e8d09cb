import type { Lang } from "../definitions";

const EXIT = {
  sv: `Slutkoder:
  0  allt beräknat
  1  fel vid läsning/skrivning av fil eller nät (filen saknas, är ingen .xlsx, Kolada svarar inte)
  2  användningsfel (okänd flagga, fel antal argument, --ut som finns eller är indatafilen,
     en formel som inte kan tolkas)
  3  beräknat, men minst en cell (eller formeln) är ett fel; felen skrivs ut med meddelande`,
  en: `Exit codes:
  0  all computed
  1  an I/O or runtime failure (file missing or not an .xlsx, Kolada not answering)
  2  a usage error (unknown option, wrong arguments, an --out that exists or is the input,
     a formula that cannot be parsed)
  3  computed, but at least one cell (or the formula) is an error; the errors are printed with their message`,
};

const MAIN = {
  sv: `kommunkalkyl – KOMMUN.*-funktionerna utan Excel

Användning:
  kommunkalkyl formel '<formel>'        beräknar en formel            (alias: formula)
  kommunkalkyl beräkna <fil.xlsx>       beräknar en arbetsbok         (alias: berakna, evaluate)
  kommunkalkyl kolada hämta|kpi|kommun  hämtar nyckeltal ur Kolada
  kommunkalkyl budget --kommun <kod|namn>  skriver en arbetsbok Mål och budget
  kommunkalkyl <kommando> --help        hjälp för ett kommando
  kommunkalkyl --version                versionen

Exempel:
  kommunkalkyl formel '=KOMMUN.NETCOSTFRAME(1000,5,2%)'
  kommunkalkyl formel --sv '=KOMMUN.NETTOKOSTNADSRAM(1000;5;2%)'
  kommunkalkyl beräkna samples/mal-och-budget-2025.xlsx
  kommunkalkyl kolada hämta --kpi N00901 --kommun 0184 --år 2023

${EXIT.sv}

Hjälpen på engelska: kommunkalkyl --help --en.`,
  en: `kommunkalkyl – the KOMMUN.* functions without Excel

Usage:
  kommunkalkyl formula '<formula>'      evaluates one formula        (alias: formel)
  kommunkalkyl evaluate <file.xlsx>     evaluates a workbook          (alias: beräkna, berakna)
  kommunkalkyl kolada fetch|kpi|kommun  fetches key figures from Kolada (hämta = fetch)
  kommunkalkyl budget --kommun <code|name>  writes a budget workbook (Mål och budget)
  kommunkalkyl <command> --help         help for one command
  kommunkalkyl --version                the version

Examples:
  kommunkalkyl formula '=KOMMUN.NETCOSTFRAME(1000,5,2%)'
  kommunkalkyl formula --sv '=KOMMUN.NETTOKOSTNADSRAM(1000;5;2%)'
  kommunkalkyl evaluate samples/mal-och-budget-2025.xlsx
  kommunkalkyl kolada fetch --kpi N00901 --kommun 0184 --år 2023

${EXIT.en}

Help in Swedish: kommunkalkyl --help --sv.`,
};

const FORMEL = {
  sv: `kommunkalkyl formel [flaggor] '<formel>'     (alias: formula)

Beräknar en formel med KOMMUN.*-funktionerna och Excels egna. Engelska funktionsnamn och
, mellan argument, oavsett systemets språk; med --sv svenska namn, ; och decimalkomma.
Talet skrivs som Excels format Allmänt (högst 15 värdesiffror: =0.1+0.2 ger 0.3), ett
spillt område som rader med tabb mellan värdena, ett fel som "#VALUE! <meddelande>" (slutkod 3).
KOLADA läser cachen som "kolada hämta" fyller, precis som beräkna. Formeln räknas som en formel
skriven i dag i Excel 365: matriser räknas och ett matrisresultat spills. Matriskonstanter:
{1,2;3,4} (, mellan kolumner, ; mellan rader); med --sv som i svenskt Excel {1\\2;3\\4}
(\\ mellan kolumner, ; mellan rader). Tal med exponent (1E-6) går bra; en formel som börjar
med - (-PI()) skrivs som den är eller efter --.

Flaggor:
  --sv             svenska: namn, ; och decimalkomma in, svenska meddelanden och decimalkomma ut
  --rå, --raw      talen som JavaScript skriver dem (0.30000000000000004), utan avrundning
  --cache <mapp>   Kolada-cachen (annars KOMMUNKALKYL_CACHE eller ~/.cache/kommunkalkyl/kolada)
  -h, --help       den här hjälpen

Exempel:
  kommunkalkyl formel '=KOMMUN.RESULTREQUIREMENT(1000,2%)'          → 20
  kommunkalkyl formel --sv '=SUMMA(KOMMUN.RESULTATKRAV(1000);0,5)'  → 20,5
  kommunkalkyl formel '=KOMMUN.ALLOCATE({100;100;100},10,,0)'       → 4, 3, 3 på var sin rad
  kommunkalkyl formel '=SUM({1,2}*{3,4})'                           → 11
  kommunkalkyl formel --sv '={1\\2;3\\4}*2'                           → 2 4 / 6 8
  kommunkalkyl formel '=KOMMUN.KOLADA("N00901","0184",2023)'        → värdet ur cachen

${EXIT.sv}`,
  en: `kommunkalkyl formula [options] '<formula>'     (alias: formel)

Evaluates one formula with the KOMMUN.* functions and Excel's own. English function names
and , between arguments whatever the system language; --sv for Swedish names, ; and a
decimal comma. The number prints as Excel's General format shows it (at most 15 significant
digits: =0.1+0.2 gives 0.3), a spilled range as rows of tab-separated values, an error as
"#VALUE! <message>" (exit code 3). KOLADA reads the cache that "kolada fetch" fills, as evaluate does.
The formula computes as one typed today in Excel 365: arrays compute and an array result spills.
Array constants: {1,2;3,4} (, between columns, ; between rows); with --sv as Swedish Excel writes
them, {1\\2;3\\4} (\\ between columns, ; between rows). Numbers with an exponent (1E-6) work; a
formula that starts with - (-PI()) is given as it is or after --.

Options:
  --sv             Swedish: names, ; and decimal comma in; Swedish messages and decimal comma out
  --rå, --raw      numbers as JavaScript prints them (0.30000000000000004), unrounded
  --cache <dir>    the Kolada cache (else KOMMUNKALKYL_CACHE or ~/.cache/kommunkalkyl/kolada)
  -h, --help       this help

Examples:
  kommunkalkyl formula '=KOMMUN.RESULTREQUIREMENT(1000,2%)'          → 20
  kommunkalkyl formula --sv '=SUMMA(KOMMUN.RESULTATKRAV(1000);0,5)'  → 20,5
  kommunkalkyl formula '=KOMMUN.ALLOCATE({100;100;100},10,,0)'       → 4, 3, 3 on separate lines
  kommunkalkyl formula '=SUM({1,2}*{3,4})'                           → 11
  kommunkalkyl formula --sv '={1\\2;3\\4}*2'                           → 2 4 / 6 8
  kommunkalkyl formula '=KOMMUN.KOLADA("N00901","0184",2023)'        → the value from the cache

${EXIT.en}`,
};

const BERAKNA = {
  sv: `kommunkalkyl beräkna [flaggor] <fil.xlsx>     (alias: berakna, evaluate)

Beräknar varje formel i en arbetsbok och skriver varje blad som en tabell, talen genom cellens
talformat ("1 899,0", "1,18 %"), sedan varje felcell som "Blad!B7  #VÄRDEFEL!  <meddelande>".
Språket är svenska när arbetsbokens text är svensk eller systemet är svenskt (LANG=sv_SE…),
annars engelska; --sv och --en bestämmer. KOLADA-celler läses ur cachen (eller värdet som
sparats i filen), aldrig från nätet. Lång text slutar med "…" (hela texten finns i --json).
En cell som inte kan beräknas här (länk till en annan arbetsbok, cirkelreferens, en funktion som
inte beräknas) behåller värdet filen sparade och listas under "Sparade värden" (--json: "[sparade]").

Flaggor:
  --json                   {"<blad>": [[…]], …} med råa värden; felen under nyckeln "[fel]":
                           [{"cell": "Blad!B7", "error": "#VALUE!", "message": "…"}]
  --ut, --out <fil.xlsx>   skriver en kopia med de beräknade värdena; aldrig över indatafilen
  --skriv-över, --overwrite  låter --ut ersätta en fil som finns
  --sv, --en               språk för tal, ord och meddelanden
  --rå, --raw              talen utan talformat, som --json skriver dem
  --cache <mapp>           Kolada-cachen (annars KOMMUNKALKYL_CACHE eller ~/.cache/kommunkalkyl/kolada)
  -h, --help               den här hjälpen

Förlopp skrivs på stderr bara i en terminal och aldrig med --json.

Exempel:
  kommunkalkyl beräkna budget.xlsx
  kommunkalkyl beräkna budget.xlsx --json > budget.json
  kommunkalkyl beräkna budget.xlsx --ut budget-beräknad.xlsx
  kommunkalkyl beräkna budget.xlsx --ut budget-beräknad.xlsx --skriv-över

${EXIT.sv}`,
  en: `kommunkalkyl evaluate [options] <file.xlsx>     (alias: beräkna, berakna)

Evaluates every formula of a workbook and prints each sheet as a table, numbers through each
cell's number format ("1,899.0", "1.18%"), then each error cell as "Sheet!B7  #VALUE!  <message>".
The language is Swedish when the workbook's text is Swedish or the system is (LANG=sv_SE…),
English otherwise; --sv and --en decide. KOLADA cells read the cache (or the value the file
saved), never the network. Long text ends with "…" (the whole text is in --json).
A cell that cannot be computed here (a link to another workbook, a circular reference, a function
not computed) keeps the value the file saved and is listed under "Saved values" (--json: "[sparade]").

Options:
  --json                   {"<sheet>": [[…]], …} with raw values; the errors under the key "[fel]":
                           [{"cell": "Sheet!B7", "error": "#VALUE!", "message": "…"}]
  --out, --ut <file.xlsx>  writes a copy with the computed values; never over the input
  --overwrite, --skriv-över  lets --out replace a file that exists
  --sv, --en               language of numbers, words and messages
  --raw, --rå              numbers without number formats, as --json prints them
  --cache <dir>            the Kolada cache (else KOMMUNKALKYL_CACHE or ~/.cache/kommunkalkyl/kolada)
  -h, --help               this help

Progress goes to stderr only on a terminal, never with --json.

Examples:
  kommunkalkyl evaluate budget.xlsx
  kommunkalkyl evaluate budget.xlsx --json > budget.json
  kommunkalkyl evaluate budget.xlsx --out budget-computed.xlsx
  kommunkalkyl evaluate budget.xlsx --out budget-computed.xlsx --overwrite

${EXIT.en}`,
};

const KOLADA = {
  sv: `kommunkalkyl kolada hämta|kpi|kommun [flaggor]

  hämta   --kpi N00901,N30001 --kommun 0184,Sundbyberg --år 2022-2024 [--kön T]
          hämtar värden till cachen och skriver dem som tabell, --csv eller --json
  kpi <sökord>      söker nyckeltal på titel
  kommun [sökord]   listar kommuner och regioner

Flaggor:
  --csv                       CSV; med --sv för svenskt Excel (; decimalkomma, UTF-8 med BOM),
                              annars RFC 4180 (, punkt, CRLF)
  --csv-dialekt sv|rfc4180    väljer CSV-sorten oavsett --sv (alias --csv-dialect)
  --json                      JSON
  --ut, --out <fil>           skriver till en fil; aldrig över en som finns utan --skriv-över
  --skriv-över, --overwrite   låter --ut ersätta en fil som finns
  --sv, --en                  språk för tabellen och CSV:n
  --cache <mapp>              cachen (annars KOMMUNKALKYL_CACHE eller ~/.cache/kommunkalkyl/kolada)
  -h, --help                  den här hjälpen
KOMMUNKALKYL_KOLADA_URL ändrar Kolada-adressen. Förlopp på stderr bara i en terminal.

Exempel:
  kommunkalkyl kolada hämta --kpi N00901 --kommun 0184 --år 2023
  kommunkalkyl kolada hämta --kpi N00901 --kommun 0184,0183 --år 2022-2024 --csv --sv --ut skatt.csv
  kommunkalkyl kolada kpi nettokostnadsavvikelse

${EXIT.sv}`,
  en: `kommunkalkyl kolada fetch|kpi|kommun [options]     (fetch = hämta)

  fetch   --kpi N00901,N30001 --kommun 0184,Sundbyberg --år 2022-2024 [--kön T]
          fetches values into the cache and prints them as a table, --csv or --json
  kpi <words>       searches key figures by title
  kommun [words]    lists municipalities and regions

Options:
  --csv                       CSV; with --sv for Swedish Excel (; decimal comma, UTF-8 with BOM),
                              otherwise RFC 4180 (, point, CRLF)
  --csv-dialect sv|rfc4180    chooses the CSV kind whatever --sv says (alias --csv-dialekt)
  --json                      JSON
  --out, --ut <file>          writes to a file; never over one that exists without --overwrite
  --overwrite, --skriv-över   lets --out replace a file that exists
  --sv, --en                  language of the table and the CSV
  --cache <dir>               the cache (else KOMMUNKALKYL_CACHE or ~/.cache/kommunkalkyl/kolada)
  -h, --help                  this help
KOMMUNKALKYL_KOLADA_URL changes Kolada's address. Progress on stderr only on a terminal.

Examples:
  kommunkalkyl kolada fetch --kpi N00901 --kommun 0184 --år 2023
  kommunkalkyl kolada fetch --kpi N00901 --kommun 0184,0183 --år 2022-2024 --csv --sv --out tax.csv
  kommunkalkyl kolada kpi nettokostnadsavvikelse

${EXIT.en}`,
};

/** The exit codes of `budget` (API.md §12): what 2 means for this command, not the evaluator's list. */
const BUDGET_EXIT = {
  sv: `Slutkoder:
  0  arbetsboken skriven (och beräkningsbar)
  1  Kolada svarar inte och inget finns i cachen, eller filen kunde inte skrivas
  2  användningsfel: okänd eller tvetydig kommun, felaktigt år, en --ut som finns (fil eller mapp,
     utan --skriv-över), en flagga angiven två gånger; ingen fil skrivs
  3  arbetsboken skriven, men minst en cell är ett fel; cellerna skrivs ut`,
  en: `Exit codes:
  0  the workbook written (and computable)
  1  Kolada not answering and nothing cached, or the file could not be written
  2  a usage error: an unknown or ambiguous municipality, a bad year, an --out that exists (a file
     without --overwrite, or a folder), an option given twice; no file is written
  3  the workbook written, but at least one cell is an error; the cells are printed`,
};

const BUDGET = {
  sv: `kommunkalkyl budget --kommun <kod|namn> [--år <budgetår>] [--ut <fil.xlsx>] [--skriv-över]

Hämtar kommunens nyckeltal ur Kolada (kommunen, dess liknande kommuner och riket; senaste år med värde
för varje nyckeltal) och de medföljande tabellerna (uppräkningsfaktorer, SKR:s prognoser, länsvisa
skattesatser) och skriver arbetsboken Mål och budget för budgetåret och två planår. Skriver ut vad som
hämtades, varifrån, vilket år varje värde gäller, varje antagande och allt som inte kunde hämtas.

Flaggor:
  --kommun <kod|namn>         kommunkod (1265) eller namn (Sjöbo)
  --år <budgetår>             standard nästa kalenderår (alias --ar, --year)
  --ut, --out <fil.xlsx>      standard mal-och-budget-<år>-<kod>.xlsx
  --skriv-över, --overwrite   låter filen ersätta en som finns
  --cache <mapp>              Kolada-cachen (annars KOMMUNKALKYL_CACHE eller ~/.cache/kommunkalkyl/kolada);
                              med cachade värden fungerar kommandot utan nät
  --sv, --en                  språk
KOMMUNKALKYL_KOLADA_URL ändrar Kolada-adressen. Förlopp på stderr bara i en terminal.

Exempel:
  kommunkalkyl budget --kommun 1265
  kommunkalkyl budget --kommun Sjöbo --år 2027 --ut sjobo-2027.xlsx

${BUDGET_EXIT.sv}`,
  en: `kommunkalkyl budget --kommun <code|name> [--year <budget year>] [--out <file.xlsx>] [--overwrite]

Fetches the municipality's key figures from Kolada (the municipality, its similar municipalities and the
country; the latest year with a value for each) and the bundled tables (uplift factors, SKR's forecasts,
county rates) and writes the workbook Mål och budget for the budget year and two plan years. Prints what
was fetched, from where, the year of each value, every assumption and everything that could not be had.

Options:
  --kommun <code|name>        municipality code (1265) or name (Sjöbo) (alias --municipality)
  --year <budget year>        default next calendar year (alias --år)
  --out, --ut <file.xlsx>     default mal-och-budget-<year>-<code>.xlsx
  --overwrite, --skriv-över   lets the file replace one that exists
  --cache <dir>               the Kolada cache (else KOMMUNKALKYL_CACHE or ~/.cache/kommunkalkyl/kolada);
                              with cached values the command works offline
  --sv, --en                  language
KOMMUNKALKYL_KOLADA_URL changes Kolada's address. Progress on stderr only on a terminal.

Examples:
  kommunkalkyl budget --kommun 1265
  kommunkalkyl budget --kommun Sjöbo --year 2027 --out sjobo-2027.xlsx

${BUDGET_EXIT.en}`,
};

export type HelpTopic = "main" | "formel" | "berakna" | "kolada" | "budget";

/** The help of a command in a language. */
export function helpText(topic: HelpTopic, lang: Lang): string {
  const texts = { main: MAIN, formel: FORMEL, berakna: BERAKNA, kolada: KOLADA, budget: BUDGET }[topic];
  return `${texts[lang]}\n`;
}

/** The one-line synopsis printed after a usage error. */
export function synopsis(topic: HelpTopic): string {
  switch (topic) {
    case "formel":
      return "kommunkalkyl formel [--sv] [--rå] [--cache <mapp>] '<formel>'";
    case "berakna":
      return "kommunkalkyl beräkna <fil.xlsx> [--json] [--ut <fil.xlsx> [--skriv-över]] [--sv|--en] [--rå] [--cache <mapp>]";
    case "kolada":
      return "kommunkalkyl kolada hämta --kpi <id> --kommun <kod|namn> --år <år> [--csv|--json] [--ut <fil>]";
    case "budget":
      return "kommunkalkyl budget --kommun <kod|namn> [--år <budgetår>] [--ut <fil.xlsx>] [--skriv-över]";
    default:
      return "kommunkalkyl formel|beräkna|kolada|budget …";
  }
}
