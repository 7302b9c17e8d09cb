import { MockExcel } from "./excelMock";
import { createOfficeHost } from "./officeHost";

/**
 * The overwrite dialog counts every formula a write can break (issue 23, review finding 4): the formulas outside
 * the range that read it directly AND those that read them. In Excel: `getDependents()` (ExcelApi 1.15) where it
 * exists, else Trace Dependents (`getDirectDependents()`, 1.13) followed level by level within a bound ("at least
 * N" when the bound is hit), else "could not check".
 */

/**
 * Uppföljning rows 19–21 as in samples/manadsuppfoljning-2025.xlsx (Teknisk förvaltning brutto), in Swedish
 * Excel's words: costs (row 19), revenues (row 20: budget B20 85, January–August C20:J20), net (row 21 =
 * row 19 − row 20), each with forecast O, deviation P, share Q and status R.
 */
function teknisk(apiMinor: number) {
  const excel = new MockExcel(["Uppföljning", "Historik"]);
  excel.apiMinor = apiMinor;
  excel.fill("Uppföljning", "B19", [[180, 15.9, 15.9, 16.2, 15.9, 15.9, 16.4, 9.9, 15.1]]);
  excel.fill("Uppföljning", "B20", [[85, 7.1, 7.1, 7.1, 16.1, 7.1, 7.1, 7.1, 7.1]]);
  for (const c of ["B", "C", "D", "E", "F", "G", "H", "I", "J", "O"])
    excel.setFormula("Uppföljning", `${c}21`, `=${c}19-${c}20`);
  for (const r of [19, 20]) {
    const kind = r === 19 ? "kostnad" : "intäkt";
    excel.setFormula("Uppföljning", `O${r}`, `=KOMMUN.PROGNOS(B${r};C${r}:N${r};"linjär")`);
    excel.setFormula("Uppföljning", `P${r}`, `=KOMMUN.AVVIKELSE(B${r};O${r};"${kind}")`);
    excel.setFormula("Uppföljning", `Q${r}`, `=KOMMUN.AVVIKELSEANDEL(B${r};O${r};"${kind}")`);
    excel.setFormula("Uppföljning", `R${r}`, `=KOMMUN.PROGNOSSTATUS(B${r};O${r};"${kind}";$B$3;$B$4)`);
  }
  excel.setFormula("Uppföljning", "P21", '=KOMMUN.AVVIKELSE(B21;O21;"kostnad")');
  excel.setFormula("Uppföljning", "Q21", '=KOMMUN.AVVIKELSEANDEL(B21;O21;"kostnad")');
  excel.setFormula("Uppföljning", "R21", '=KOMMUN.PROGNOSSTATUS(B21;O21;"kostnad";$B$3;$B$4)');
  return { excel, host: createOfficeHost(excel.api()) };
}

/*
 * Prognos's table is 9 rows × 4 columns: at B20 it covers B20:E28 (B20:E20 four values, B21:E21 four formulas).
 * Outside it, read directly: O20 (B20, C20:N20), P20, Q20, R20 (B20) and P21, Q21, R21 (B21): 7.
 * Through them: O21 = O19 − O20 reads O20, so it breaks too (and P21:R21 read O21 as well): 8 in all.
 * Not: F21:J21 (F19 − F20 …, outside the range on both sides), O19:R19 (row 19 only).
 */
const EIGHT = ["O20", "P20", "Q20", "R20", "O21", "P21", "Q21", "R21"].map((a) => `Uppföljning!${a}`);

describe("the Office host counts every formula that reads the range, directly or through others", () => {
  it("ExcelApi 1.15: Excel's getDependents gives all eight at once, O21 (through O20) among them", async () => {
    const { excel, host } = teknisk(15);
    const before = excel.syncs;
    expect(await host.contents("Uppföljning", "B20", 9, 4)).toEqual({
      values: 4,
      formulas: 4,
      readers: EIGHT,
    });
    // the contents, every dependent, the sheets' order: three requests
    expect(excel.syncs - before).toBe(3);
  });

  it("ExcelApi 1.13–1.14: Trace Dependents followed level by level finds the same eight", async () => {
    const { host } = teknisk(14);
    expect((await host.contents("Uppföljning", "B20", 9, 4)).readers).toEqual(EIGHT);
  });

  it("an Excel that claims 1.15 but refuses getDependents is traced level by level", async () => {
    const { excel, host } = teknisk(17);
    excel.allDependentsFail = "GeneralException";
    expect(await host.contents("Uppföljning", "B20", 9, 4)).toEqual({
      values: 4,
      formulas: 4,
      readers: EIGHT,
    });
  });

  it("before ExcelApi 1.13 it could not check: no readers, never 'none'", async () => {
    const { host } = teknisk(12);
    const held = await host.contents("Uppföljning", "B20", 9, 4);
    expect(held).toEqual({ values: 4, formulas: 4 });
    expect(held.readers).toBeUndefined();
  });

  it("nothing reads the range: none, in both ways (Excel's ItemNotFound is 'none', not a failure)", async () => {
    for (const minor of [14, 15]) {
      const { host } = teknisk(minor);
      expect((await host.contents("Uppföljning", "B30", 2, 2)).readers).toEqual([]);
    }
  });

  /*
   * A chain of 50: Kedja!A2 = A1+1, A3 = A2+1 … A50 = A49+1. Written at A1, all 49 read A1 (A2 directly,
   * A3 through A2 …). Level by level that takes one request per link; the walk stops after 40 requests, having
   * found A2 … A41 (40 cells), and says there may be more.
   */
  function chain(apiMinor: number) {
    const excel = new MockExcel(["Kedja"]);
    excel.apiMinor = apiMinor;
    excel.fill("Kedja", "A1", [[1]]);
    for (let r = 2; r <= 50; r++) excel.setFormula("Kedja", `A${r}`, `=A${r - 1}+1`);
    return { excel, host: createOfficeHost(excel.api()) };
  }

  it("level by level stops at its bound and says 'at least': 40 of the chain's 49, and moreReaders", async () => {
    const { host } = chain(14);
    const held = await host.contents("Kedja", "A1", 1, 1);
    expect(held.readers).toEqual(Array.from({ length: 40 }, (_, i) => `Kedja!A${i + 2}`));
    expect(held.moreReaders).toBe(true);
  });

  it("getDependents has no such bound: all 49 of the chain", async () => {
    const { host } = chain(15);
    const held = await host.contents("Kedja", "A1", 1, 1);
    expect(held.readers).toEqual(Array.from({ length: 49 }, (_, i) => `Kedja!A${i + 2}`));
    expect(held.moreReaders).toBeUndefined();
  });

  it("Excel refusing half-way through the walk keeps what was found, as 'at least'", async () => {
    const { excel } = chain(14);
    // the first request answers, then Trace Dependents fails (a platform that gives up)
    const api = excel.api();
    let asked = 0;
    const host = createOfficeHost({
      ...api,
      run: (batch) =>
        api.run((context) => {
          const sync = context.sync.bind(context);
          context.sync = (async () => {
            if (++asked === 3) excel.dependentsFail = "GeneralException";
            return sync();
          }) as typeof context.sync;
          return batch(context);
        }),
    });
    // request 1: the contents; 2: A1's direct dependents (A2); 3: A2's, refused
    const held = await host.contents("Kedja", "A1", 1, 1);
    expect(held.readers).toEqual(["Kedja!A2"]);
    expect(held.moreReaders).toBe(true);
  });
});
