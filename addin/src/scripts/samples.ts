/** Builds the sample workbooks under samples/ (`npm run samples`). */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { budgetWorkbook } from "../samples/budget";
import { followupWorkbook } from "../samples/followup";
import { taxScenarioWorkbook } from "../samples/taxScenario";
import { writeWorkbook, type WorkbookSpec } from "../samples/model";

export const SAMPLES_DIR = join(__dirname, "..", "..", "..", "samples");

/** Every sample: file name → workbook. */
export const SAMPLES: Record<string, () => WorkbookSpec> = {
  "mal-och-budget-2025.xlsx": budgetWorkbook,
  "manadsuppfoljning-2025.xlsx": followupWorkbook,
  "skatt-eller-effektivisering.xlsx": () => taxScenarioWorkbook(join(SAMPLES_DIR, "data")),
};

export async function buildSamples(dir = SAMPLES_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [file, make] of Object.entries(SAMPLES)) {
    const path = join(dir, file);
    await writeWorkbook(make(), path);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  buildSamples().then(
    (paths) => paths.forEach((p) => console.log(`byggde / built ${p}`)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
