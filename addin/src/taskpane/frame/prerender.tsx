import { PassThrough } from "node:stream";
import { createDOMRenderer, renderToStyleElements } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { prerenderToNodeStream } from "react-dom/static";
import type { WorkbookHost } from "../host/types";
import { preloadPanel } from "../panels/registry";
import { recordNumbers } from "../shared/numberFormat";
import { Pane, PRERENDERED } from "./Pane";

/** A host that is never asked anything while rendering: the prerendered pane only shows its first panel. */
function noHost(): WorkbookHost {
  const refuse = () => Promise.reject(new Error("prerender: no workbook"));
  return {
    kind: "excel",
    readSelection: refuse,
    readNamedRange: refuse,
    readNamedRanges: refuse,
    activeCell: refuse,
    isEmpty: refuse,
    contents: refuse,
    writeRange: refuse,
    writeNewSheet: refuse,
    addNames: refuse,
  };
}

/**
 * The task pane's first panel as HTML, rendered at build time (webpack.config.cjs writes it into
 * taskpane.html): its results are on the page at first paint, before the scripts have loaded; index.tsx then
 * hydrates it (with `numbers`, the figures as the HTML shows them, instead of starting ICU: shared/numberFormat.ts).
 * `styles` are Griffel's style elements for that HTML: the page does not carry them (it links
 * griffel.css, the build's extracted CSS), the build checks that the stylesheet has every class they name.
 */
export async function prerenderPane(): Promise<{
  html: string;
  styles: string;
  /** every number the HTML shows, as formatted (shared/numberFormat.ts): the page carries them for hydration */
  numbers: Array<[string, string]>;
}> {
  const renderer = createDOMRenderer(undefined);
  // the first panel as the pane in Excel renders it: its code already there (index.tsx preloads it)
  await preloadPanel("tax");
  // prerendering waits for the lazily imported first panel; an unbounded chunk size writes it in place
  // (React would otherwise write a large panel as a hidden part that one of its scripts reveals later)
  const numbers = recordNumbers();
  const { prelude } = await prerenderToNodeStream(
    <Pane renderer={renderer} host={noHost()} lang={PRERENDERED.lang} dark={PRERENDERED.dark} />,
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await drain(prelude);
  if (html.includes("<template") || html.includes("<script"))
    throw new Error("prerender: the first panel was still loading; the HTML would need React's scripts");
  const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return { html, styles, numbers: numbers() };
}

async function drain(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream.pipe(new PassThrough())) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}
