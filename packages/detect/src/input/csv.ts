/** One record of a CSV file, or the mark of a record that was too long to keep. */
export type CsvRecordResult = { cells: string[]; tooLong: false } | { cells: null; tooLong: true };

/**
 * A streaming CSV reader (RFC 4180): quoted fields with doubled quotes and line breaks inside,
 * CRLF or LF, a byte-order mark, any one-character delimiter. Text is pushed in pieces of any
 * size and complete records come out as they end. A record longer than `maxRecordChars` is not
 * kept: it comes out as `{ tooLong: true }` and its content is dropped as it streams, so memory
 * stays bounded even by a file that never closes a quote. Blank lines are not records.
 */
export class CsvStream {
  private readonly delimiter: number;
  private field = "";
  /** Something of the current field was read (its text may have been dropped as too long). */
  private fieldStarted = false;
  private record: string[] = [];
  private size = 0;
  private tooLong = false;
  private quoted = false;
  /** A quoted field just closed: anything but a delimiter or a line end is malformed. */
  private afterQuote = false;
  /** The last piece ended on a quote inside a quoted field: doubled or closing, decided next. */
  private quoteAtEnd = false;
  /** The last piece ended on CR: a following LF belongs to it. */
  private crAtEnd = false;
  private started = false;
  /** Characters found after a closing quote (kept as text, as spreadsheets do). */
  malformed = 0;

  constructor(
    private readonly maxRecordChars: number,
    delimiter = ",",
  ) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
      throw new Error(`invalid CSV delimiter ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter.charCodeAt(0);
  }

  /**
   * True while inside a quoted field: at the end of input, a quote was never closed. (A quote
   * that ends the last piece closes its field at the end of input.)
   */
  get inQuotes(): boolean {
    return this.quoted && !this.quoteAtEnd;
  }

  private append(text: string): void {
    if (text === "") return;
    this.fieldStarted = true;
    if (this.tooLong) return;
    this.size += text.length;
    if (this.size > this.maxRecordChars) {
      this.tooLong = true;
      this.field = "";
      this.record = [];
      return;
    }
    this.field += text;
  }

  private endField(): void {
    if (!this.tooLong) this.record.push(this.field);
    this.field = "";
    this.fieldStarted = false;
    this.afterQuote = false;
  }

  private endRecord(out: CsvRecordResult[]): void {
    this.endField();
    if (this.tooLong) out.push({ cells: null, tooLong: true });
    else if (!(this.record.length === 1 && this.record[0] === ""))
      out.push({ cells: this.record, tooLong: false });
    this.record = [];
    this.size = 0;
    this.tooLong = false;
  }

  private closeQuote(): void {
    this.quoted = false;
    this.afterQuote = true;
  }

  /** Parses `text` and returns the records it completed. */
  push(text: string): CsvRecordResult[] {
    const out: CsvRecordResult[] = [];
    let i = 0;
    const n = text.length;
    if (!this.started && n > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    if (this.crAtEnd && i < n) {
      this.crAtEnd = false;
      if (text.charCodeAt(i) === 0x0a) i++;
    }
    if (this.quoteAtEnd && i < n) {
      this.quoteAtEnd = false;
      if (text.charCodeAt(i) === 0x22) {
        this.append('"');
        i++;
      } else {
        this.closeQuote();
      }
    }
    let from = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.quoted) {
        if (c !== 0x22) {
          i++;
          continue;
        }
        this.append(text.slice(from, i));
        if (i + 1 >= n) {
          this.quoteAtEnd = true;
          i++;
          from = i;
          continue;
        }
        if (text.charCodeAt(i + 1) === 0x22) {
          this.append('"');
          i += 2;
        } else {
          this.closeQuote();
          i++;
        }
        from = i;
        continue;
      }
      if (c === this.delimiter) {
        this.append(text.slice(from, i));
        this.endField();
        i++;
        from = i;
      } else if (c === 0x0a || c === 0x0d) {
        this.append(text.slice(from, i));
        this.endRecord(out);
        i++;
        if (c === 0x0d) {
          if (i < n && text.charCodeAt(i) === 0x0a) i++;
          else if (i >= n) this.crAtEnd = true;
        }
        from = i;
      } else if (c === 0x22 && i === from && !this.fieldStarted && !this.afterQuote) {
        // A quote opens a field only at its start; elsewhere it is an ordinary character.
        this.quoted = true;
        i++;
        from = i;
      } else {
        if (this.afterQuote) {
          this.malformed++;
          this.afterQuote = false;
        }
        i++;
      }
    }
    this.append(text.slice(from, n));
    return out;
  }

  /** Ends the input: the last record if it had no final line break. */
  end(): CsvRecordResult[] {
    const out: CsvRecordResult[] = [];
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.quoted = false;
    }
    if (this.field !== "" || this.record.length > 0 || this.tooLong) this.endRecord(out);
    return out;
  }
}
