/**
 * A streaming CSV reader (RFC 4180): quoted fields, doubled quotes inside them, newlines inside
 * quotes, CRLF or LF, a byte-order mark. Text is pushed in pieces of any size; complete records
 * come out as they end, so memory stays bounded by the longest record.
 */
export class CsvReader {
  private readonly delimiter: number;
  private field = "";
  private record: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private started = false;
  /** Set when a closing quote is followed by something other than a delimiter or newline. */
  malformed = 0;

  constructor(delimiter = ",") {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
      throw new Error(`invalid CSV delimiter ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Parses `text` and returns the records it completed. */
  push(text: string): string[][] {
    const out: string[][] = [];
    let i = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    let from = i;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.quoted) {
        if (c === 0x22) {
          this.field += text.slice(from, i);
          if (i + 1 < n) {
            if (text.charCodeAt(i + 1) === 0x22) {
              this.field += '"';
              i += 2;
              from = i;
              continue;
            }
            this.quoted = false;
            this.afterQuote = true;
            i++;
            from = i;
            continue;
          }
          // A quote at the end of the piece: decided by the next piece.
          this.quoted = false;
          this.afterQuote = true;
          this.pendingQuote = true;
          i++;
          from = i;
          continue;
        }
        i++;
        continue;
      }
      if (this.pendingQuote) {
        this.pendingQuote = false;
        if (c === 0x22) {
          // It was a doubled quote split across pieces.
          this.field += '"';
          this.quoted = true;
          this.afterQuote = false;
          i++;
          from = i;
          continue;
        }
      }
      if (c === this.delimiter) {
        this.field += text.slice(from, i);
        this.record.push(this.field);
        this.field = "";
        this.afterQuote = false;
        i++;
        from = i;
        continue;
      }
      if (c === 0x0a || c === 0x0d) {
        this.field += text.slice(from, i);
        this.endRecord(out);
        i += c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
        if (c === 0x0d && i >= n) this.skipLf = true;
        from = i;
        continue;
      }
      if (this.skipLf) {
        this.skipLf = false;
      }
      if (c === 0x22 && this.field === "" && i === from && !this.afterQuote) {
        this.quoted = true;
        i++;
        from = i;
        continue;
      }
      if (this.afterQuote) {
        this.malformed++;
        this.afterQuote = false;
      }
      i++;
    }
    this.field += text.slice(from, i);
    return out;
  }

  private pendingQuote = false;
  private skipLf = false;

  private endRecord(out: string[][]): void {
    if (this.skipLf) {
      // The LF of a CRLF split across pieces.
      this.skipLf = false;
      if (this.field === "" && this.record.length === 0) return;
    }
    this.record.push(this.field);
    this.field = "";
    this.afterQuote = false;
    const record = this.record;
    this.record = [];
    if (!(record.length === 1 && record[0] === "")) out.push(record);
  }

  /** Ends the input: returns the last record if it had no final newline. */
  end(): string[][] {
    const out: string[][] = [];
    this.pendingQuote = false;
    if (this.field !== "" || this.record.length > 0) this.endRecord(out);
    return out;
  }

  /** True while inside a quoted field (an unterminated quote at the end is malformed input). */
  get inQuotes(): boolean {
    return this.quoted;
  }
}
