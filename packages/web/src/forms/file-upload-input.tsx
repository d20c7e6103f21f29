import { FileInput, type FileInputProps } from "@mantine/core";
import { IconFileImport } from "@tabler/icons-react";

type FileUploadInputProps<F extends string> = Omit<
  FileInputProps,
  "clearable" | "clearButtonProps" | "required" | "leftSection"
> & {
  /** Names the button that removes the chosen file (it shows only an icon). */
  clearLabel: string;
  /** The format a file's name suggests, if any... */
  formatOf?: (name: string) => F | null;
  /** ...and what to do with it, such as setting the form's format field. */
  onFormat?: (format: F) => void;
};

/** The one file a form sends, required: with a button to remove it, and the format it suggests. */
export function FileUploadInput<F extends string>({
  clearLabel,
  formatOf,
  onFormat,
  onChange,
  ...props
}: FileUploadInputProps<F>) {
  return (
    <FileInput
      clearable
      clearButtonProps={{ "aria-label": clearLabel }}
      required
      leftSection={<IconFileImport size={16} aria-hidden />}
      {...props}
      onChange={(file) => {
        onChange?.(file);
        const format = file === null || formatOf === undefined ? null : formatOf(file.name);
        if (format !== null) onFormat?.(format);
      }}
    />
  );
}
