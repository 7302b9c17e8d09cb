import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUNDLED_TABLES } from "../../addin/src/budget/bundledTables";
import { bundledFigures } from "../../addin/src/budget/fetch";

const DATA = join(__dirname, "..", "..", "samples", "data");

describe("the bundled tables in the pane's bundle", () => {
  it("are the CSVs of samples/data word for word (else: node addin/scripts/budget-tables.cjs)", () => {
    expect(BUNDLED_TABLES.upprakningsfaktorer).toBe(
      readFileSync(join(DATA, "upprakningsfaktorer.csv"), "utf8"),
    );
    expect(BUNDLED_TABLES.skatteunderlagsprognos).toBe(
      readFileSync(join(DATA, "skr-skatteunderlagsprognos.csv"), "utf8"),
    );
    expect(BUNDLED_TABLES.pkv).toBe(readFileSync(join(DATA, "skr-pkv.csv"), "utf8"));
    expect(BUNDLED_TABLES.internranta).toBe(readFileSync(join(DATA, "skr-internranta.csv"), "utf8"));
    expect(BUNDLED_TABLES.lansvisaSkattesatser).toBe(
      readFileSync(join(DATA, "lansvisa-skattesatser.csv"), "utf8"),
    );
  });
  it("give the pane SKR's PKV 2024 (4,6 %, seed 001 table 1) as the CLI has it", () => {
    const pkv = bundledFigures(BUNDLED_TABLES, 2024).find((x) => x.kpi === "skr-pkv" && x.ar === 2024)!;
    expect(pkv.varde).toBe(0.046);
    expect(pkv.antagande).toBeUndefined();
  });
});
