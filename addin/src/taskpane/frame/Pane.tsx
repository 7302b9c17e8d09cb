import { RendererProvider, type GriffelRenderer } from "@fluentui/react-components";
import type { Lang } from "../../definitions/types";
import { App } from "../App";
import type { WorkbookHost } from "../host/types";

/**
 * The task pane as index.tsx renders it in Excel and as the build prerenders it into taskpane.html (the same
 * tree, so the page's HTML can be hydrated): the app under Griffel's renderer, which on the page takes over
 * the styles the build wrote into the HTML instead of computing and inserting them again.
 */
export function Pane(props: { renderer: GriffelRenderer; host: WorkbookHost; lang: Lang; dark: boolean }) {
  return (
    <RendererProvider renderer={props.renderer}>
      <App host={props.host} initialLang={props.lang} initialDark={props.dark} />
    </RendererProvider>
  );
}

/** What the prerendered HTML shows: the pane in Swedish, light theme, on its first panel. */
export const PRERENDERED = { lang: "sv", dark: false } as const satisfies { lang: Lang; dark: boolean };
