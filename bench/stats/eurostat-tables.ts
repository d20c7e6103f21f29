import { type Dimension, type TableSpec } from "@ariadne/privacy";
import { type CaseRecords, dimensions, FORM_LISTS, GROUP_OF_COUNTRY } from "./case-records.ts";

/** How one attribute of a record (by index) is read: category indices, −1 for not recorded. */
interface Attribute {
  readonly dimension: Dimension;
  readonly value: (i: number) => number | readonly number[];
}

export function attributes(
  records: CaseRecords,
): Record<"year" | "sex" | "age" | "country" | "group" | "form", Attribute> {
  return {
    year: { dimension: dimensions.year, value: (i) => records.year[i] ?? -1 },
    sex: { dimension: dimensions.sex, value: (i) => records.sex[i] ?? -1 },
    age: { dimension: dimensions.age, value: (i) => records.age[i] ?? -1 },
    country: { dimension: dimensions.country, value: (i) => records.country[i] ?? -1 },
    group: {
      dimension: dimensions.group,
      value: (i) => {
        const c = records.country[i] ?? -1;
        return c === -1 ? -1 : (GROUP_OF_COUNTRY[c] ?? -1);
      },
    },
    form: { dimension: dimensions.form, value: (i) => FORM_LISTS[records.forms[i] ?? 0] ?? [] },
  };
}

/** Eight two-way tables in the style of Eurostat's crim_thb_* datasets. */
export function eurostatTables(records: CaseRecords): TableSpec<number>[] {
  const a = attributes(records);
  const table = (first: Attribute, second: Attribute): TableSpec<number> => ({
    id: `${first.dimension.name}×${second.dimension.name}`,
    dimensions: [first, second],
  });
  return [
    table(a.year, a.sex),
    table(a.year, a.age),
    table(a.year, a.group),
    table(a.country, a.sex),
    table(a.form, a.sex),
    table(a.year, a.form),
    table(a.year, a.country),
    table(a.country, a.form),
  ];
}

/** The record indices 0 … n − 1, as the iterable the aggregation reads. */
export function* indices(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}
