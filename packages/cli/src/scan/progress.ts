import { createRequire } from "node:module";

/** The parts of cli-progress (a CommonJS package without types) that the scan command uses. */
interface SingleBar {
  start(total: number, value: number, payload?: Record<string, unknown>): void;
  update(value: number, payload?: Record<string, unknown>): void;
  stop(): void;
}
interface CliProgress {
  SingleBar: new (options: Record<string, unknown>, preset?: unknown) => SingleBar;
  Presets: { shades_classic: unknown };
}
const { SingleBar, Presets } = createRequire(import.meta.url)("cli-progress") as CliProgress;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m}m${String(s).padStart(2, "0")}s` : `${s}s`;
}

/**
 * Progress on standard error, by bytes of input read: a bar with ads/s and ETA on a terminal,
 * a plain line every few seconds otherwise (logs, CI).
 */
export class ScanProgress {
  private readonly total: number;
  private readonly started = Date.now();
  private readonly bar: SingleBar | undefined;
  private lastLine = 0;
  private readonly stream: NodeJS.WriteStream;
  private readonly enabled: boolean;

  constructor(totalBytes: number, options: { enabled: boolean; stream?: NodeJS.WriteStream }) {
    this.total = Math.max(1, totalBytes);
    this.stream = options.stream ?? process.stderr;
    this.enabled = options.enabled;
    if (this.enabled && this.stream.isTTY) {
      this.bar = new SingleBar(
        {
          format: "scan [{bar}] {percentage}% · {ads} ads · {rate} ads/s · ETA {eta_formatted}",
          stream: this.stream,
          hideCursor: true,
          etaBuffer: 50,
          fps: 5,
        },
        Presets.shades_classic,
      );
      this.bar.start(this.total, 0, { ads: 0, rate: 0 });
    }
  }

  update(bytes: number, ads: number): void {
    if (!this.enabled) return;
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(ads / seconds) : 0;
    if (this.bar) {
      this.bar.update(Math.min(bytes, this.total), { ads, rate });
      return;
    }
    const now = Date.now();
    if (now - this.lastLine < 5000) return;
    this.lastLine = now;
    const share = Math.min(1, bytes / this.total);
    const eta = share > 0 ? (seconds / share) * (1 - share) : Number.NaN;
    this.stream.write(
      `scan: ${(share * 100).toFixed(1)}% · ${ads} ads · ${rate} ads/s · ETA ${duration(eta)}\n`,
    );
  }

  /** A phase after reading (clustering, writing): one line either way. */
  phase(text: string): void {
    if (!this.enabled) return;
    if (this.bar) this.bar.stop();
    this.stream.write(`scan: ${text} (${duration((Date.now() - this.started) / 1000)} so far)\n`);
  }

  stop(): void {
    this.bar?.stop();
  }
}
