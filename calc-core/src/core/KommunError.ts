/**
 * The error codes of Kommunkalkyl. They map one-to-one to Excel's error
 * values: `value` → `#VALUE!`, `div0` → `#DIV/0!`, `na` → `#N/A`, `num` → `#NUM!`.
 */
export type KommunErrorCode = "value" | "div0" | "na" | "num";

/**
 * The one error type that every public calc-core function throws for bad input
 * or for a result that cannot be computed.
 *
 * It carries a Swedish (`sv`) and an English (`en`) message; `message` is the
 * English one so that stack traces and logs read naturally. `argument` names
 * the argument to blame, when there is one.
 *
 * Test for it with {@link isKommunError}, not `instanceof`: the package ships an ES-module and a
 * CommonJS build, and an application (or its bundler) can load both, each with its own `KommunError`
 * class, so an error thrown by one build is not an `instanceof` the class the other build exports.
 *
 * @example
 * ```ts
 * try {
 *   resultatkrav(1000, 2);
 * } catch (e) {
 *   if (isKommunError(e)) console.log(e.code, e.sv); // "value", "… skriv 2 % (0,02) …"
 * }
 * ```
 */
export class KommunError extends Error {
  override readonly name = "KommunError";
  readonly code: KommunErrorCode;
  readonly sv: string;
  readonly en: string;
  readonly argument: string | undefined;

  constructor(code: KommunErrorCode, sv: string, en: string, argument?: string) {
    super(en);
    this.code = code;
    this.sv = sv;
    this.en = en;
    this.argument = argument;
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** The message in the given language. */
  messageIn(language: "sv" | "en"): string {
    return language === "sv" ? this.sv : this.en;
  }
}

/**
 * True for a {@link KommunError} from any copy of calc-core: the ES-module build, the CommonJS build
 * or another bundle. Use it instead of `instanceof KommunError`, which is false when the error comes
 * from the other build (both can be loaded in one program: `import` gets one, `require` the other).
 * It recognises the error by its `name` ("KommunError") and a string `code`.
 *
 * @example
 * isKommunError(new KommunError("value", "Fel.", "Wrong.")) // → true
 * isKommunError(new Error("Wrong.")) // → false
 */
export function isKommunError(e: unknown): e is KommunError {
  return (
    e instanceof KommunError ||
    (typeof e === "object" &&
      e !== null &&
      (e as { name?: unknown }).name === "KommunError" &&
      typeof (e as { code?: unknown }).code === "string")
  );
}
