import { z } from "zod";

/** A published table: cells and margins ("TOTAL"), null where withheld, with its protection. */
export const statTable = z
  .object({
    id: z.string(),
    title: z.string(),
    dimensions: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        categories: z.array(z.object({ code: z.string(), label: z.string() })),
      }),
    ),
    cells: z.array(
      z.object({ categories: z.array(z.string()), value: z.int().nullable().describe("null: withheld") }),
    ),
    protection: z.object({
      method: z.enum(["exact", "suppression", "dp-geometric"]),
      threshold: z.int().optional(),
      epsilon: z.string().optional(),
      delta: z.string().optional(),
      note: z.string(),
    }),
    unit: z.string(),
    year: z.int().optional(),
  })
  .meta({ id: "StatTable" });

export const release = z
  .object({
    id: z.uuid(),
    datasetId: z.uuid(),
    year: z.int(),
    title: z.string(),
    method: z.enum(["suppression", "dp-geometric"]),
    parameters: z.record(z.string(), z.unknown()),
    tables: z.array(statTable),
    public: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: "StatRelease" });

export type StatTable = z.infer<typeof statTable>;
