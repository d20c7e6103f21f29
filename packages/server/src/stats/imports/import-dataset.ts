import { importCtdc2017 } from "./ctdc-2017.ts";
import { importCtdcSynthetic } from "./ctdc-synthetic.ts";
import { importEurostat } from "./eurostat-csv.ts";
import { importGlotip } from "./glotip.ts";
import { newLog } from "./source-table.ts";
import type { ImportFormat, ImportOptions, ImportResult } from "./types.ts";

/**
 * Reads an outside dataset into the analysis model: CTDC microdata as victim observations,
 * GLOTIP and Eurostat tables as aggregate cells. It never throws because of what the text
 * holds. A header with an unknown or a missing column refuses the whole file (`errors` on
 * row 1, nothing imported); a row that cannot be placed is left out with an error; an
 * unknown code in a known column is counted in `unknownCodes` and read as unknown.
 */
export function importDataset(text: string, format: ImportFormat, options?: ImportOptions): ImportResult {
  const log = newLog(options);
  switch (format) {
    case "ctdc-2017":
    case "ctdc-synthetic": {
      const read = format === "ctdc-2017" ? importCtdc2017(text, log) : importCtdcSynthetic(text, log);
      if ("refused" in read)
        return { kind: "microdata", victims: [], unknownCodes: [], errors: read.refused, rowsRead: 0 };
      return { kind: "microdata", victims: read.victims, ...log.report(read.rowsRead) };
    }
    case "glotip":
    case "eurostat": {
      const read = format === "glotip" ? importGlotip(text, log) : importEurostat(text, log);
      if ("refused" in read)
        return { kind: "aggregate", cells: [], unknownCodes: [], errors: read.refused, rowsRead: 0 };
      return { kind: "aggregate", cells: read.cells, ...log.report(read.rowsRead) };
    }
  }
}
