import { FIELDS } from "../input/number";
import { langSwitch, relangTexts } from "./useLangTexts";

describe("the language-change rewrite shared by the panels", () => {
  it("reports a change once, from the language last seen to the new one", () => {
    const seen = { current: "sv" as const } as { current: "sv" | "en" };
    // the first render and a re-render in the same language are no change
    expect(langSwitch(seen, "sv")).toBeUndefined();
    expect(langSwitch(seen, "en")).toEqual({ from: "sv", to: "en" });
    // the same change seen again (React's second effect run) is not reported twice
    expect(langSwitch(seen, "en")).toBeUndefined();
    expect(langSwitch(seen, "sv")).toEqual({ from: "en", to: "sv" });
  });

  it("writes the same numbers the other language's way and leaves a text that is no number as typed", () => {
    const specs = { gap: FIELDS.money("mnkr"), income: FIELDS.kronor() };
    const sv = { gap: "6 950,5", income: "abc", note: "kept" };
    // 6 950,5 (sv) is six thousand nine hundred and fifty and a half: 6,950.5 in English
    const en = relangTexts(sv, ["gap", "income"] as const, specs, "sv", "en");
    expect(en).toEqual({ gap: "6,950.5", income: "abc", note: "kept" });
    // and back: the same number, not another one
    expect(relangTexts(en, ["gap", "income"] as const, specs, "en", "sv").gap).toMatch(/^6\s950,5$/); // grouped with a no-break space
  });
});
