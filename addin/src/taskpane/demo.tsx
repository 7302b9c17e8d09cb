import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { ActionPlanPreview } from "./components/ActionPlanPreview";
import type { BrowserWorkbook, DemoBook } from "./host/browserWorkbook";
import { Grid } from "./Grid";

/** The standalone demo: a sample workbook in an editable grid beside the task pane, no Excel needed. */
function Demo() {
  const [book, setBook] = useState<BrowserWorkbook | undefined>();
  const [books, setBooks] = useState<{ file: string; book: DemoBook }[]>([]);
  const params = new URLSearchParams(location.search);
  const lang = params.get("lang") === "en" ? "en" : "sv";
  const file = params.get("bok") ?? "mal-och-budget-2025.xlsx";
  useEffect(() => {
    void (async () => {
      const data = (await (await fetch("demo-data.json")).json()) as { file: string; book: DemoBook }[];
      setBooks(data);
      // HyperFormula is loaded here only, lazily: the Excel task pane never downloads it
      const { BrowserWorkbook } = await import(/* webpackChunkName: "workbook" */ "./host/browserWorkbook");
      const chosen = data.find((d) => d.file === file) ?? data[0]!;
      setBook(new BrowserWorkbook(chosen.book, lang));
    })();
  }, [file, lang]);
  if (!book)
    return (
      <FluentProvider theme={webLightTheme}>
        <Spinner label="Laddar arbetsboken …" />
      </FluentProvider>
    );
  return (
    <FluentProvider theme={webLightTheme} style={{ height: "100vh" }}>
      <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr) 480px", height: "100vh" }}>
        <section
          aria-label="Arbetsbok"
          style={{
            display: "flex",
            flexDirection: "column",
            minWidth: 0,
            padding: 8,
            boxSizing: "border-box",
          }}
        >
          <nav aria-label="Exempelarbetsböcker" style={{ fontSize: 12, marginBottom: 4 }}>
            {books.map((b) => (
              <a
                key={b.file}
                href={`?bok=${encodeURIComponent(b.file)}&lang=${lang}`}
                style={{ marginRight: 12 }}
                aria-current={b.file === file ? "page" : undefined}
              >
                {b.book.title}
              </a>
            ))}
          </nav>
          <Grid book={book} lang={lang} />
        </section>
        <aside aria-label="Kommunkalkyl" style={{ borderLeft: "1px solid #d1d1d1", overflow: "auto" }}>
          {params.get("forhandsvisning") === "atgardsplan" ? (
            <ActionPlanPreview host={book} lang={lang} />
          ) : (
            <App host={book} initialLang={lang} initialPanel={(params.get("panel") as "tax") ?? "tax"} />
          )}
        </aside>
      </div>
    </FluentProvider>
  );
}

const container = document.getElementById("root");
if (container) createRoot(container).render(<Demo />);
