/**
 * The build step that turns the one definition table into everything derived
 * from it: Excel's custom-functions metadata per locale and the README table.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { customFunctionsMetadata, LOCALES, withFunctionTable, type Locale } from "../definitions/metadata";
import { readWorkbook } from "../cli/xlsx";
import { SAMPLES } from "./samples";
import { baseUrl, BaseUrlError, buildSite } from "./site";

export const REPO_ROOT = join(__dirname, "..", "..", "..");

export function metadataPath(locale: Locale): string {
  return join(REPO_ROOT, "manifests", `functions.${locale}.json`);
}

/** The sample workbooks as the browser demo loads them (raw contents, English formulas), into dist/web. */
export async function generateDemoData(): Promise<string> {
  const books = [];
  for (const [file, make] of Object.entries(SAMPLES)) {
    const { sheets, formats, workbook } = await readWorkbook(join(REPO_ROOT, "samples", file));
    // the workbook's defined names (name → reference), for the demo's "Hämta från namngivna områden"
    const names = Object.fromEntries(
      (workbook.definedNames.model as { name: string; ranges: string[] }[])
        .filter((n) => n.ranges.length === 1)
        .map((n) => [n.name, n.ranges[0]!]),
    );
    books.push({ file, book: { title: make().title, sheets, formats, names } });
  }
  const path = join(REPO_ROOT, "addin", "dist", "web", "demo-data.json");
  mkdirSync(join(REPO_ROOT, "addin", "dist", "web"), { recursive: true });
  writeFileSync(path, JSON.stringify(books));
  return path;
}

export function generate(): string[] {
  const written: string[] = [];
  mkdirSync(join(REPO_ROOT, "manifests"), { recursive: true });
  for (const locale of Object.keys(LOCALES) as Locale[]) {
    const path = metadataPath(locale);
    writeFileSync(path, JSON.stringify(customFunctionsMetadata(locale), null, 2) + "\n");
    written.push(path);
  }
  const readmePath = join(REPO_ROOT, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const next = withFunctionTable(readme);
  if (next !== readme) {
    writeFileSync(readmePath, next);
    written.push(readmePath);
  }
  return written;
}

async function main(): Promise<void> {
  let base: string;
  try {
    base = baseUrl(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof BaseUrlError)) throw e;
    console.error(e.message);
    process.exitCode = 2;
    return;
  }
  for (const path of generate()) console.log(`genererade / generated ${path}`);
  console.log(`genererade / generated ${await generateDemoData()}`);
  const out = join(REPO_ROOT, "dist");
  const files = buildSite(REPO_ROOT, base, out);
  console.log(
    `webbplatsen för / the site for ${base}: ${out} (${files.length} filer / files + webpack's output; manifest: ${join(out, "manifest.xml")})`,
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
