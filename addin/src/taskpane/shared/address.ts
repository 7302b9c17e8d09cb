/**
 * A cell address on a sheet as Excel wants it written: the sheet quoted when its name has spaces or
 * other characters ('Skatt eller effektivisering'!A1, 'Mål och budget'!B10), plain otherwise (Budget!B5).
 */
export function quoteSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return address;
  const sheet = address.slice(0, bang).replace(/^'|'$/g, "");
  const cell = address.slice(bang + 1).replace(/\$/g, "");
  return /^[\p{L}_][\p{L}0-9_.]*$/u.test(sheet)
    ? `${sheet}!${cell}`
    : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
