import type { Page } from "playwright-core";
import { dataPage, startFakeKolada } from "../kolada/fakeServer";
import { sharedDemo } from "./browser";

// KOMMUN.KOLADA from the add-in's own page in a real browser, against a fake Kolada on another origin
// (another 127.0.0.1 port): the page can read Kolada's answer only if Kolada allows cross-origin requests
// (CORS). The built functions runtime (functions.js, as Excel loads it) runs with Office's globals stubbed,
// and the page is told where Kolada is with ?kolada=<url>.

const DATA = "/v3/data/kpi/N30001/municipality/0184/year/2024";
const answer = dataPage([{ kpi: "N30001", municipality: "0184", period: 2024, value: -56.4 }], null);

const demo = sharedDemo();

/** Loads taskpane.html with CustomFunctions and Office stubbed, and calls KOMMUN.KOLADA there. */
async function koladaInPage(
  kolada: string,
  language: string,
): Promise<{ value?: number; code?: string; message?: string }> {
  const page: Page = await demo.browser.newPage();
  try {
    // Office.js comes from Microsoft's CDN, which tests never reach: answer it with nothing
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: "" }),
    );
    await page.addInitScript((lang: string) => {
      const w = window as unknown as Record<string, unknown>;
      const registry: Record<string, (...a: unknown[]) => unknown> = {};
      w.__kolada = registry;
      w.CustomFunctions = {
        associate: (id: string, fn: (...a: unknown[]) => unknown) => (registry[id] = fn),
        Error: class {
          constructor(
            public code: string,
            public message: string,
          ) {}
        },
        ErrorCode: {
          invalidValue: "#VALUE!",
          notAvailable: "#N/A",
          divisionByZero: "#DIV/0!",
          invalidNumber: "#NUM!",
        },
      };
      // the pane waits for Office forever; only the functions runtime runs
      w.Office = { onReady: () => new Promise(() => undefined), context: { displayLanguage: lang } };
    }, language);
    await page.goto(`${demo.url}/taskpane.html?kolada=${encodeURIComponent(kolada)}`);
    await page.waitForFunction(
      () =>
        typeof (window as unknown as { __kolada: Record<string, unknown> }).__kolada.KOLADA === "function",
    );
    return await page.evaluate(async () => {
      const fn = (window as unknown as { __kolada: Record<string, (...a: unknown[]) => Promise<number>> })
        .__kolada.KOLADA!;
      try {
        return { value: await fn("N30001", "0184", 2024, null) };
      } catch (e) {
        const err = e as { code: string; message: string };
        return { code: err.code, message: err.message };
      }
    });
  } finally {
    await page.close();
  }
}

describe("KOLADA from the add-in's page (another origin than Kolada's)", () => {
  it("gets the value when Kolada answers with Access-Control-Allow-Origin", async () => {
    const kolada = await startFakeKolada({
      [DATA]: [{ json: answer, headers: { "Access-Control-Allow-Origin": "*" } }],
    });
    try {
      expect(await koladaInPage(kolada.url, "sv-SE")).toEqual({ value: -56.4 });
      expect(kolada.requests.filter((u) => u.startsWith(DATA))).toHaveLength(1);
    } finally {
      await kolada.close();
    }
  });

  it("shows #N/A saying Kolada could not be reached when Kolada does not allow the page's origin", async () => {
    const kolada = await startFakeKolada({ [DATA]: [{ json: answer }] });
    try {
      const sv = await koladaInPage(kolada.url, "sv-SE");
      expect(sv.code).toBe("#N/A");
      expect(sv.message).toMatch(/^Kolada kunde inte nås \(Failed to fetch\)\.$/);
      const en = await koladaInPage(kolada.url, "en-US");
      expect(en.message).toMatch(/^Kolada could not be reached \(Failed to fetch\)\.$/);
      // the browser did send the request; it is the answer the page may not read
      expect(kolada.requests.filter((u) => u.startsWith(DATA)).length).toBeGreaterThan(0);
    } finally {
      await kolada.close();
    }
  });
});
