/**
 * `npm start`: shows the sample budget computed by the KOMMUN functions, then
 * serves the add-in (manifest, custom functions, task pane) for Excel.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateRead, readWorkbook } from "../cli/xlsx";
import { renderTable } from "../cli/table";
import { serve } from "./server";

const REPO_ROOT = join(__dirname, "..", "..", "..");

/**
 * The sample budget's Budget sheet as `npm start` prints it: computed by the KOMMUN functions and
 * shown through each cell's number format in Swedish (2,0 %, 1 950,0), as Excel shows it.
 */
export async function sampleBudgetTable(
  sample = join(REPO_ROOT, "samples", "mal-och-budget-2025.xlsx"),
): Promise<string> {
  const read = await readWorkbook(sample);
  const { values, formulaCount } = evaluateRead(read, "sv");
  return (
    `\nMål och budget 2025 med plan 2026–2027 (${formulaCount} formler, beräknade med KOMMUN-funktionerna):\n\n` +
    renderTable(values["Budget"] ?? [], { lang: "sv", formats: read.formats["Budget"] })
  );
}

async function main(): Promise<void> {
  console.log(await sampleBudgetTable());

  const port = Number(process.env.PORT ?? 3000);
  const started = await serve(REPO_ROOT, port);
  console.log("");
  if (!started.secure) {
    console.log(
      `OBS / NOTE: serverar över http eftersom inget localhost-certifikat kunde skapas och betros här (${started.why}); Excel kräver https – kör \`npx office-addin-dev-certs install\` på en dator med sudo. / serving over http because no trusted localhost certificate could be made here; Excel needs https.`,
    );
  }
  console.log(`Kommunkalkyl körs på / runs at ${started.url}`);
  console.log(
    `  Demo utan Excel / demo without Excel: ${started.url}/  (arbetsbok och åtgärdsfönster sida vid sida)`,
  );
  console.log(`  Åtgärdsfönster / task pane:  ${started.url}/taskpane.html`);
  console.log(`  Manifest:                    ${started.url}/manifest.xml  (dist/manifest.xml)`);
  console.log(`  Hjälp / help:                ${started.url}/sv-SE/help.html, ${started.url}/help.html`);
  console.log(
    `  Funktioner / functions:      ${started.url}/functions.json, ${started.url}/sv-SE/functions.json`,
  );
  console.log(
    'Läs in i Excel / sideload in Excel: se README, avsnittet "Läs in tillägget i Excel". Avsluta med Ctrl+C.',
  );
  const built = builtFor(join(REPO_ROOT, "dist", "manifest.xml"));
  if (built && new URL(built).host !== new URL(started.url).host) {
    console.log(
      `OBS / NOTE: dist/manifest.xml pekar på / points at ${built}, inte hit / not here; Excel skulle läsa in tillägget därifrån. Bygg om med / rebuild with: npm run build -- --url https://${new URL(started.url).host}/`,
    );
  }
}

/** The base URL the built manifest loads the add-in from (its task pane's folder), if there is a build. */
function builtFor(manifestPath: string): string | undefined {
  if (!existsSync(manifestPath)) return undefined;
  const m = /<SourceLocation DefaultValue="([^"]+)\/taskpane\.html"/.exec(readFileSync(manifestPath, "utf8"));
  return m ? `${m[1]}/` : undefined;
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`Fel / error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
}
