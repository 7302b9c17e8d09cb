import { parseOptions, UsageError, type OptionSpec } from "./args";

const OPTIONS: OptionSpec[] = [
  { key: "json", names: ["--json"] },
  { key: "ut", names: ["--ut", "--out"], value: true },
  { key: "raw", names: ["--rå", "--raw"] },
];

function usage(f: () => unknown): UsageError {
  try {
    f();
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error("no UsageError");
}

describe("parseOptions: our own argument reader", () => {
  it("reads flags, values in both forms, aliases, positionals and negative numbers", () => {
    const p = parseOptions(
      ["a.xlsx", "--json", "--out", "b.xlsx", "--rå", "-5", "--", "--json"],
      OPTIONS,
      "beräkna",
    );
    expect([...p.flags].sort()).toEqual(["json", "raw"]);
    expect(p.values.get("ut")).toBe("b.xlsx");
    expect(p.positionals).toEqual(["a.xlsx", "-5", "--json"]);
    expect(parseOptions(["--ut=c.xlsx"], OPTIONS, "x").values.get("ut")).toBe("c.xlsx");
  });

  it("takes a Swedish option typed in decomposed Unicode (å as a + ring)", () => {
    expect(parseOptions(["--r\u0061\u030a"], OPTIONS, "x").flags.has("raw")).toBe(true);
  });

  it("says in Swedish and English what is wrong, naming the option and the command", () => {
    expect(usage(() => parseOptions(["--jsn"], OPTIONS, "beräkna"))).toMatchObject({
      sv: "Okänd flagga --jsn för beräkna.",
      en: "Unknown option --jsn for beräkna.",
      command: "beräkna",
    });
    expect(usage(() => parseOptions(["--ut"], OPTIONS, "x")).en).toBe("The option --ut needs a value.");
    expect(usage(() => parseOptions(["--ut", "--json"], OPTIONS, "x")).en).toBe(
      "The option --ut needs a value.",
    );
    expect(usage(() => parseOptions(["--json=1"], OPTIONS, "x")).sv).toBe("Flaggan --json tar inget värde.");
  });

  it("refuses an option given twice, naming it (never the last one silently wins)", () => {
    expect(usage(() => parseOptions(["--ut", "a.xlsx", "--ut=b.xlsx"], OPTIONS, "beräkna"))).toMatchObject({
      sv: "Flaggan --ut har angetts två gånger; ange den en gång.",
      en: "The option --ut is given twice; give it once.",
      command: "beräkna",
    });
    // the same option under its two names, and a flag twice
    expect(usage(() => parseOptions(["--ut", "a.xlsx", "--out", "b.xlsx"], OPTIONS, "x")).en).toBe(
      "The option --ut is given twice (also as --out); give it once.",
    );
    expect(usage(() => parseOptions(["--json", "--json"], OPTIONS, "x")).sv).toBe(
      "Flaggan --json har angetts två gånger; ange den en gång.",
    );
  });
});
