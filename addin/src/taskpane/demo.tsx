import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App, type Panel } from "./App";
import { DemoControls } from "./frame/DemoControls";
import type { BrowserWorkbook, DemoBook } from "./host/browserWorkbook";
import { MEMORY_KEY, storageMemory } from "./host/paneMemory";
import { Grid } from "./Grid";

const DEMO_TEXT = {
  sv: { loading: "Laddar arbetsboken …", workbook: "Arbetsbok", samples: "Exempelarbetsböcker" },
  en: { loading: "Loading the workbook …", workbook: "Workbook", samples: "Sample workbooks" },
};

/** The width of Excel's task pane that the demo shows (Excel's default is about 320–350 px). */
export const PANE_WIDTH = 340;

/** True while the window is narrower than `width` px. */
function useNarrow(width: number): boolean {
  const query = `(max-width: ${width - 1}px)`;
  const [narrow, setNarrow] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const update = () => setNarrow(list.matches);
    list.addEventListener("change", update);
    return () => list.removeEventListener("change", update);
  }, [query]);
  return narrow;
}

/**
 * The standalone demo: a sample workbook in an editable grid beside the task pane at Excel's pane width,
 * no Excel needed. The page itself never scrolls: the grid and the pane each scroll inside themselves.
 */
function Demo() {
  const [book, setBook] = useState<BrowserWorkbook | undefined>();
  const [books, setBooks] = useState<{ file: string; book: DemoBook }[]>([]);
  const params = new URLSearchParams(location.search);
  const startLang = params.get("lang") === "en" ? "en" : "sv";
  const [lang, setLang] = useState<"sv" | "en">(startLang);
  const [dark, setDark] = useState(params.get("theme") === "dark");
  const file = params.get("bok") ?? "mal-och-budget-2025.xlsx";
  const t = DEMO_TEXT[lang];
  const paneWidth = Number(params.get("pane")) || PANE_WIDTH;
  // a window narrower than the grid and the pane together shows the pane above the grid
  const narrow = useNarrow(paneWidth * 2);
  useEffect(() => {
    void (async () => {
      const data = (await (await fetch("demo-data.json")).json()) as { file: string; book: DemoBook }[];
      setBooks(data);
      // HyperFormula is loaded here only, lazily: the Excel task pane never downloads it
      const { BrowserWorkbook } = await import(/* webpackChunkName: "workbook" */ "./host/browserWorkbook");
      const chosen = data.find((d) => d.file === file) ?? data[0]!;
      const host = new BrowserWorkbook(chosen.book, startLang);
      // the pane's typed inputs kept per workbook, as Excel keeps them in the file (review s8 finding 5)
      host.memory = storageMemory(`${MEMORY_KEY}:${chosen.file}`, () => window.localStorage);
      setBook(host);
    })();
  }, [file, startLang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  if (!book)
    return (
      <FluentProvider theme={webLightTheme}>
        <Spinner label={t.loading} />
      </FluentProvider>
    );
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: "100vh" }}>
      <div
        style={{
          display: "grid",
          gridTemplateColumns: narrow ? "minmax(0, 1fr)" : `minmax(0, 1fr) ${paneWidth}px`,
          gridTemplateRows: narrow ? "minmax(0, 3fr) minmax(0, 2fr)" : "minmax(0, 1fr)",
          height: "100vh",
          overflow: "hidden",
        }}
      >
        <main
          aria-label={t.workbook}
          style={{
            order: narrow ? 2 : 1,
            display: "flex",
            flexDirection: "column",
            minWidth: 0,
            minHeight: 0,
            padding: 8,
            boxSizing: "border-box",
          }}
        >
          <nav aria-label={t.samples} style={{ fontSize: 12, marginBottom: 4 }}>
            {books.map((b) => (
              <a
                key={b.file}
                href={`?bok=${encodeURIComponent(b.file)}&lang=${lang}`}
                style={{ marginRight: 12, color: "inherit" }}
                aria-current={b.file === file ? "page" : undefined}
              >
                {b.book.title}
              </a>
            ))}
          </nav>
          <Grid book={book} lang={lang} />
        </main>
        <div
          data-testid="pane"
          style={{
            order: narrow ? 1 : 2,
            // visually hidden tables (position: absolute) stay inside the pane's scroll box
            position: "relative",
            borderLeft: narrow ? undefined : `1px solid ${tokens.colorNeutralStroke1}`,
            borderBottom: narrow ? `1px solid ${tokens.colorNeutralStroke1}` : undefined,
            overflow: "auto",
            minWidth: 0,
            minHeight: 0,
          }}
        >
          <App
            host={book}
            initialLang={startLang}
            initialDark={dark}
            initialPanel={(params.get("panel") as Panel | null) ?? "tax"}
            onLangChange={setLang}
            onDarkChange={setDark}
            controls={(c) => <DemoControls {...c} />}
          />
        </div>
      </div>
    </FluentProvider>
  );
}

const container = document.getElementById("root");
if (container) createRoot(container).render(<Demo />);
