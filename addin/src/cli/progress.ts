/**
 * Progress on stderr: only when stderr is a terminal and the output is not `--json`, so pipes,
 * files and programs reading the output never see it. A line is rewritten in place (`\r`).
 */
export class Progress {
  private shown = false;
  private readonly started = Date.now();

  constructor(
    private readonly enabled: boolean,
    private readonly write: (s: string) => void = (s) => process.stderr.write(s),
  ) {}

  /** Whether progress goes to a terminal at all. */
  static forTerminal(json: boolean): Progress {
    return new Progress(!json && process.stderr.isTTY === true);
  }

  get active(): boolean {
    return this.enabled;
  }

  /** Replaces the progress line. */
  update(text: string): void {
    if (!this.enabled) return;
    this.write(`\r\x1b[2K${text}`);
    this.shown = true;
  }

  get elapsedMs(): number {
    return Date.now() - this.started;
  }

  /** Seconds since the start, as "4,9 s" or "4.9 s". */
  elapsed(lang: "sv" | "en"): string {
    const s = ((Date.now() - this.started) / 1000).toFixed(1);
    return `${lang === "sv" ? s.replace(".", ",") : s} s`;
  }

  /** Ends the progress line: with a last text, or wiped when `text` is omitted. */
  done(text?: string): void {
    if (!this.enabled || !this.shown) return;
    this.write(text ? `\r\x1b[2K${text}\n` : "\r\x1b[2K");
    this.shown = false;
  }
}
