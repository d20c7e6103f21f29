import { Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { StatTable } from "../api/types.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { ScrollRegion } from "./scroll-region.tsx";
import { useStatLabels } from "./stat-labels.ts";
import { crossTable, oneWay, TOTAL, type Figure } from "./stat-data.ts";

/** Tables over every country: only the countries with a figure are listed. */
const COUNTRY_TABLES = new Set(["victims.citizenship", "victims.exploitation_country"]);

/** A figure in a table cell: the number, or ":" (said as "withheld") where it is withheld. */
export function FigureText({ value }: { value: Figure | undefined }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const number = (value: number) => formatters.number(value);
  if (value === undefined) return <>–</>;
  if (value === null)
    return (
      <>
        <span aria-hidden>:</span>
        <VisuallyHidden>{t("statistics.withheld.short")}</VisuallyHidden>
      </>
    );
  return <>{number(value)}</>;
}

function valueAttribute(value: Figure | undefined): string | undefined {
  return value === undefined ? undefined : value === null ? "withheld" : String(value);
}

/** A published table as an HTML table: a list for one dimension, a cross-table for two. */
export function StatTableView({ table, caption }: { table: StatTable; caption: string }) {
  const { t } = useTranslation();
  const labels = useStatLabels();
  const dims = table.dimensions;
  const label = (d: number, code: string) => {
    const dimension = dims[d];
    const fallback = dimension?.categories.find((c) => c.code === code)?.label;
    return labels.category(dimension?.name ?? "", code, fallback);
  };
  const dimensionLabel = (d: number) => labels.dimension(dims[d]?.name ?? "", dims[d]?.label);

  if (dims.length === 2) {
    const cross = crossTable(table);
    return (
      <ScrollRegion label={caption}>
        <Table
          withTableBorder
          withColumnBorders
          striped
          miw={Math.min(640, 140 + cross.columnCodes.length * 84)}
          data-testid="stat-table"
          data-table-id={table.id}
        >
          <Table.Caption>
            <VisuallyHidden>{caption}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">
                {dimensionLabel(0)} \ {dimensionLabel(1)}
              </Table.Th>
              {cross.columnCodes.map((code) => (
                <Table.Th key={code} scope="col" ta="right">
                  {label(1, code)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cross.rowCodes.map((row) => (
              <Table.Tr key={row} fw={row === TOTAL ? 700 : undefined}>
                <Table.Th scope="row" fw={row === TOTAL ? 700 : 400}>
                  {label(0, row)}
                </Table.Th>
                {cross.columnCodes.map((column) => {
                  const value = cross.value(row, column);
                  return (
                    <Table.Td
                      key={column}
                      ta="right"
                      fw={column === TOTAL ? 700 : undefined}
                      data-value={valueAttribute(value)}
                    >
                      <FigureText value={value} />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    );
  }

  const { rows, total } = oneWay(table);
  const countries = COUNTRY_TABLES.has(table.id);
  const listed = countries
    ? rows.filter((row) => row.value !== 0).sort((a, b) => (b.value ?? -1) - (a.value ?? -1))
    : rows;
  return (
    <>
      <Table withTableBorder striped data-testid="stat-table" data-table-id={table.id}>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{dimensionLabel(0)}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("statistics.chart.count")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {listed.map((row) => (
            <Table.Tr key={row.code}>
              <Table.Th scope="row" fw={400}>
                {label(0, row.code)}
              </Table.Th>
              <Table.Td ta="right" data-value={valueAttribute(row.value)}>
                <FigureText value={row.value} />
              </Table.Td>
            </Table.Tr>
          ))}
          {total !== undefined && (
            <Table.Tr fw={700}>
              <Table.Th scope="row">{label(0, TOTAL)}</Table.Th>
              <Table.Td ta="right" data-value={valueAttribute(total)}>
                <FigureText value={total} />
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      {countries && (
        <Text size="xs" c="dimmed" mt={4}>
          {listed.length === 0 ? t("statistics.table.noCountry") : t("statistics.table.otherCountries")}
        </Text>
      )}
    </>
  );
}
