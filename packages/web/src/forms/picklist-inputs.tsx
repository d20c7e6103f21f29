import {
  Checkbox,
  MultiSelect,
  Select,
  SimpleGrid,
  type CheckboxGroupProps,
  type MultiSelectProps,
  type SelectProps,
} from "@mantine/core";

interface Labelled<V extends string> {
  /** The closed list, in the order to offer it. */
  values: readonly V[];
  /** A value's label in the interface language. */
  labelOf: (value: V) => string;
}

/** One value of a closed list (an HTCDS picklist), labels translated. */
export function PicklistSelect<V extends string>({
  values,
  labelOf,
  ...props
}: Labelled<V> & Omit<SelectProps, "data">) {
  return (
    <Select
      data={values.map((value) => ({ value, label: labelOf(value) }))}
      clearable
      searchable
      {...props}
    />
  );
}

/** Several values of a closed list (an HTCDS multi-select picklist), labels translated. */
export function PicklistMultiSelect<V extends string>({
  values,
  labelOf,
  ...props
}: Labelled<V> & Omit<MultiSelectProps, "data">) {
  return (
    <MultiSelect
      data={values.map((value) => ({ value, label: labelOf(value) }))}
      clearable
      searchable
      {...props}
    />
  );
}

/** A short closed list as checkboxes in a fieldset (a legend names the group). */
export function PicklistCheckboxes<V extends string>({
  values,
  labelOf,
  descriptionOf,
  columns = 2,
  ...props
}: Labelled<V> &
  Omit<CheckboxGroupProps, "children"> & {
    descriptionOf?: (value: V) => string;
    columns?: number;
  }) {
  return (
    <Checkbox.Group {...props}>
      <SimpleGrid cols={{ base: 1, xs: columns }} spacing="xs" mt="xs">
        {values.map((value) => (
          <Checkbox
            key={value}
            value={value}
            label={labelOf(value)}
            {...(descriptionOf === undefined ? {} : { description: descriptionOf(value) })}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
