import { isKommunError, KommunError } from "@kommunkalkyl/calc-core";
import type { FunctionDef, Lang } from "./types";

/**
 * calc-core names an argument by its TypeScript id (`startmanad`, `atgarder[2].status`,
 * `prisPerEnhet`); the Excel user sees the parameter's Excel name (`startmånad` /
 * `start_month`). This rewrites the messages of a definition's errors so they name the
 * argument as the user typed it. `measureFields` maps the fields of calc-core's measure
 * objects (`atgarder[i].<field>`) to the parameter they come from; `atgarder` on its own is
 * the list of measures, named by `measures` (the range that sets how many there are).
 */
export function withExcelNames(
  def: FunctionDef,
  measureFields: Record<string, string> = {},
  measures?: string,
): FunctionDef {
  const nameOf = (key: string, lang: Lang): string | undefined =>
    def.params.find((p) => p.key === key)?.[lang].name;
  const measureWord = { sv: "åtgärd", en: "measure" } as const;

  const rewrite = (text: string, lang: Lang): string => {
    let out = text.replace(/atgarder\[(\d+)\]\.(\w+)/g, (whole, i: string, field: string) => {
      const name = nameOf(measureFields[field] ?? field, lang);
      return name === undefined ? whole : `${name} (${measureWord[lang]} ${i})`;
    });
    if (measures !== undefined) {
      const name = nameOf(measures, lang);
      if (name !== undefined) out = out.replace(/(?<![\p{L}_])atgarder(?![\p{L}_[])/gu, name);
    }
    // longest ids first, so `volymNu` is not read as `volym…`
    const keys = def.params.map((p) => p.key).sort((a, b) => b.length - a.length);
    for (const key of keys) {
      const name = nameOf(key, lang)!;
      if (name === key) continue;
      out = out.replace(new RegExp(`(?<![\\p{L}_.])${key}(?![\\p{L}_\\[])`, "gu"), name);
    }
    return out;
  };

  return {
    ...def,
    invoke: (args, lang, context) => {
      try {
        return def.invoke(args, lang, context);
      } catch (e) {
        if (!isKommunError(e)) throw e;
        throw new KommunError(e.code, rewrite(e.sv, "sv"), rewrite(e.en, "en"), e.argument);
      }
    },
  };
}
