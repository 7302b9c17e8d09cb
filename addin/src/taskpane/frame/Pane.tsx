import {
  RendererProvider,
  webDarkTheme,
  webLightTheme,
  type GriffelRenderer,
} from "@fluentui/react-components";
import { useEffect } from "react";
import type { Lang } from "../../definitions/types";
import { App } from "../App";
import { dropRecordedNumbers } from "../shared/numberFormat";
import type { WorkbookHost } from "../host/types";

/**
 * The task pane as index.tsx renders it in Excel and as the build prerenders it into taskpane.html (the same
 * tree, so the page's HTML can be hydrated): the app under Griffel's renderer. In the built pages the styles
 * come as one stylesheet, griffel.css (webpack.config.cjs extracts them), so the renderer inserts nothing there;
 * at build time it records the styles the prerendered HTML uses, which the build checks against that file.
 */
export function Pane(props: { renderer: GriffelRenderer; host: WorkbookHost; lang: Lang; dark: boolean }) {
  return (
    <RendererProvider renderer={props.renderer}>
      <App host={props.host} initialLang={props.lang} initialDark={props.dark} />
      <Live dark={props.dark} />
    </RendererProvider>
  );
}

/** What the prerendered HTML shows: the pane in Swedish, light theme, on its first panel. */
export const PRERENDERED = { lang: "sv", dark: false } as const satisfies { lang: Lang; dark: boolean };

/**
 * Marks the page once React has committed the pane (`<html data-pane-live>`): until then taskpane.html refuses
 * edits in the prerendered HTML, whose results would otherwise stay those of the first inputs while a field
 * showed what the user typed (React takes over the HTML's state, not what was typed into it).
 */
function Live(props: { dark: boolean }) {
  useEffect(() => {
    document.documentElement.setAttribute("data-pane-live", "");
    // the figures the build recorded served hydration; from now on every number is formatted by Intl
    dropRecordedNumbers();
  }, []);
  // the whole task pane in the theme's background, also below a panel shorter than the pane (the page itself
  // would show the browser's white there in Office's dark theme)
  useEffect(() => {
    const html = document.documentElement;
    html.style.backgroundColor = (props.dark ? webDarkTheme : webLightTheme).colorNeutralBackground1;
    html.style.colorScheme = props.dark ? "dark" : "light";
  }, [props.dark]);
  return null;
}
