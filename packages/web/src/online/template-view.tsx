import { Box, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { Network } from "../api/types.ts";

type Template = NonNullable<Network["templates"][number]["template"]>;

const SLOT_KINDS = [
  "text",
  "name",
  "age",
  "city",
  "phone",
  "email",
  "url",
  "handle",
  "price",
  "number",
  "place",
] as const;
type SlotKind = (typeof SLOT_KINDS)[number];
const isSlotKind = (value: string): value is SlotKind => (SLOT_KINDS as readonly string[]).includes(value);

/** "name", "age2"… in the interface language ("age2" is the second age slot). */
export function slotLabel(t: TFunction, name: string): string {
  const match = /^([a-z]+)(\d*)$/.exec(name);
  const base = match?.[1] ?? name;
  const number = match?.[2] ?? "";
  const label = isSlotKind(base) ? t(`online.slots.${base}`) : base;
  return number === "" ? label : `${label} ${number}`;
}

/**
 * A cluster's template: the words most of its ads share, as they are, and the slots where
 * the ads differ, highlighted and named by what they hold (a name, an age, a city…).
 */
export function TemplateView({ template }: { template: Template }) {
  const { t } = useTranslation();
  return (
    <Text component="p" size="sm" lh={1.9} data-testid="template" style={{ overflowWrap: "anywhere" }}>
      {template.parts.map((part, i) =>
        part.kind === "text" ? (
          <span key={i}>{`${part.text} `}</span>
        ) : (
          <Fragment key={i}>
            <Box
              component="span"
              data-testid="template-slot"
              px={6}
              mr={4}
              style={{
                background: "var(--mantine-color-blue-0)",
                border: "1px dashed var(--mantine-color-blue-7)",
                borderRadius: 4,
                color: "var(--mantine-color-blue-9)",
                fontStyle: "italic",
                whiteSpace: "nowrap",
              }}
            >
              {slotLabel(t, part.name)}
            </Box>{" "}
          </Fragment>
        ),
      )}
    </Text>
  );
}
