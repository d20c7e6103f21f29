import { Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useId, type CSSProperties, type ReactNode } from "react";
import classes from "./choice-group.module.css";

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
}

interface ChoiceGroupProps<V extends string> {
  /** The question; a fieldset's legend, so every option is announced with it. */
  legend: ReactNode;
  /** The language of the legend when it differs from the interface (an interview prompt). */
  legendLang?: string;
  description?: ReactNode;
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  /** Options per row; they wrap onto more rows. */
  columns?: number;
  testId?: string;
}

/**
 * A radio group of large buttons: native radios in a fieldset with a legend, each option a
 * touch target of at least 48 px, with the chosen one filled and ticked.
 */
export function ChoiceGroup<V extends string>({
  legend,
  legendLang,
  description,
  choices,
  value,
  onChange,
  columns = 3,
  testId,
}: ChoiceGroupProps<V>) {
  const name = useId();
  const descriptionId = `${name}-description`;
  return (
    <fieldset
      className={classes.fieldset}
      aria-describedby={description === undefined ? undefined : descriptionId}
      data-testid={testId}
    >
      <legend className={classes.legend} lang={legendLang}>
        {legend}
      </legend>
      {description !== undefined && (
        <Text id={descriptionId} size="sm" c="dimmed" className={classes.description}>
          {description}
        </Text>
      )}
      <div className={classes.options} style={{ "--choice-columns": columns } as CSSProperties}>
        {choices.map((choice) => {
          const checked = value === choice.value;
          return (
            <label key={choice.value} className={classes.option} data-checked={checked || undefined}>
              <input
                type="radio"
                className={classes.input}
                name={name}
                value={choice.value}
                checked={checked}
                onChange={() => {
                  onChange(choice.value);
                }}
              />
              {checked && <IconCheck size={14} aria-hidden className={classes.check} />}
              <span>{choice.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
