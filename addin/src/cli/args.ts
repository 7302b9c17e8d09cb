/**
 * The command line's own argument reader: every message is ours, in Swedish and English,
 * never Node's `parseArgs` text.
 */

/** A usage error: exit code 2, the message followed by the command's help. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    readonly sv: string,
    readonly en: string,
    /** the command whose help follows the message */
    readonly command?: string,
  ) {
    super(`${sv} / ${en}`);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** One option: its names (`--ut`, `--out`), whether it takes a value, and the key it is stored under. */
export interface OptionSpec {
  key: string;
  names: readonly string[];
  value?: boolean;
}

export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
  positionals: string[];
}

/**
 * Reads `args` against `options`: `--name`, `--name value`, `--name=value`, `--` ends the options.
 * An argument that starts with `-` followed by a digit is a positional (a negative number).
 */
export function parseOptions(
  args: readonly string[],
  options: readonly OptionSpec[],
  command: string,
): ParsedArgs {
  const byName = new Map<string, OptionSpec>();
  for (const o of options) for (const n of o.names) byName.set(n, o);
  const parsed: ParsedArgs = { flags: new Set(), values: new Map(), positionals: [] };
  /** the name each option was first given under: an option given twice is a usage error, never the last one wins */
  const given = new Map<string, string>();
  const once = (spec: OptionSpec, name: string) => {
    const first = given.get(spec.key);
    if (first !== undefined) {
      throw new UsageError(
        `Flaggan ${first} har angetts två gånger${first === name ? "" : ` (även som ${name})`}; ange den en gång.`,
        `The option ${first} is given twice${first === name ? "" : ` (also as ${name})`}; give it once.`,
        command,
      );
    }
    given.set(spec.key, name);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!.normalize("NFC");
    if (arg === "--") {
      parsed.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-" || /^-[\d.,]/.test(arg)) {
      parsed.positionals.push(args[i]!);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = byName.get(name) ?? byName.get(name.toLowerCase());
    // a formula that starts with a minus sign (-PI(), -A1*2): no option looks like that
    if (!spec && /^-[^-]/.test(arg) && /[^\p{L}\p{N}_-]|^-\p{L}+\p{N}/u.test(arg.slice(1))) {
      parsed.positionals.push(args[i]!);
      continue;
    }
    if (!spec) {
      throw new UsageError(
        `Okänd flagga ${name} för ${command}.`,
        `Unknown option ${name} for ${command}.`,
        command,
      );
    }
    if (!spec.value) {
      if (eq > 0) {
        throw new UsageError(
          `Flaggan ${name} tar inget värde.`,
          `The option ${name} takes no value.`,
          command,
        );
      }
      once(spec, name);
      parsed.flags.add(spec.key);
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !(args[i + 1]!.startsWith("--") && args[i + 1]!.length > 2))
      value = args[++i];
    if (value === undefined || value === "") {
      throw new UsageError(
        `Flaggan ${name} behöver ett värde.`,
        `The option ${name} needs a value.`,
        command,
      );
    }
    once(spec, name);
    parsed.values.set(spec.key, value);
  }
  return parsed;
}
