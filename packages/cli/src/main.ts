import { Command, Option } from "commander";
import { adminCreate } from "./commands/admin-create.ts";
import { auditVerify } from "./commands/audit-verify.ts";
import { backupCommand, restoreCommand } from "./commands/backup.ts";
import { casesExport, casesImport } from "./commands/cases.ts";
import { demoCommand } from "./commands/demo.ts";
import { indicatorsExport, indicatorsImport } from "./commands/indicators.ts";
import { keysRotate } from "./commands/keys-rotate.ts";
import { migrateCommand } from "./commands/migrate.ts";
import { openapiCommand } from "./commands/openapi.ts";
import { SCAN_EXIT_CODES, scanCommand } from "./commands/scan.ts";
import { retentionRun } from "./commands/retention.ts";
import {
  statsChart,
  statsExport,
  statsImport,
  statsRelease,
  statsReport,
  statsSynthesize,
  statsTables,
  SYNTHESIZE_EXIT_CODES,
} from "./commands/stats.ts";
import { serve } from "./commands/serve.ts";
import { SYNTHETIC_ATTRIBUTES } from "@ariadne/server";

const program = new Command()
  .name("ariadne")
  .description(
    "Ariadne: the platform against trafficking in human beings.\nSettings come from the environment (see the README).",
  )
  .showHelpAfterError();

program.command("serve").description("Run the server: API and web app").action(serve);
program.command("migrate").description("Apply database migrations and exit").action(migrateCommand);

program
  .command("admin")
  .description("Manage administrators")
  .command("create")
  .description("Create an administrator (reads the password from ARIADNE_ADMIN_PASSWORD or standard input)")
  .requiredOption("--email <email>", "e-mail address, used to sign in")
  .requiredOption("--name <name>", "full name")
  .option("--organisation <name>", "organisation name; created when missing", "Ariadne administration")
  .addOption(
    new Option("--organisation-type <type>", "HTCDS org_Type when the organisation is created").default(
      "CentralGovernmentOrganisation",
    ),
  )
  .action(adminCreate);

program
  .command("audit")
  .description("The audit log")
  .command("verify")
  .description("Verify the audit hash chain; exits 1 and names each changed, removed or reordered entry")
  .option("--json", "print the result as JSON")
  .action(auditVerify);

program
  .command("keys")
  .description("Encryption keys")
  .command("rotate")
  .description("Make a new data key active and re-encrypt every personal field under it")
  .action(keysRotate);

const indicators = program.command("indicators").description("The screening indicator catalogue");
indicators
  .command("export")
  .description("Write a catalogue version (default: the active one) as JSON, to revise and import")
  .option("--id <id>", "catalogue id, e.g. ilo-ec-2009")
  .option("--version <version>", "catalogue version, e.g. 1.0.0")
  .option("--out <file>", "write to a file instead of standard output")
  .action(indicatorsExport);
indicators
  .command("import <file>")
  .description("Load a revised catalogue version from JSON (it needs a new version) and activate it")
  .option("--no-activate", "load it without making it the one new screenings use")
  .action(indicatorsImport);

program
  .command("backup <file>")
  .description("Write a consistent snapshot of the database to <file> (gzip JSON lines)")
  .action(backupCommand);
program
  .command("restore <file>")
  .description("Restore a snapshot into an empty database")
  .action(restoreCommand);
const cases = program.command("cases").description("Cases on the HTCDS standard");
cases
  .command("import <file>")
  .description("Import cases from an HTCDS file (IOM Excel template, CSV or JSON); all rows or none")
  .requiredOption("--organisation <name>", "the organisation that will hold the cases")
  .addOption(
    new Option("--format <format>", "file format (default: from the extension)").choices([
      "xlsx",
      "csv",
      "json",
    ]),
  )
  .addOption(
    new Option("--date-order <order>", "how to read text dates such as 03/04/2024").choices(["DMY", "MDY"]),
  )
  .action(casesImport);
cases
  .command("export")
  .description("Export cases as an HTCDS file (all organisations unless --organisation)")
  .requiredOption("--out <file>", "where to write; written with mode 0600")
  .option("--organisation <name>", "only this organisation's cases")
  .addOption(
    new Option("--format <format>", "file format (default: from the extension)").choices([
      "xlsx",
      "csv",
      "json",
    ]),
  )
  .option(
    "--password-env <variable>",
    "encrypt into an AES-256 zip with the password in this environment variable",
  )
  .action(casesExport);

const stats = program.command("stats").description("Statistics the way Eurostat counts them");
const year = () => new Option("--year <year>", "year of registration").makeOptionMandatory();
const dataset = () => new Option("--dataset <id>", "dataset id (default: the case records)");
stats
  .command("tables")
  .description("Print a year's tables: exact (for the operator) or, with --protected, suppressed")
  .addOption(year())
  .addOption(dataset())
  .option("--protected", "suppress small counts as the web app shows them to non-statisticians")
  .option("--threshold <n>", "smallest count shown when protected", "5")
  .addOption(new Option("--format <format>", "output").choices(["text", "json"]).default("text"))
  .action(statsTables);
stats
  .command("import <file>")
  .description("Import CTDC, UNODC GLOTIP or Eurostat data for analysis")
  .addOption(
    new Option("--format <format>", "file format")
      .choices(["ctdc-2017", "ctdc-synthetic", "glotip", "eurostat"])
      .makeOptionMandatory(),
  )
  .requiredOption("--name <name>", "a name for the dataset")
  .option("--reporting-country <code>", "ISO alpha-2 code the figures are reported for", "RO")
  .option("--accept-unknown-codes", "import unknown codes as unknown instead of refusing the file")
  .action(statsImport);
stats
  .command("release")
  .description("Publish a year's protected tables (DP releases are charged to the dataset's budget)")
  .addOption(year())
  .addOption(dataset())
  .addOption(
    new Option("--method <method>", "protection")
      .choices(["suppression", "dp-geometric"])
      .makeOptionMandatory(),
  )
  .option("--threshold <n>", "smallest count shown", "5")
  .option("--epsilon <e>", "total privacy loss of a DP release, e.g. 0.5")
  .option("--title <title>", "title of the release")
  .option("--public", "show it on the public statistics page")
  .action(statsRelease);
stats
  .command("synthesize")
  .description(
    "Make synthetic microdata from a dataset's protected marginals (suppression, or DP charged to its budget)",
  )
  .addOption(dataset())
  .requiredOption("--from-year <year>", "first year of registration of the records")
  .option("--to-year <year>", "last year of registration (default: --from-year)")
  .requiredOption("--attributes <list>", `comma-separated, from: ${SYNTHETIC_ATTRIBUTES.join(", ")}`)
  .option("--length <k>", "longest combination of attributes kept (1 to 4)", "2")
  .option("--method <method>", "suppression or dp-geometric", "suppression")
  .option("--threshold <n>", "suppression: rarer combinations removed; also the risk report's limit", "5")
  .option("--epsilon <e>", "dp-geometric: total ε, charged to the dataset's budget, e.g. 1 or 1/2")
  .option("--records <n>", "records to make (default: the protected total)")
  .option("--title <title>", "title of the synthetic dataset")
  .requiredOption("--out <dir>", "folder for the CSV and the report")
  .addHelpText("after", SYNTHESIZE_EXIT_CODES)
  // A missing or unknown option is a bad option too: exit 2, as for a bad value.
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2);
  })
  .action(statsSynthesize);
stats
  .command("export")
  .description("Write a release as CSV, SDMX-CSV, XLSX, or a report (HTML, PDF)")
  .requiredOption("--release <id>", "release id")
  .addOption(
    new Option("--format <format>", "file format")
      .choices(["csv", "sdmx", "xlsx", "html", "pdf"])
      .makeOptionMandatory(),
  )
  .requiredOption("--out <file>", "where to write")
  .action(statsExport);
stats
  .command("report")
  .description("Write the yearly report (tables, charts, method notes) as HTML or PDF (by extension)")
  .addOption(year())
  .addOption(dataset())
  .requiredOption("--out <file>", "report.pdf or report.html")
  .option("--exact", "exact figures, for internal use (written with mode 0600)")
  .option("--threshold <n>", "smallest count shown when protected", "5")
  .action(statsReport);

stats
  .command("chart")
  .description(
    "Draw one chart as SVG or PNG (by extension): a table's bars, a map of countries, or the trend",
  )
  .addOption(year())
  .addOption(dataset())
  .requiredOption("--table <id>", "trend, victims.sex, victims.citizenship (a map), …")
  .requiredOption("--out <file>", "chart.svg or chart.png")
  .option("--exact", "exact figures, for internal use")
  .option("--threshold <n>", "smallest count shown when protected", "5")
  .option("--width <px>", "PNG width", "1200")
  .action(statsChart);

program
  .command("retention")
  .description("Retention of closed cases")
  .command("run")
  .description("Erase or anonymise closed cases past their organisation's retention (the daily job, now)")
  .option("--dry-run", "count what is due without changing anything")
  .action(retentionRun);
program.command("demo").description("Load the synthetic demo data").action(demoCommand);
program.command("openapi").description("Print the OpenAPI 3.1 document").action(openapiCommand);
program
  .command("scan <file>")
  .description(
    "Find trafficking indicators, clusters and networks in ads (JSON lines or CSV); needs no database",
  )
  .requiredOption("--out <dir>", "folder for networks.json, ads.jsonl and report.html")
  .option("--id-column <name>", "field holding the ad id (default: row number when absent)", "id")
  .option("--text-column <name>", "field holding the ad text", "text")
  .option("--title-column <name>", "field holding the ad title")
  .option("--date-column <name>", "field holding the posting date (ISO 8601)")
  .option("--place-column <name>", "field holding the ad's city")
  .option("--region <CC>", "country for national phone numbers, e.g. FR")
  .addOption(
    new Option("--format <format>", "input format (default: from the file name)").choices(["jsonl", "csv"]),
  )
  .option("--delimiter <char>", "CSV delimiter", ",")
  .option("--workers <n>", "worker threads for per-ad analysis (default: one per core; 0: none)")
  .option("--lexicon <file>", "a revised indicator lexicon (JSON) instead of the shipped one")
  .option("--no-progress", "no progress bar on standard error")
  .addHelpText("after", SCAN_EXIT_CODES)
  .action(scanCommand);

await program.parseAsync(process.argv);
