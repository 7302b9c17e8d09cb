import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createOfficeHost } from "./host/officeHost";
import { languageOf } from "../definitions/language";

/** The task pane inside Excel. The standalone demo (demo.tsx) uses the in-browser workbook instead. */
void Office.onReady(() => {
  // the same rule as the messages in cells (definitions/language.ts)
  const lang = languageOf(Office.context?.displayLanguage);
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App host={createOfficeHost()} initialLang={lang} />);
});
