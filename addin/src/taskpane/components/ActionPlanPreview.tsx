import { FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../definitions";
import type { Block, WorkbookHost } from "../host/types";
import { ActionPlanPanel } from "./ActionPlanPanel";
import { ACTION_PLAN_TEXTS } from "./actionPlanTexts";

/**
 * The Åtgärdsplan panel on its own at Excel's narrowest pane width (320 px), for the demo
 * (`?forhandsvisning=atgardsplan`) and the browser test until the panel has its tab in the App.
 * The panel writes only to a new sheet, which never overwrites anything, so no dialog is needed.
 */
export function ActionPlanPreview(props: { host: WorkbookHost; lang: Lang }) {
  async function write(sheet: string | "new", topLeft: string, block: Block, sheetName: string) {
    if (sheet !== "new" && !(await props.host.isEmpty(sheet, topLeft, block.length, 30))) return undefined;
    const target = sheet === "new" ? await props.host.addSheet(sheetName) : sheet;
    await props.host.writeRange(target, topLeft, block);
    return `${target}!${topLeft}`;
  }
  return (
    <FluentProvider theme={webLightTheme} lang={props.lang === "sv" ? "sv-SE" : "en"}>
      <main data-testid="ap-pane" style={{ width: 320, padding: 12, boxSizing: "border-box" }}>
        <Title3 as="h1">{ACTION_PLAN_TEXTS[props.lang].tab}</Title3>
        <ActionPlanPanel lang={props.lang} host={props.host} write={write} />
      </main>
    </FluentProvider>
  );
}
