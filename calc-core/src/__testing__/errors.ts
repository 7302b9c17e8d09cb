import { KommunError, type KommunErrorCode } from "../core/KommunError.js";

/** Calls `fn` and returns the KommunError it throws; fails the test if it does not. */
export function catchKommunError(fn: () => unknown): KommunError {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (e instanceof KommunError) return e;
    throw new Error(`expected a KommunError, got ${String(e)}`);
  }
  throw new Error(`expected a KommunError, got the value ${JSON.stringify(result)}`);
}

/** The error `fn` throws, as [code, Swedish, English, argument], to compare word for word. */
export function errorParts(fn: () => unknown): [string, string, string, string | undefined] {
  const e = catchKommunError(fn);
  return [e.code, e.sv, e.en, e.argument];
}

/**
 * Asserts that `fn` throws a KommunError with `code`, both messages non-empty and
 * different (so the Swedish one is really Swedish), and the given fragments.
 */
export function expectKommunError(
  fn: () => unknown,
  code: KommunErrorCode,
  fragments: { sv?: string | RegExp; en?: string | RegExp; argument?: string } = {},
): KommunError {
  const e = catchKommunError(fn);
  expect(e.code).toBe(code);
  expect(e.name).toBe("KommunError");
  expect(e.sv.length).toBeGreaterThan(10);
  expect(e.en.length).toBeGreaterThan(10);
  expect(e.sv).not.toBe(e.en);
  expect(e.message).toBe(e.en);
  if (fragments.sv) expect(e.sv).toMatch(fragments.sv);
  if (fragments.en) expect(e.en).toMatch(fragments.en);
  if (fragments.argument) expect(e.argument).toBe(fragments.argument);
  return e;
}

/** Values that are never a number: each must be `value` wherever a number is required. */
export const NOT_NUMBERS: ReadonlyArray<[string, unknown]> = [
  ["text", "abc"],
  ["empty string", ""],
  ["null (empty cell)", null],
  ["boolean", true],
  ["NaN", Number.NaN],
  ["+Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY],
];
