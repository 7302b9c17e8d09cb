import {
  effektiviseringsbehov,
  skatteekvivalent,
  skattehojningFor,
  skatteintakt,
  skattekostnadPerPerson,
  skattekrona,
} from "@kommunkalkyl/calc-core";
import { n, scalar } from "./excel";
import { param } from "./params";
import type { FunctionDef } from "./types";

const skatteunderlag = param(
  "skatteunderlag",
  "number",
  "money",
  [
    "skatteunderlag",
    "Budgetårets uppräknade skatteunderlag: SCB:s skatteunderlag år t−2 × uppräkningsfaktorerna (KOMMUN.UPPRÄKNATSKATTEUNDERLAG), samma enhet som beloppet.",
  ],
  [
    "tax_base",
    "The uplifted tax base of the budget year: SCB's tax base of year t−2 × the uplift factors (KOMMUN.UPLIFTEDTAXBASE), same unit as the amount.",
  ],
);
const belopp = param(
  "belopp",
  "number",
  "money",
  ["belopp", "Beloppet som ska finansieras eller sparas."],
  ["amount", "The amount to finance or save."],
);

export const TAX: FunctionDef[] = [
  {
    id: "TAXREVENUE",
    sv: { name: "SKATTEINTÄKT", description: "Skatteintäkten av ett skatteunderlag vid en skattesats." },
    en: { name: "TAXREVENUE", description: "The tax revenue of a tax base at a tax rate." },
    area: "tax",
    calcCore: "skatteintakt",
    params: [
      skatteunderlag,
      param(
        "skattesats",
        "number",
        "taxRate",
        ["skattesats", "Kommunal skattesats i kronor per 100 kr, t.ex. 21,37."],
        ["tax_rate", "Municipal tax rate in kronor per 100 kr, e.g. 21.37."],
        { wrongUnit: 0.2137 },
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.TAXREVENUE(6900,21.5)", value: "1483.5" },
    invoke: ([u, s]) => skatteintakt(n(scalar(u, "skatteunderlag")), n(scalar(s, "skattesats"))),
  },
  {
    id: "TAXKRONA",
    sv: { name: "SKATTEKRONA", description: "Vad en krona på skattesatsen är värd: skatteunderlaget / 100." },
    en: { name: "TAXKRONA", description: "What one krona on the tax rate is worth: the tax base / 100." },
    area: "tax",
    calcCore: "skattekrona",
    params: [skatteunderlag],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.TAXKRONA(6900)", value: "69" },
    invoke: ([u]) => skattekrona(n(scalar(u, "skatteunderlag"))),
  },
  {
    id: "TAXRAISEFOR",
    sv: {
      name: "SKATTEHÖJNING",
      description: "Skattehöjningen (kr per 100 kr) som ger beloppet, avrundad uppåt till helt öre.",
    },
    en: {
      name: "TAXRAISEFOR",
      description: "The tax raise (kr per 100 kr) that brings in the amount, rounded up to a whole öre.",
    },
    area: "tax",
    calcCore: "skattehojningFor",
    params: [belopp, skatteunderlag],
    result: "number",
    resultUnit: "taxChange",
    example: { formula: "=KOMMUN.TAXRAISEFOR(700000,1000000000)", value: "0.07" },
    invoke: ([b, u]) => skattehojningFor(n(scalar(b, "belopp")), n(scalar(u, "skatteunderlag"))),
  },
  {
    id: "TAXEQUIVALENT",
    sv: {
      name: "SKATTEEKVIVALENT",
      description: "Vad ett belopp motsvarar i skattesats (kr per 100 kr), oavrundat.",
    },
    en: {
      name: "TAXEQUIVALENT",
      description: "What an amount is worth in tax rate (kr per 100 kr), unrounded.",
    },
    area: "tax",
    calcCore: "skatteekvivalent",
    params: [belopp, skatteunderlag],
    result: "number",
    resultUnit: "taxChange",
    example: { formula: "=KOMMUN.TAXEQUIVALENT(6.9,6900)", value: "0.1" },
    invoke: ([b, u]) => skatteekvivalent(n(scalar(b, "belopp")), n(scalar(u, "skatteunderlag"))),
  },
  {
    id: "TAXCOSTPERPERSON",
    sv: {
      name: "SKATTEKOSTNAD",
      description:
        "Vad en ändring av skattesatsen kostar en skattebetalare per år, brutto före jobbskatteavdrag (kr).",
    },
    en: {
      name: "TAXCOSTPERPERSON",
      description:
        "What a tax-rate change costs one taxpayer a year, gross (brutto) before the jobbskatteavdrag (kr).",
    },
    area: "tax",
    calcCore: "skattekostnadPerPerson",
    params: [
      param(
        "andring",
        "number",
        "taxChange",
        ["ändring", "Ändringen i kronor per 100 kr; 25 öre skrivs 0,25."],
        ["change", "The change in kronor per 100 kr; 25 öre is 0.25."],
        { wrongUnit: 25 },
      ),
      param(
        "beskattningsbarInkomst",
        "number",
        "money",
        ["beskattningsbar_inkomst", "Den beskattningsbara inkomsten per år (kr)."],
        ["taxable_income", "The taxable income a year (kr)."],
      ),
    ],
    result: "number",
    resultUnit: "money",
    example: { formula: "=KOMMUN.TAXCOSTPERPERSON(0.37,320000)", value: "1184" },
    invoke: ([a, i]) =>
      skattekostnadPerPerson(n(scalar(a, "andring")), n(scalar(i, "beskattningsbarInkomst"))),
  },
  {
    id: "EFFICIENCYNEEDED",
    sv: {
      name: "EFFEKTIVISERINGSBEHOV",
      description:
        "Hur mycket effektivare verksamheten måste bli för att stänga gapet, som andel av nettokostnaden.",
    },
    en: {
      name: "EFFICIENCYNEEDED",
      description: "How much more efficient operations must become to close the gap, as a share of net cost.",
    },
    area: "tax",
    calcCore: "effektiviseringsbehov",
    params: [
      param("gap", "number", "money", ["gap", "Gapet att stänga."], ["gap", "The gap to close."]),
      param(
        "nettokostnad",
        "number",
        "money",
        ["nettokostnad", "Verksamhetens nettokostnad, samma enhet."],
        ["net_cost", "The net cost of operations, same unit."],
      ),
    ],
    result: "number",
    resultUnit: "share",
    example: { formula: "=KOMMUN.EFFICIENCYNEEDED(25,1000)", value: "0.025" },
    invoke: ([g, c]) => effektiviseringsbehov(n(scalar(g, "gap")), n(scalar(c, "nettokostnad"))),
  },
];
