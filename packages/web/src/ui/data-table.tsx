import { Table, VisuallyHidden, type TableProps } from "@mantine/core";
import type { ReactNode } from "react";

export interface DataTableColumn {
  /** The header text, which also names the column's cells for assistive technology. */
  label: string;
  /** Heard by screen readers but not shown, as for a column of row actions. */
  visuallyHidden?: boolean;
}

interface DataTableProps extends Omit<TableProps, "children"> {
  columns: readonly DataTableColumn[];
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The body's rows (`Table.Tr`). */
  children: ReactNode;
}

/** A striped list table with a header row of column headers; extra props go to the `Table`. */
export function DataTable({ columns, minWidth, children, ...tableProps }: DataTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover {...tableProps}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.label} scope="col">
                {column.visuallyHidden === true ? (
                  <VisuallyHidden>{column.label}</VisuallyHidden>
                ) : (
                  column.label
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
