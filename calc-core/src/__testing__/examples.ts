/**
 * The worked examples in calc-core's TSDoc, read from the sources (format in
 * examples.test.ts). Used to run them and to derive bad-input cases from them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export interface Example {
  file: string;
  code: string;
  expected: string;
}

/** calc-core/src */
export const SRC = join(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "__testing__" ? [] : sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The lines of each `@example` block of a file, without the comment's `*`. */
function exampleBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let block: string[] | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/^\s*\/?\*+\s?/, "");
    const ended = /\*\//.test(raw);
    if (/(^|\s)@example\b/.test(line)) {
      block = [];
      blocks.push(block);
      const rest = line.replace(/^.*@example\s*/, "").replace(/\*\/.*$/, "");
      if (rest.trim()) block.push(rest);
    } else if (block && (/^@\w/.test(line) || (ended && raw.trim() === "*/"))) {
      block = undefined;
    } else if (block) {
      block.push(line.replace(/\*\/.*$/, ""));
    }
    if (ended) block = undefined;
  }
  return blocks;
}

function examplesOf(file: string): Example[] {
  const examples: Example[] = [];
  for (const lines of exampleBlocks(readFileSync(file, "utf8"))) {
    let code = "";
    let found = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const arrow = line.indexOf("// →");
      if (arrow >= 0) {
        code += " " + line.slice(0, arrow);
        let expected = line.slice(arrow + 4);
        // an expected value continued on the next comment lines
        while (i + 1 < lines.length && /^\s*\/\/\s{2,}/.test(lines[i + 1]!)) {
          expected += " " + lines[++i]!.replace(/^\s*\/\//, "");
        }
        examples.push({ file: relative(SRC, file), code: code.trim(), expected: expected.trim() });
        found++;
        code = "";
      } else if (!/^\s*\/\//.test(line)) {
        code += " " + line;
      }
    }
    // a fenced block is a usage snippet (how to catch an error, say), not a claimed result
    if (found === 0 && !lines.some((l) => l.trim().startsWith("```"))) {
      throw new Error(`${relative(SRC, file)}: an @example without a "// →" result: ${lines.join(" / ")}`);
    }
  }
  return examples;
}

/** The index of the bracket that closes the one at `open` (any of `()[]{}`, nested). */
export function closingBracket(text: string, open: number): number {
  let depth = 0;
  let i = open;
  for (; i < text.length; i++) {
    if ("([{".includes(text[i]!)) depth++;
    if (")]}".includes(text[i]!) && --depth === 0) break;
  }
  return i;
}

/** The expected value as written: cuts the explaining comment and reads `…` as "and more". */
export function parseExpected(text: string): unknown {
  // a literal ends at its closing bracket, anything else at the comment in parentheses or "≈ …"
  const literal = /^[[{]/.test(text)
    ? text.slice(0, closingBracket(text, 0) + 1)
    : text.split(/\s+\(|\s+≈/)[0]!.trim();
  const js = literal
    .replace(/,?\s*…\s*(?=[}\]])/g, ", __more: true ")
    .replace(/(-?\d+(?:\.\d+)?)…/g, '{ __startsWith: "$1" }')
    .replace(/\[\s*,/g, "[");
  return new Function(`return (${js});`)() as unknown;
}

/** Every example of every calc-core source file, in file order. */
export const examples: readonly Example[] = sourceFiles(SRC).flatMap(examplesOf);
