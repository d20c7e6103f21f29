import { Badge, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PermissionInfo } from "../api/types.ts";
import { permissionArea, permissionLabel } from "./permission-label.ts";

interface PermissionCheckboxesProps {
  legend: string;
  /** A line under the legend saying what the chosen permissions will allow. */
  description: string;
  /** The keys to offer, in display order. */
  available: readonly string[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Server descriptions and personal-data markers, when known. */
  info?: ReadonlyMap<string, PermissionInfo>;
  readOnly?: boolean;
  error?: string | undefined;
}

const KNOWN_AREAS = [
  "organisation",
  "user",
  "role",
  "audit",
  "token",
  "demo",
  "screening",
  "case",
  "referral",
  "online",
  "stats",
  "prevent",
] as const;
type KnownArea = (typeof KNOWN_AREAS)[number];

function isKnownArea(area: string): area is KnownArea {
  return (KNOWN_AREAS as readonly string[]).includes(area);
}

/** A form's permission field: checkboxes grouped by area, marking those that reach personal data. */
export function PermissionCheckboxes({
  legend,
  description,
  available,
  value,
  onChange,
  info,
  readOnly,
  error,
}: PermissionCheckboxesProps) {
  const { t } = useTranslation();
  const areas = new Map<string, string[]>();
  for (const key of available) {
    const area = permissionArea(key);
    areas.set(area, [...(areas.get(area) ?? []), key]);
  }
  const toggle = (key: string, checked: boolean) => {
    onChange(checked ? [...value, key] : value.filter((candidate) => candidate !== key));
  };

  return (
    <Fieldset legend={legend} variant="unstyled">
      <Text size="sm" c="dimmed" mb="xs">
        {description}
      </Text>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {[...areas].map(([area, keys]) => (
            <Fieldset
              key={area}
              legend={isKnownArea(area) ? t(`permissionAreas.${area}`) : area}
              variant="filled"
              p="sm"
            >
              <Stack gap="xs">
                {keys.map((key) => {
                  const details = info?.get(key);
                  return (
                    <Checkbox
                      key={key}
                      checked={value.includes(key)}
                      disabled={readOnly === true}
                      onChange={(event) => {
                        toggle(key, event.currentTarget.checked);
                      }}
                      label={
                        <Group gap={6} component="span">
                          <span>{permissionLabel(t, key, details?.description)}</span>
                          {details?.personalData === true && (
                            <Badge component="span" size="xs" variant="light" color="orange">
                              {t("roles.personalData")}
                            </Badge>
                          )}
                        </Group>
                      }
                      description={
                        <Text span ff="monospace" size="xs">
                          {key}
                        </Text>
                      }
                    />
                  );
                })}
              </Stack>
            </Fieldset>
          ))}
        </SimpleGrid>
        {error !== undefined && (
          <Text c="var(--mantine-color-error)" size="sm" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
