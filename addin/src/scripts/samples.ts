/** Builds the sample workbooks under samples/ (`npm run samples`). */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { actionPlanWorkbook } from "../samples/actionplan";
import { allocationWorkbook } from "../samples/allocation";
import { budgetWorkbook } from "../samples/budget";
import { followupWorkbook } from "../samples/followup";
import { taxScenarioWorkbook } from "../samples/taxScenario";
import { benchmarkWorkbook, consequenceWorkbook, pricingWorkbook } from "../samples/benchmarkSamples";
import { readdirSync, readFileSync } from "node:fs";
import { KoladaLookup, setKoladaLookup } from "../kolada/lookup";
import { parseDataPage } from "../kolada/client";
import { writeWorkbook, type WorkbookSpec } from "../samples/model";
import { revenueWorkbook } from "../samples/revenue";
import { investmentWorkbook } from "../samples/investment";

export const SAMPLES_DIR = join(__dirname, "..", "..", "..", "samples");

/** Every sample: file name → workbook. */
export const SAMPLES: Record<string, () => WorkbookSpec> = {
  "mal-och-budget-2025.xlsx": budgetWorkbook,
  "manadsuppfoljning-2025.xlsx": followupWorkbook,
  "skatt-eller-effektivisering.xlsx": () => taxScenarioWorkbook(join(SAMPLES_DIR, "data")),
  "jamforelse-ifo.xlsx": benchmarkWorkbook,
  "internpris.xlsx": pricingWorkbook,
  "konsekvensanalys.xlsx": consequenceWorkbook,
  "skatter-och-bidrag.xlsx": revenueWorkbook,
  "investeringsbudget.xlsx": investmentWorkbook,
  "atgardsplan.xlsx": actionPlanWorkbook,
  "resursfordelning.xlsx": allocationWorkbook,
};

/** The recorded Kolada fixtures: the values the samples' KOLADA cells are computed (and saved) with. */
export function fixtureLookup(): KoladaLookup {
  const dir = join(__dirname, "..", "..", "..", "test", "fixtures", "kolada");
  const lookup = new KoladaLookup();
  for (const file of readdirSync(dir).filter((f) => f.startsWith("data-") && f.endsWith(".json"))) {
    lookup.addValues(parseDataPage(JSON.parse(readFileSync(join(dir, file), "utf8"))).values);
  }
  const municipalities = JSON.parse(readFileSync(join(dir, "municipality.json"), "utf8")) as {
    values: { id: string; title: string; type: string }[];
  };
  lookup.addMunicipalities(municipalities.values);
  return lookup;
}

export async function buildSamples(dir = SAMPLES_DIR): Promise<string[]> {
  setKoladaLookup(fixtureLookup());
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
