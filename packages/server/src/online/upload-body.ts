import { AdFileError, CsvAdReader, type AdRow, type ColumnMapping } from "@ariadne/detect";
import { DomainError, invalid } from "@ariadne/domain";

/**
 * What is the server's own in reading an uploaded ad file: the request body's byte limit and
 * decoding, and the file's problems as domain errors. Rows are read by `@ariadne/detect`.
 */

/** The request body as text: counts bytes, refuses more than `limit`, repairs invalid UTF-8. */
export async function* decodeBody(body: AsyncIterable<Uint8Array>, limit: number): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let bytes = 0;
  for await (const chunk of body) {
    bytes += chunk.byteLength;
    if (bytes > limit) throw tooLarge(limit);
    const text = decoder.decode(chunk, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

export function tooLarge(limit: number): DomainError {
  return new DomainError(
    "payload_too_large",
    `The file is larger than ${String(Math.round(limit / (1024 * 1024)))} MB; split it into smaller batches`,
  );
}

/**
 * CSV with a header line (see `CsvAdReader`): ids are required; a file that cannot be read as
 * asked is refused as invalid input, naming the query parameter of a missing column.
 */
export async function* readCsv(
  text: AsyncIterable<string>,
  mapping: ColumnMapping,
  delimiter = ",",
): AsyncGenerator<AdRow> {
  const reader = new CsvAdReader(mapping, { delimiter });
  try {
    for await (const piece of text) yield* reader.push(piece);
    yield* reader.end();
  } catch (error) {
    if (!(error instanceof AdFileError)) throw error;
    throw invalid(error.column ? `${error.column.role}Column` : "body", error.message);
  }
}
