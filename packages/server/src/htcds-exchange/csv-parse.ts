/** A CSV record: its number (the header is 1, as a spreadsheet shows it) and its cells. */
export interface CsvRecord {
  readonly record: number;
  readonly cells: string[];
}

export type CsvParse = { ok: true; delimiter: string; records: CsvRecord[] } | { ok: false; message: string };

const DELIMITERS = [",", ";", "\t"] as const;

/**
 * Strict RFC 4180 parsing: quoted cells may hold separators, quotes ("") and line breaks;
 * a quote inside an unquoted cell, text after a closing quote and an unclosed quote are
 * errors. Line breaks are CRLF, LF or CR. The separator is the one of , ; or tab that the
 * header line uses (HTCDS keys contain none of them), so files saved by a spreadsheet in a
 * locale that writes ; read as well. Blank lines are kept as records of one empty cell.
 */
export function parseCsv(text: string): CsvParse {
  const delimiter = detectDelimiter(text);
  if (delimiter === undefined) {
    return { ok: false, message: "The header line mixes separators (, ; tab); use one separator." };
  }
  // Where an unquoted cell ends: a separator, a line break, or a quote (an error there).
  const stop = new RegExp(`[${delimiter === "\t" ? "\\t" : delimiter}\\r\\n"]`, "g");
  const records: CsvRecord[] = [];
  if (text === "") return { ok: true, delimiter, records };
  let cells: string[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let cell: string;
    if (text.charAt(i) === '"') {
      const opened = i;
      cell = "";
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          return {
            ok: false,
            message: `A quoted cell opened on line ${lineAt(text, opened)} is never closed (missing ").`,
          };
        }
        cell += text.slice(i, quote);
        if (text.charAt(quote + 1) === '"') {
          cell += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      const next = text.charAt(i);
      if (next !== "" && next !== delimiter && next !== "\n" && next !== "\r") {
        return {
          ok: false,
          message: `Line ${lineAt(text, i)}: text follows a closing quote; write a quote inside a quoted cell as "".`,
        };
      }
    } else {
      stop.lastIndex = i;
      const end = stop.exec(text)?.index ?? n;
      if (text.charAt(end) === '"') {
        return {
          ok: false,
          message: `Line ${lineAt(text, end)}: a quote inside an unquoted cell; put the whole cell in quotes and double the quote ("").`,
        };
      }
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    const after = text.charAt(i);
    if (after === delimiter) {
      i += 1;
      continue;
    }
    // A line break or the end of the text ends the record; a final line break adds none.
    records.push({ record: records.length + 1, cells });
    cells = [];
    i += after === "\r" && text.charAt(i + 1) === "\n" ? 2 : 1;
    if (i >= n) break;
  }
  return { ok: true, delimiter, records };
}

/** The 1-based line of a character offset (CRLF, LF and CR each end a line). */
function lineAt(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

function detectDelimiter(text: string): string | undefined {
  let end = text.search(/[\r\n]/);
  if (end === -1) end = text.length;
  const header = text.slice(0, end);
  const used = DELIMITERS.filter((d) => header.includes(d));
  if (used.length > 1) return undefined;
  return used[0] ?? ",";
}
