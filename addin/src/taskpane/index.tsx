import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createOfficeHost } from "./host/officeHost";

/** The task pane inside Excel. The standalone demo (demo.tsx) uses the in-browser workbook instead. */
void Office.onReady(() => {
  const lang = Office.context?.displayLanguage?.toLowerCase().startsWith("en") ? "en" : "sv";
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App host={createOfficeHost()} initialLang={lang} />);
});
