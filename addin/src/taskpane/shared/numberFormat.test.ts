/** Each test loads the module anew: what it read from the page, and when, is the module's own state. */
type NumberFormatModule = typeof import("./numberFormat");
const fresh = (): NumberFormatModule => {
  let m: NumberFormatModule | undefined;
  jest.isolateModules(() => {
    m = jest.requireActual<NumberFormatModule>("./numberFormat");
  });
  return m!;
};

/** A page whose taskpane.html carries `record` as the build writes it (jest runs in Node: a document of its own). */
function pageWith(record: string | undefined) {
  const g = globalThis as unknown as { document?: unknown };
  g.document = {
    getElementById: (id: string) =>
      id === "prerendered-numbers" && record !== undefined ? { textContent: record } : null,
  };
  return () => delete g.document;
}

describe("formatWith", () => {
  it("formats as Intl.NumberFormat does, in both languages", () => {
    const { formatWith } = fresh();
    // Swedish groups with a no-break space and writes a decimal comma; English the other way round
    expect(formatWith("sv-SE", { maximumFractionDigits: 2 }, 1950.5)).toBe("1\u00a0950,5");
    expect(formatWith("en-GB", { maximumFractionDigits: 2 }, 1950.5)).toBe("1,950.5");
    expect(formatWith("sv-SE", { style: "percent", maximumFractionDigits: 2 }, 0.0132)).toBe("1,32\u00a0%");
  });

  it("answers from the build's record until the pane is live, then from Intl", () => {
    // a record that differs from Intl on purpose, so that the test sees where an answer came from
    const restore = pageWith(JSON.stringify([['sv-SE {"maximumFractionDigits":2} 1950.5', "FROM THE PAGE"]]));
    const m = fresh();
    expect(m.formatWith("sv-SE", { maximumFractionDigits: 2 }, 1950.5)).toBe("FROM THE PAGE");
    // another number, or the same with other options, is not in the record
    expect(m.formatWith("sv-SE", { maximumFractionDigits: 2 }, 7)).toBe("7");
    expect(m.formatWith("sv-SE", { maximumFractionDigits: 1 }, 1950.5)).toBe("1\u00a0950,5");
    m.dropRecordedNumbers();
    expect(m.formatWith("sv-SE", { maximumFractionDigits: 2 }, 1950.5)).toBe("1\u00a0950,5");
    restore();
  });

  it("ignores a damaged record and formats everything with Intl", () => {
    for (const damaged of ["{not json", '{"a":1}', '[["only a key"]]']) {
      const restore = pageWith(damaged);
      expect(fresh().formatWith("sv-SE", { maximumFractionDigits: 2 }, 1950.5)).toBe("1\u00a0950,5");
      restore();
    }
  });

  it("records at build time what the prerendered pane formats, −0 apart from 0", () => {
    const m = fresh();
    const stop = m.recordNumbers();
    m.formatWith("sv-SE", { maximumFractionDigits: 0 }, 6900);
    m.formatWith("en-GB", {}, -0);
    m.formatWith("en-GB", {}, 0);
    expect(stop()).toEqual([
      ['sv-SE {"maximumFractionDigits":0} 6900', "6\u00a0900"],
      ["en-GB {} -0", "-0"],
      ["en-GB {} 0", "0"],
    ]);
    // recording has stopped
    m.formatWith("sv-SE", {}, 1);
    expect(stop()).toHaveLength(3);
  });
});
