import type { StatTable } from "./stat-table.ts";

/** Small invented tables for the output tests (no real case data). */
export function sexByAgeTable(overrides: Partial<StatTable> = {}): StatTable {
  const sex = [
    { code: "female", label: "Female" },
    { code: "male", label: "Male" },
    { code: "TOTAL", label: "Total" },
  ];
  const age = [
    { code: "child", label: "Child" },
    { code: "adult", label: "Adult" },
    { code: "TOTAL", label: "Total" },
  ];
  const values: Record<string, number | null> = {
    "female child": null,
    "female adult": 12,
    "female TOTAL": 15,
    "male child": null,
    "male adult": 7,
    "male TOTAL": 9,
    "TOTAL child": 5,
    "TOTAL adult": 19,
    "TOTAL TOTAL": 24,
  };
  return {
    id: "victims-sex-age",
    title: "Registered victims by sex and age group",
    dimensions: [
      { name: "sex", label: "Sex", categories: sex },
      { name: "age_group", label: "Age group", categories: age },
    ],
    cells: Object.entries(values).map(([key, value]) => ({ categories: key.split(" "), value })),
    protection: { method: "suppression", threshold: 5, note: "Invented figures for tests." },
    unit: "persons",
    year: 2024,
    ...overrides,
  };
}

export function formsTable(): StatTable {
  return {
    id: "victims-form",
    title: "Registered victims by form of exploitation",
    dimensions: [
      {
        name: "form",
        label: "Form of exploitation",
        categories: [
          { code: "sexual", label: "Sexual exploitation" },
          { code: "labour", label: "Labour exploitation" },
          { code: "begging", label: "Forced begging" },
          { code: "TOTAL", label: "Total" },
        ],
      },
    ],
    cells: [
      { categories: ["labour"], value: 11 },
      { categories: ["sexual"], value: 14 },
      { categories: ["begging"], value: null },
      { categories: ["TOTAL"], value: 27 },
    ],
    protection: { method: "dp-geometric", epsilon: "0.5", note: "" },
    unit: "persons",
  };
}
