import {
  DetailedCellError,
  ErrorType,
  HyperFormula,
  type CellValue,
  type SimpleCellAddress,
} from "hyperformula";
import { enGB, svSE } from "hyperformula/i18n/languages";
import { FUNCTIONS, NAMESPACE, type FunctionDef, type Lang } from "../definitions";
import { errorName } from "./format";

/** One error cell as `beräkna` reports it and `--json` lists it under `"[fel]"`. */
export interface ErrorCell {
  /** `Blad!B7`, the sheet quoted as Excel does when it must be (`'Mål och budget'!B7`) */
  cell: string;
  /** the error's English name, `#VALUE!` (stable for programs) */
  error: string;
  /** the error's name in the chosen language, `#VÄRDEFEL!` */
  shown: string;
  message: string;
}

/** Column number (0-based) → letters: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `Blad!B7`, quoting the sheet name as Excel does when it has spaces or other signs. */
export function cellAddress(sheet: string, row: number, col: number): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetters(col)}${row + 1}`;
}

/** Levenshtein distance, case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/**
 * The KOMMUN function whose name (Swedish, English or the id Excel stores) is closest to `name`,
 * written the way the closest spelling is: `KOMMUN.NETTOKOSTNADSRAMM` → `KOMMUN.NETTOKOSTNADSRAM`;
 * `near` when it is probably what was meant (a few letters off, or the start of the name).
 */
export function closestKommunName(name: string): { name: string; near: boolean } {
  const bare = name
    .replace(/^_xldudf_/i, "")
    .replace(new RegExp(`^${NAMESPACE}[._]`, "i"), "")
    .toUpperCase();
  let best = "";
  let bestDistance = Infinity;
  for (const def of FUNCTIONS) {
    for (const candidate of [def.sv.name, def.en.name, def.id]) {
      const d = distance(bare, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
  }
  const prefix = bare.length >= 4 && best.toUpperCase().startsWith(bare);
  return {
    name: `${NAMESPACE}.${best}`,
    near: prefix || bestDistance <= Math.ceil(bare.length / 3),
  };
}

function kommunDef(name: string): FunctionDef | undefined {
  const upper = name.toUpperCase();
  const prefix = `${NAMESPACE}.`;
  if (!upper.startsWith(prefix)) return undefined;
  const bare = upper.slice(prefix.length);
  return FUNCTIONS.find(
    (d) => d.id === bare || d.en.name.toUpperCase() === bare || d.sv.name.toUpperCase() === bare,
  );
}

/** Every call in a formula with its number of arguments, innermost first. */
export function calls(formula: string, separator: string): { name: string; count: number }[] {
  const out: { name: string; count: number }[] = [];
  const stack: { name: string | undefined; count: number; empty: boolean }[] = [];
  let braces = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      // a string or a quoted sheet name: skip to its end ("" and '' are escaped quotes)
      for (i++; i < formula.length; i++) {
        if (formula[i] === ch) {
          if (formula[i + 1] === ch) i++;
          else break;
        }
      }
      if (stack.length) stack[stack.length - 1]!.empty = false;
      continue;
    }
    if (ch === "{") braces++;
    else if (ch === "}") braces--;
    else if (ch === "(") {
      const m = /([\p{L}_][\p{L}\p{N}_.]*)\s*$/u.exec(formula.slice(0, i));
      if (stack.length) stack[stack.length - 1]!.empty = false;
      stack.push({ name: m?.[1], count: 1, empty: true });
      continue;
    } else if (ch === ")") {
      const frame = stack.pop();
      if (frame?.name)
        out.push({ name: frame.name, count: frame.empty && frame.count === 1 ? 0 : frame.count });
      continue;
    } else if (ch === separator && braces === 0 && stack.length) {
      stack[stack.length - 1]!.count++;
      stack[stack.length - 1]!.empty = false;
      continue;
    }
    if (!/\s/.test(ch) && stack.length) stack[stack.length - 1]!.empty = false;
  }
  return out;
}

interface Arity {
  name: string;
  min: number;
  max: number;
  /** the parameters as the help shows them */
  signature?: string;
}

function builtInId(name: string, syntax: Lang): string | undefined {
  const pack = (syntax === "sv" ? svSE : enGB) as { functions: Record<string, string> };
  const upper = name.toUpperCase();
  for (const [id, localized] of Object.entries(pack.functions))
    if (localized.toUpperCase() === upper) return id;
  return HyperFormula.getFunctionPlugin(upper) ? upper : undefined;
}

/** How many arguments a function takes, from the definition table or HyperFormula's own metadata. */
export function arity(name: string, syntax: Lang, lang: Lang): Arity | undefined {
  const def = kommunDef(name);
  if (def) {
    const sep = lang === "sv" ? "; " : ", ";
    return {
      name: `${NAMESPACE}.${def[lang].name}`,
      min: def.params.filter((p) => !p.optional).length,
      max: def.params.length,
      signature: def.params.map((p) => (p.optional ? `[${p[lang].name}]` : p[lang].name)).join(sep),
    };
  }
  const id = builtInId(name, syntax);
  if (!id) return undefined;
  const plugin = HyperFormula.getFunctionPlugin(id) as
    | {
        implementedFunctions: Record<
          string,
          { parameters?: { optionalArg?: boolean; defaultValue?: unknown }[]; repeatLastArgs?: number }
        >;
      }
    | undefined;
  const meta = plugin?.implementedFunctions[id];
  if (!meta) return undefined;
  const params = meta.parameters ?? [];
  const required = params.filter((p) => !p.optionalArg && p.defaultValue === undefined).length;
  const pack = (lang === "sv" ? svSE : enGB) as { functions: Record<string, string> };
  return {
    name: pack.functions[id] ?? id,
    min: required,
    max: meta.repeatLastArgs ? Infinity : params.length,
  };
}

/** "takes 1 to 2 arguments (…), got 4", naming the first call in `formula` with a wrong count. */
export function wrongArgumentCount(
  formula: string,
  syntax: Lang,
  lang: Lang,
): { sv: string; en: string } | undefined {
  for (const call of calls(formula, syntax === "sv" ? ";" : ",")) {
    const a = arity(call.name, syntax, lang);
    if (!a || (call.count >= a.min && call.count <= a.max)) continue;
    const sig = a.signature ? ` (${a.signature})` : "";
    const sv = a.max === Infinity ? `minst ${a.min}` : a.min === a.max ? `${a.min}` : `${a.min}–${a.max}`;
    const en =
      a.max === Infinity
        ? `at least ${a.min} argument${a.min === 1 ? "" : "s"}`
        : a.min === a.max
          ? `${a.min} argument${a.min === 1 ? "" : "s"}`
          : `${a.min} to ${a.max} arguments`;
    return {
      sv: `${a.name} tar ${sv} argument${sig}, fick ${call.count}.`,
      en: `${a.name} takes ${en}${sig}, got ${call.count}.`,
    };
  }
  return undefined;
}

/** Why a formula cannot be parsed, in words, without the parser's tokens. */
export function parseErrorMessage(formula: string, syntax: Lang): { sv: string; en: string } {
  const hints: { sv: string; en: string }[] = [];
  const opens = (formula.match(/\(/g) ?? []).length;
  const closes = (formula.match(/\)/g) ?? []).length;
  if (opens !== closes)
    hints.push({ sv: "parenteserna går inte jämnt upp", en: "the brackets do not match" });
  if (/[+\-*/^&=<>,;]\s*\)?\s*$/.test(formula))
    hints.push({ sv: "formeln slutar med en operator", en: "the formula ends with an operator" });
  const code = formula.replace(/"[^"]*"/g, "");
  if (syntax === "en" && /;/.test(code))
    hints.push({ sv: "; skiljer argument bara med --sv", en: "; separates arguments only with --sv" });
  if (syntax === "sv" && /,/.test(code))
    hints.push({
      sv: "med --sv skiljer ; argumenten och , är decimalkomma",
      en: "with --sv, ; separates arguments and , is the decimal comma",
    });
  if (syntax === "en" && /^=[^(]*\d,\d/.test(code))
    hints.push({
      sv: "skriv 1.5: decimalkomma bara med --sv",
      en: "write 1.5: a decimal comma only with --sv",
    });
  const sv = `Formeln kan inte tolkas: ${formula}${hints.length ? ` (${hints.map((h) => h.sv).join("; ")})` : ""}.`;
  const en = `The formula cannot be parsed: ${formula}${hints.length ? ` (${hints.map((h) => h.en).join("; ")})` : ""}.`;
  return { sv, en };
}

export function isParseError(v: DetailedCellError): boolean {
  return v.type === ErrorType.ERROR && /^Parsing error/i.test(v.message);
}

const GENERIC: Partial<Record<ErrorType, { sv: string; en: string }>> = {
  [ErrorType.DIV_BY_ZERO]: { sv: "Division med noll.", en: "Division by zero." },
  [ErrorType.VALUE]: { sv: "Fel typ av värde.", en: "A value of the wrong type." },
  [ErrorType.NUM]: { sv: "Ogiltigt tal.", en: "An invalid number." },
  [ErrorType.REF]: { sv: "Ogiltig referens.", en: "An invalid reference." },
  [ErrorType.NA]: { sv: "Värdet saknas.", en: "The value is not available." },
  [ErrorType.SPILL]: {
    sv: "Resultatet får inte plats: celler är i vägen.",
    en: "The result cannot spill: cells are in the way.",
  },
};

/**
 * HyperFormula's own messages (its `ErrorMessage` table, English only) that a workbook's
 * everyday formulas meet, in Swedish; any other stays in English.
 */
export const HYPERFORMULA_SV: Readonly<Record<string, string>> = {
  "Division by zero.": "Division med noll.",
  "Value cannot be coerced to number.": "Värdet kan inte läsas som ett tal.",
  "Number argument expected.": "Ett tal väntades som argument.",
  "Wrong type of argument.": "Fel typ av argument.",
  "Value needs to be an integer.": "Värdet måste vara ett heltal.",
  "Value cannot be negative.": "Värdet får inte vara negativt.",
  "Value too small.": "Värdet är för litet.",
  "Value too large.": "Värdet är för stort.",
  "Value not found.": "Värdet hittades inte.",
  "Empty function argument.": "Ett argument är tomt.",
  "Cell range not allowed.": "Ett cellområde är inte tillåtet här.",
  "Cell range expected.": "Ett cellområde väntades.",
  "Range spans more than one sheet.": "Området sträcker sig över mer än ett blad.",
  "Ranges need to be of equal length.": "Områdena måste vara lika långa.",
  "Array dimensions are not compatible.": "Matrisernas storlekar passar inte ihop.",
  "No space for array result.": "Resultatet får inte plats: celler är i vägen.",
  "Index out of bounds.": "Index utanför området.",
  "Sheet does not exist.": "Bladet finns inte.",
  "Address is not correct.": "Adressen är inte korrekt.",
  "Resulting reference is out of the sheet.": "Referensen hamnar utanför bladet.",
  "Invalid date.": "Ogiltigt datum.",
  "Date outside of bounds.": "Datumet ligger utanför det tillåtna.",
  "String does not represent correct DateTime.": "Texten är inget giltigt datum eller klockslag.",
  "NaN or infinite value encountered.": "Ett ogiltigt eller oändligt tal uppstod.",
  "Incorrect criterion.": "Ogiltigt villkor.",
  "Needs at least one value.": "Behöver minst ett värde.",
};

/**
 * The message of one error in the chosen language: calc-core's own messages as they are,
 * HyperFormula's (English) ones in words that say where and what: which function takes how
 * many arguments, which KOMMUN name was meant, what cannot be parsed.
 */
export function explain(v: DetailedCellError, formula: string | undefined, syntax: Lang, lang: Lang): string {
  const pick = (m: { sv: string; en: string }) => m[lang];
  if (isParseError(v)) return pick(parseErrorMessage(formula ?? "", syntax));
  if (v.type === ErrorType.NAME) {
    const m = /^Function name (.+) not recognized\.?$/.exec(v.message);
    if (m) {
      const name = m[1]!;
      const exact = kommunDef(name);
      if (exact) {
        // a name of the other language: HyperFormula knows only the names of the formula's syntax
        const other = syntax === "sv" ? "en" : "sv";
        const own = `${NAMESPACE}.${exact[syntax].name}`;
        return pick(
          other === "sv"
            ? {
                sv: `${name} är det svenska namnet; ge --sv eller skriv ${own}.`,
                en: `${name} is the Swedish name; give --sv or write ${own}.`,
              }
            : {
                sv: `${name} är det engelska namnet; skriv ${own} eller ta bort --sv.`,
                en: `${name} is the English name; write ${own} or leave out --sv.`,
              },
        );
      }
      if (/^(_xldudf_)?KOMMUN[._]/i.test(name)) {
        const best = closestKommunName(name);
        return pick(
          best.near
            ? {
                sv: `Okänd funktion ${name}; menade du ${best.name}?`,
                en: `Unknown function ${name}; did you mean ${best.name}?`,
              }
            : {
                sv: `Okänd funktion ${name}; det närmaste KOMMUN-namnet är ${best.name} (alla står i README).`,
                en: `Unknown function ${name}; the closest KOMMUN name is ${best.name} (all are in the README).`,
              },
        );
      }
      if (NOT_COMPUTED.has(name.toUpperCase())) {
        return pick({
          sv: `${name} är en Excel-funktion som kommunkalkyl inte beräknar (ännu).`,
          en: `${name} is an Excel function kommunkalkyl does not compute (yet).`,
        });
      }
      return pick({ sv: `Okänd funktion ${name}.`, en: `Unknown function ${name}.` });
    }
  }
  if (v.type === ErrorType.NAME) {
    const m = /^Named expression (.+) not recognized\.?$/.exec(v.message);
    if (m) {
      return pick({
        sv: `Namnet ${m[1]} finns inte: inget namngivet område, och en funktion skrivs med parenteser.`,
        en: `The name ${m[1]} does not exist: no named range, and a function is written with brackets.`,
      });
    }
  }
  if (/^Wrong number of arguments/i.test(v.message)) {
    const wrong = formula ? wrongArgumentCount(formula, syntax, lang) : undefined;
    return pick(wrong ?? { sv: "Fel antal argument.", en: "Wrong number of arguments." });
  }
  if (v.message) return lang === "sv" ? (HYPERFORMULA_SV[v.message] ?? v.message) : v.message;
  const generic = GENERIC[v.type];
  return generic ? pick(generic) : "";
}

/**
 * Excel functions the formula engine does not have, named as such rather than "unknown"
 * (English and Swedish names).
 */
const NOT_COMPUTED = new Set([
  "LET",
  "LAMBDA",
  "INDIRECT",
  "INDIREKT",
  "TEXTSPLIT",
  "TEXTDELA",
  "VSTACK",
  "HSTACK",
  "TAKE",
  "DROP",
  "TOCOL",
  "TOROW",
  "CHOOSECOLS",
  "CHOOSEROWS",
  "MAP",
  "REDUCE",
  "SCAN",
  "BYROW",
  "BYCOL",
  "MAKEARRAY",
]);

/** A sheet's cells with the same error value, for finding the cells of a cycle. */
interface Node {
  sheet: number;
  row: number;
  col: number;
}

const key = (n: Node) => `${n.sheet}:${n.row}:${n.col}`;

/**
 * Groups the cells HyperFormula marks `#CYCLE!` into the cycles themselves (strongly connected
 * components of their references, or a cell referring to itself) and the cells that only depend
 * on one; returns for each such cell the addresses of its cycle.
 */
export function cycles(
  hf: HyperFormula,
  cells: Node[],
  address: (n: Node) => string,
): Map<string, { cycle: string[]; member: boolean }> {
  const nodes = new Map(cells.map((c) => [key(c), c]));
  const edges = new Map<string, string[]>();
  for (const c of cells) {
    const out: string[] = [];
    let precedents: (SimpleCellAddress | { start: SimpleCellAddress; end: SimpleCellAddress })[] = [];
    try {
      precedents = hf.getCellPrecedents(c);
    } catch {
      precedents = [];
    }
    for (const p of precedents) {
      if ("start" in p) {
        for (const n of cells) {
          if (
            n.sheet === p.start.sheet &&
            n.row >= p.start.row &&
            n.row <= p.end.row &&
            n.col >= p.start.col &&
            n.col <= p.end.col
          )
            out.push(key(n));
        }
      } else if (nodes.has(key(p))) out.push(key(p));
    }
    edges.set(key(c), out);
  }
  // Tarjan's strongly connected components, iteratively
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, string[]>();
  let counter = 0;
  for (const start of nodes.keys()) {
    if (index.has(start)) continue;
    const work: { v: string; i: number }[] = [{ v: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const next = edges.get(frame.v)!;
      if (frame.i < next.length) {
        const w = next[frame.i++]!;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ v: w, i: 0 });
        } else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]!.v;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.v)!));
      }
      if (low.get(frame.v) === index.get(frame.v)) {
        const members: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          members.push(w);
        } while (w !== frame.v);
        const isCycle = members.length > 1 || edges.get(frame.v)!.includes(frame.v);
        if (isCycle) {
          const sorted = members
            .map((m) => nodes.get(m)!)
            .sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col);
          const names = sorted.map(address);
          for (const m of members) component.set(m, names);
        }
      }
    }
  }
  const result = new Map<string, { cycle: string[]; member: boolean }>();
  for (const k of nodes.keys()) {
    const own = component.get(k);
    if (own) {
      result.set(k, { cycle: own, member: true });
      continue;
    }
    // a cell that depends on a cycle: the first cycle reachable through its references
    const seen = new Set([k]);
    const queue = [k];
    let found: string[] | undefined;
    while (queue.length && !found) {
      for (const w of edges.get(queue.shift()!) ?? []) {
        if (component.has(w)) {
          found = component.get(w);
          break;
        }
        if (!seen.has(w)) {
          seen.add(w);
          queue.push(w);
        }
      }
    }
    if (found) result.set(k, { cycle: found, member: false });
  }
  return result;
}

function list(names: string[], and: string): string {
  const shown = names.length > 8 ? [...names.slice(0, 8), `… (+${names.length - 8})`] : names;
  if (shown.length === 1) return shown[0]!;
  return `${shown.slice(0, -1).join(", ")} ${and} ${shown[shown.length - 1]}`;
}

/** The message of a `#CYCLE!` cell: the cells of its cycle, or of the cycle it depends on. */
export function cycleMessage(info: { cycle: string[]; member: boolean } | undefined, lang: Lang): string {
  if (!info) return lang === "sv" ? "Cirkelreferens." : "Circular reference.";
  const names = info.cycle;
  if (info.member) {
    if (names.length === 1) {
      return lang === "sv"
        ? `Cirkelreferens: ${names[0]} refererar till sig själv.`
        : `Circular reference: ${names[0]} refers to itself.`;
    }
    return lang === "sv"
      ? `Cirkelreferens: ${list(names, "och")} refererar till varandra.`
      : `Circular reference: ${list(names, "and")} refer to each other.`;
  }
  return lang === "sv"
    ? `Beror på cirkelreferensen mellan ${list(names, "och")}.`
    : `Depends on the circular reference between ${list(names, "and")}.`;
}

/**
 * Every error cell of an evaluated workbook, in sheet order, row by row, with its message.
 * `hf` must still be alive (the formulas and references are read from it).
 */
export function collectErrors(
  hf: HyperFormula,
  values: Record<string, CellValue[][]>,
  lang: Lang,
  syntax: Lang = "en",
  formulaText?: (sheet: number, row: number, col: number) => string | undefined,
): ErrorCell[] {
  const found: { node: Node; name: string; v: DetailedCellError }[] = [];
  for (const [name, rows] of Object.entries(values)) {
    const sheet = hf.getSheetId(name);
    if (sheet === undefined) continue;
    rows.forEach((r, row) =>
      r.forEach((v, col) => {
        if (v instanceof DetailedCellError) found.push({ node: { sheet, row, col }, name, v });
      }),
    );
  }
  const address = (n: Node) => cellAddress(hf.getSheetName(n.sheet) ?? String(n.sheet), n.row, n.col);
  const cycleCells = found.filter((f) => f.v.type === ErrorType.CYCLE).map((f) => f.node);
  const cycleInfo = cycleCells.length ? cycles(hf, cycleCells, address) : new Map();
  return found.map(({ node, name, v }) => {
    let message: string;
    if (v.type === ErrorType.CYCLE) message = cycleMessage(cycleInfo.get(key(node)), lang);
    else {
      let formula = formulaText?.(node.sheet, node.row, node.col);
      if (formula === undefined) {
        try {
          formula = hf.getCellFormula(node);
        } catch {
          formula = undefined;
        }
      }
      message = explain(v, formula, syntax, lang);
    }
    return {
      cell: cellAddress(name, node.row, node.col),
      error: errorName(v.type, "en"),
      shown: errorName(v.type, lang),
      message,
    };
  });
}
