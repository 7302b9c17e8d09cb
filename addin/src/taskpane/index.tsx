import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createMemoryHost } from "./host/memoryHost";
import { createOfficeHost } from "./host/officeHost";
import type { WorkbookHost } from "./host/types";

function mount(host: WorkbookHost, lang: "sv" | "en") {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App host={host} initialLang={lang} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    const lang = Office.context?.displayLanguage?.toLowerCase().startsWith("en") ? "en" : "sv";
    mount(inExcel ? createOfficeHost() : createMemoryHost(), lang);
  });
} else {
  mount(createMemoryHost(), "sv");
}
