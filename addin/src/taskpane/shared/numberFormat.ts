/**
 * Numbers through Intl.NumberFormat, one formatter per locale and options, made once (creating one costs far
 * more than formatting with it, and the pane formats every figure on every render).
 *
 * The pane's start (issue 23, point 10): the first Intl.NumberFormat a page makes costs ~20 ms at full speed,
 * ~80 ms at 4× CPU slowdown (ICU starting up; measured in Chromium 156), and the pane made it while React took
 * over the prerendered HTML. The build therefore records every number the prerendered pane formatted — with
 * Node's Intl, the same text the page's HTML already shows — and writes that record into taskpane.html
 * (`<script type="application/json" id="prerendered-numbers">`, webpack.config.cjs PrerenderPane). Until the
 * pane is live, a number in that record is answered from it; anything else is formatted by Intl as always.
 * Once live (frame/Pane.tsx) the record is dropped and ICU is started in idle time (App.tsx), before the user's
 * first keystroke needs it.
 */
type Options = Intl.NumberFormatOptions;

/** The locale the pane formats a language's numbers in: Swedish sv-SE (1 950,5), English en-GB (1,950.5). */
export const localeOf = (lang: "sv" | "en"): string => (lang === "sv" ? "sv-SE" : "en-GB");

const formatters = new Map<string, Intl.NumberFormat>();
/** what the build recorded, read from the page at the first call; `null` once dropped or absent */
let recorded: Map<string, string> | null | undefined;
/** at build time: what the prerendered pane formats */
let recording: Map<string, string> | undefined;

const formatterKey = (locale: string, options: Options) => `${locale} ${JSON.stringify(options)}`;
// −0 is its own key: Intl writes it "-0"
const numberKey = (x: number) => (Object.is(x, -0) ? "-0" : String(x));

function fromPage(): Map<string, string> | null {
  if (typeof document === "undefined") return null;
  const script = document.getElementById("prerendered-numbers");
  if (!script?.textContent) return null;
  try {
    const entries: unknown = JSON.parse(script.textContent);
    if (!Array.isArray(entries)) return null;
    return new Map(
      entries.filter(
        (e): e is [string, string] =>
          Array.isArray(e) && typeof e[0] === "string" && typeof e[1] === "string",
      ),
    );
  } catch {
    // a damaged record is ignored: every number is then formatted by Intl
    return null;
  }
}

/** `x` formatted as `new Intl.NumberFormat(locale, options).format(x)` does. */
export function formatWith(locale: string, options: Options, x: number): string {
  const key = formatterKey(locale, options);
  if (recorded === undefined) recorded = fromPage();
  const known = recorded?.get(`${key} ${numberKey(x)}`);
  if (known !== undefined) return known;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  const text = formatter.format(x);
  recording?.set(`${key} ${numberKey(x)}`, text);
  return text;
}

/** The build: records what is formatted from now on; the returned function gives the record and stops. */
export function recordNumbers(): () => Array<[string, string]> {
  const record = new Map<string, string>();
  recording = record;
  recorded = null;
  return () => {
    if (recording === record) recording = undefined;
    return [...record];
  };
}

/** The pane is live: the page's record is dropped; from now on every number is formatted by Intl. */
export function dropRecordedNumbers(): void {
  recorded = null;
}

/** Starts ICU (in idle time, once the pane is live), so that the first keystroke does not wait for it. */
export function startNumberFormats(): Promise<void> {
  formatWith("sv-SE", { maximumFractionDigits: 2 }, 1950.5);
  return Promise.resolve();
}
