import { formatWith, localeOf } from "./shared/numberFormat";

/**
 * A number as Excel shows it in a format: "#,##0.0" groups thousands with that many decimals, "0.0%" is a
 * percentage, "0" a plain integer (years), General no grouping and up to ten significant digits.
 */
export function showNumber(v: number, format: string, lang: "sv" | "en"): string {
  // text in quotes before or after the number ("0.00 \"öre\"") is shown as it is
  const prefix = /^"([^"]*)"/.exec(format)?.[1] ?? "";
  const suffix = /"([^"]*)"\s*$/.exec(format)?.[1] ?? "";
  const code = format.replace(/"[^"]*"/g, "").trim();
  return `${prefix}${plain(v, code, lang)}${suffix}`;
}

function plain(v: number, format: string, lang: "sv" | "en"): string {
  const locale = localeOf(lang);
  const decimals = (/\.(0+)/.exec(format)?.[1] ?? "").length;
  if (format.includes("%")) {
    return formatWith(
      locale,
      {
        style: "percent",
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      },
      v,
    );
  }
  if (format.includes("#,##0")) {
    return formatWith(
      locale,
      {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      },
      v,
    );
  }
  if (/^0(\.0+)?$/.test(format)) {
    return formatWith(
      locale,
      {
        useGrouping: false,
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      },
      v,
    );
  }
  return formatWith(locale, { useGrouping: false, maximumSignificantDigits: 10 }, v);
}
