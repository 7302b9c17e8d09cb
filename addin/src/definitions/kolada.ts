import { KommunError } from "@kommunkalkyl/calc-core";
import { koladaLookup } from "../kolada/lookup";
import { n, optional, scalar } from "./excel";
import { param } from "./params";
import type { ExcelScalar, FunctionDef } from "./types";

function text(v: ExcelScalar, name: string): string {
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number" && Number.isInteger(v)) return String(v);
  throw new KommunError(
    "value",
    `Argumentet ${name} ska vara en text, t.ex. "N30001" eller "0184".`,
    `Argument ${name} must be text, e.g. "N30001" or "0184".`,
    name,
  );
}

/** Reads KOLADA's arguments; shared by the synchronous lookup and Excel's async function. */
export function koladaArgs(args: readonly unknown[]): {
  kpi: string;
  kommun: string;
  ar: number;
  kon: string;
} {
  const [k, m, a, g] = args as ExcelScalar[][] | ExcelScalar[];
  const kpi = text(scalar(k as ExcelScalar, "kpi"), "kpi").toUpperCase();
  if (!/^[A-Z]\d{5}$/.test(kpi)) {
    throw new KommunError(
      "value",
      `"${kpi}" är inget Kolada-nyckeltal (som "N30001").`,
      `"${kpi}" is not a Kolada KPI id (like "N30001").`,
      "kpi",
    );
  }
  const kommun = text(scalar(m as ExcelScalar, "kommun"), "kommun");
  const ar = n(scalar(a as ExcelScalar, "ar"));
  if (typeof ar !== "number" || !Number.isInteger(ar) || ar < 1990 || ar > 2100) {
    throw new KommunError(
      "value",
      "Argumentet år ska vara ett årtal, t.ex. 2024.",
      "Argument year must be a year, e.g. 2024.",
      "ar",
    );
  }
  const genderRaw = optional(g as ExcelScalar, "kon");
  const kon = genderRaw === undefined ? "T" : text(genderRaw, "kon").toUpperCase();
  if (!["T", "K", "M"].includes(kon)) {
    throw new KommunError(
      "value",
      'Kön ska vara "T" (totalt), "K" eller "M".',
      'Gender must be "T" (total), "K" or "M".',
      "kon",
    );
  }
  return { kpi, kommun, ar, kon };
}

export const KOLADA: FunctionDef[] = [
  {
    id: "KOLADA",
    sv: {
      name: "KOLADA",
      description: "Ett värde ur Kolada (RKA): nyckeltal, kommun (kod eller namn), år, [kön].",
    },
    en: {
      name: "KOLADA",
      description: "One value from Kolada (RKA): KPI, municipality (code or name), year, [gender].",
    },
    area: "benchmark",
    calcCore: "– (add-in: Kolada client)",
    params: [
      param(
        "kpi",
        "text",
        "word",
        ["nyckeltal", 'Kolada-id, t.ex. "N30001".'],
        ["kpi", 'Kolada id, e.g. "N30001".'],
      ),
      param(
        "kommun",
        "text",
        "word",
        ["kommun", 'Kod ("0184") eller namn ("Solna").'],
        ["municipality", 'Code ("0184") or name ("Solna").'],
      ),
      param("ar", "number", "year", ["år", "Året, t.ex. 2024."], ["year", "The year, e.g. 2024."]),
      param(
        "kon",
        "text",
        "word",
        ["kön", '"T" (standard), "K" eller "M".'],
        ["gender", '"T" (default), "K" or "M".'],
        { optional: true, default: "T" },
      ),
    ],
    result: "number",
    resultUnit: "kpi",
    async: true,
    example: { formula: '=KOMMUN.KOLADA("N30001","0184",2024)', value: "-56.4" },
    invoke: (args, _lang, context) => {
      const a = koladaArgs(args);
      return koladaLookup().get(a.kpi, a.kommun, a.ar, a.kon, context?.cell);
    },
  },
];
