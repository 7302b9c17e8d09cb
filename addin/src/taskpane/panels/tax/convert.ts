import type { Lang } from "../../../definitions";
import { FIELDS, type MoneyUnit } from "../../input/number";
import { convertMoneyText, relangText } from "../../input/problems";
import { MODEL_FIELDS, mainSpecs } from "./fields";
import type { TaxState } from "./model";

/** The same numbers, written the other language's way (6 900,5 ↔ 6,900.5); a text that is no number stays. */
export function relangState(s: TaxState, from: Lang, to: Lang): Pick<TaxState, "texts" | "measures"> {
  const money = FIELDS.money(s.unit);
  return {
    texts: {
      gap: relangText(s.texts.gap, money, from, to),
      base: relangText(s.texts.base, money, from, to),
      netCost: relangText(s.texts.netCost, money, from, to),
      income: relangText(s.texts.income, FIELDS.kronor(), from, to),
    },
    measures: s.measures.map((x) => ({
      ...x,
      startYear: relangText(x.startYear, FIELDS.year(), from, to),
      amount: relangText(x.amount, money, from, to),
      model: Object.fromEntries(
        Object.entries(x.model).map(([k, t]) => {
          const f = MODEL_FIELDS[x.kind].find((y) => y.key === k);
          return [k, f ? relangText(t, f.spec(s.unit), from, to) : t];
        }),
      ),
    })),
  };
}

/** The same kronor in another unit: money fields in the panel's unit are rewritten, kronor fields stay. */
export function convertState(s: TaxState, to: MoneyUnit, lang: Lang): TaxState {
  const from = s.unit;
  const specs = mainSpecs(from);
  return {
    unit: to,
    texts: {
      ...s.texts,
      gap: convertMoneyText(s.texts.gap, from, to, specs.gap, lang),
      base: convertMoneyText(s.texts.base, from, to, specs.base, lang),
      netCost: convertMoneyText(s.texts.netCost, from, to, specs.netCost, lang),
    },
    measures: s.measures.map((x) => ({
      ...x,
      amount: convertMoneyText(x.amount, from, to, FIELDS.money(from), lang),
      model: Object.fromEntries(
        Object.entries(x.model).map(([k, t]) => {
          const spec = MODEL_FIELDS[x.kind].find((y) => y.key === k)?.spec(from);
          const money = spec && spec.kind === "money" && spec.unit !== "kr";
          return [k, money ? convertMoneyText(t, from, to, spec, lang) : t];
        }),
      ),
    })),
  };
}
