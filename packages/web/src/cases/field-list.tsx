import { DataList, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { ReactNode } from "react";

export interface FieldItem {
  label: string;
  /** Nothing to show when null, undefined or "": the row is left out. */
  value: ReactNode;
}

/** Recorded fields as a description list (label, value); rows without a value are left out. */
export function FieldList({ items, empty }: { items: readonly FieldItem[]; empty?: string }) {
  const phone = useMediaQuery("(max-width: 36em)");
  const shown = items.filter((item) => item.value !== null && item.value !== undefined && item.value !== "");
  if (shown.length === 0) return empty === undefined ? null : <Text c="dimmed">{empty}</Text>;
  return (
    <DataList orientation={phone ? "vertical" : "horizontal"} labelWidth="14rem" gap="xs">
      {shown.map((item) => (
        <DataList.Item key={item.label}>
          <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
            {item.value}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
