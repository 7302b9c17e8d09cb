import { expectKommunError, NOT_NUMBERS } from "../__testing__/errors.js";
import { effektiviseringsbehov } from "./effektiviseringsbehov.js";
import { skatteekvivalent } from "./skatteekvivalent.js";
import { skatteintakt } from "./skatteintakt.js";
import { skattekostnadPerPerson } from "./skattekostnadPerPerson.js";
import { skattekrona } from "./skattekrona.js";
import { skattEllerEffektivisering } from "./skattEllerEffektivisering.js";

describe("skatteintakt", () => {
  it("6 900 Mkr at 21.50 kr per 100 kr is 1 483.5 Mkr", () => {
    expect(skatteintakt(6900, 21.5)).toBe(1483.5);
  });

  it("rejects a rate of 0.2137 and says to write 21.37", () => {
    expectKommunError(() => skatteintakt(6900, 0.2137), "value", { sv: /skriv 21,37/, en: /write 21.37/ });
  });

  it("rejects rates outside 10–40", () => {
    expectKommunError(() => skatteintakt(6900, 45), "value");
    expectKommunError(() => skatteintakt(6900, 5), "value");
  });

  it.each(NOT_NUMBERS)("rejects %s as the rate", (_l, x) => {
    expectKommunError(() => skatteintakt(6900, x as number), "value", { argument: "skattesats" });
  });
});

describe("skattekrona and skatteekvivalent", () => {
  it("one krona on a 6 900 Mkr tax base is 69 Mkr", () => {
    expect(skattekrona(6900)).toBe(69);
  });

  it("6.9 Mkr is worth 10 öre; 25 Mkr is 36.23… öre unrounded", () => {
    expect(skatteekvivalent(6.9, 6900)).toBe(0.1);
    expect(skatteekvivalent(25, 6900)).toBeCloseTo(25 / 69, 14);
  });

  it("a zero tax base is div0", () => {
    expectKommunError(() => skatteekvivalent(1, 0), "div0");
  });
});

describe("skattekostnadPerPerson", () => {
  it("37 öre on 320 000 kr of taxable income is 1 184 kr a year", () => {
    expect(skattekostnadPerPerson(0.37, 320000)).toBe(1184);
  });

  it("rejects 25 for 25 öre, saying to write 0.25", () => {
    expectKommunError(() => skattekostnadPerPerson(25, 320000), "value", { sv: /0,25/, en: /write 0.25/ });
  });
});

describe("effektiviseringsbehov", () => {
  it("a 25 Mkr gap is 2.5 % of a 1 000 Mkr net cost", () => {
    expect(effektiviseringsbehov(25, 1000)).toBe(0.025);
  });

  it("a zero net cost is div0", () => {
    expectKommunError(() => effektiviseringsbehov(25, 0), "div0");
  });
});

describe("skattEllerEffektivisering", () => {
  const base = { gap: 25, skatteunderlag: 6900, nettokostnad: 1900, beskattningsbarInkomst: 320000 };

  it("sets the tax raise beside the efficiency needed", () => {
    const r = skattEllerEffektivisering(base);
    expect(r.skattehojning).toBe(0.37); // 36.23 öre rounded up
    expect(r.kostnadPerPerson).toBe(1184); // 320 000 × 0.37 / 100
    expect(r.effektiviseringsbehov).toBeCloseTo(25 / 1900, 15);
    expect(r.kvarvarandeGap).toBe(25);
  });

  it("measures close the gap: 6.81 + 9.5 + 6.4 = 22.71 leaves 2.29, a raise of 4 öre (3.32 rounded up)", () => {
    const r = skattEllerEffektivisering({
      ...base,
      atgarder: [
        { namn: "Arbetslinje", belopp: 6.81 },
        { namn: "Lokaler −10 %", belopp: 9.5 },
        { namn: "AI-schemaläggning", belopp: 6.4 },
      ],
    });
    expect(r.atgarderSumma).toBe(22.71);
    expect(r.kvarvarandeGap).toBe(2.29);
    expect(r.skattehojningEfterAtgarder).toBe(0.04);
    expect(r.kostnadPerPersonEfterAtgarder).toBe(128); // 320 000 × 0.04 / 100
    expect(r.atgarder[1]!.skatteekvivalent).toBeCloseTo(9.5 / 69, 14);
  });

  it("measures larger than the gap leave nothing, never a negative gap", () => {
    const r = skattEllerEffektivisering({ ...base, atgarder: [{ namn: "Stor åtgärd", belopp: 40 }] });
    expect(r.kvarvarandeGap).toBe(0);
    expect(r.skattehojningEfterAtgarder).toBe(0);
  });

  it("without an income there is no cost per person", () => {
    expect(
      skattEllerEffektivisering({ gap: 25, skatteunderlag: 6900, nettokostnad: 1900 }).kostnadPerPerson,
    ).toBeNull();
  });

  it("rejects a measure without a name or with text as its amount", () => {
    expectKommunError(
      () => skattEllerEffektivisering({ ...base, atgarder: [{ namn: "", belopp: 1 }] }),
      "value",
    );
    expectKommunError(
      () =>
        skattEllerEffektivisering({ ...base, atgarder: [{ namn: "x", belopp: "1" as unknown as number }] }),
      "value",
    );
  });
});
