/**
 * The memory of how the pane last started (issue 23): index.tsx writes it with rememberStart, taskpane.html's
 * <head> script reads it before the first paint. Office webviews can block storage: then even reading
 * `window.localStorage` throws, and nothing may break.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import {
  PANE_STARTS,
  PLACEHOLDER,
  START_KEY,
  paneStart,
  rememberStart,
  type StorageAccess,
} from "./startMemory";

/** A storage in memory that counts its writes. */
function memoryStorage(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [[START_KEY, initial]]);
  const writes: string[] = [];
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      writes.push(value);
      items.set(key, value);
    },
  };
  return { access: () => storage, items, writes };
}

const blocked = (): never => {
  throw new Error("SecurityError: access to localStorage is denied for this document");
};

describe("paneStart", () => {
  it("names Office's language and theme as taskpane.html reads them", () => {
    expect(paneStart("sv", false)).toBe("sv-light");
    expect(paneStart("sv", true)).toBe("sv-dark");
    expect(paneStart("en", false)).toBe("en-light");
    expect(paneStart("en", true)).toBe("en-dark");
  });
});

describe("rememberStart", () => {
  it("writes a start that differs from the one remembered", () => {
    const s = memoryStorage("sv-light");
    rememberStart("en-dark", s.access);
    expect(s.items.get(START_KEY)).toBe("en-dark");
    expect(s.writes).toEqual(["en-dark"]);
  });

  it("writes on a first start (nothing remembered)", () => {
    const s = memoryStorage();
    rememberStart("sv-light", s.access);
    expect(s.writes).toEqual(["sv-light"]);
  });

  it("writes nothing when the start is the one remembered (the usual start)", () => {
    const s = memoryStorage("sv-light");
    rememberStart("sv-light", s.access);
    expect(s.writes).toEqual([]);
  });

  it("tolerates a storage that is blocked outright (reading window.localStorage throws)", () => {
    expect(() => rememberStart("en-dark", blocked)).not.toThrow();
  });

  it("tolerates a storage whose reads or writes throw (blocked, or full)", () => {
    const throwingRead: StorageAccess = () => ({ getItem: blocked, setItem: () => undefined });
    const full: StorageAccess = () => ({
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    });
    expect(() => rememberStart("en-dark", throwingRead)).not.toThrow();
    expect(() => rememberStart("en-dark", full)).not.toThrow();
  });
});

/** taskpane.html's <head> script that reads the memory (the one that names the key), run as the page would. */
function runHeadScript(localStorage: () => unknown): { attribute: string | null; threw: unknown } {
  const html = readFileSync(join(__dirname, "..", "..", "html", "taskpane.html"), "utf8");
  const head = html.slice(0, html.indexOf("</head>"));
  const scripts = [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const mine = scripts.filter((code) => code.includes(`"${START_KEY}"`));
  expect(mine).toHaveLength(1);
  let attribute: string | null = null;
  const window = {};
  Object.defineProperty(window, "localStorage", { get: localStorage });
  const document = {
    documentElement: {
      setAttribute: (name: string, value: string) => name === "data-pane-start" && (attribute = value),
    },
  };
  try {
    runInNewContext(mine[0]!, { window, document });
    return { attribute, threw: undefined };
  } catch (e) {
    return { attribute, threw: e };
  }
}

describe("taskpane.html's <head> script", () => {
  it.each(PANE_STARTS)("marks the page with a remembered %s", (start) => {
    const s = memoryStorage(start);
    expect(runHeadScript(s.access)).toEqual({ attribute: start, threw: undefined });
  });

  it.each([
    ["nothing remembered", undefined],
    ["another value", "de-light"],
    ["a value with more around it", "en-dark<script>"],
  ])("leaves the page as the build wrote it for %s", (_what, value) => {
    expect(runHeadScript(memoryStorage(value).access)).toEqual({ attribute: null, threw: undefined });
  });

  it("leaves the page as the build wrote it when the storage is blocked, without an error", () => {
    expect(runHeadScript(blocked)).toEqual({ attribute: null, threw: undefined });
  });
});

describe("taskpane.html's placeholder", () => {
  it("says what index.tsx would put there, in Swedish and in English", () => {
    const html = readFileSync(join(__dirname, "..", "..", "html", "taskpane.html"), "utf8");
    expect(html).toContain(`"${PLACEHOLDER.sv}"`);
    expect(html).toContain(`"${PLACEHOLDER.en}"`);
    expect(PLACEHOLDER.sv).toMatch(/^Laddar /);
    expect(PLACEHOLDER.en).toMatch(/^Loading /);
  });
});
