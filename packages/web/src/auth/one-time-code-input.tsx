import { TextInput, type TextInputProps } from "@mantine/core";

/** A 6-digit authenticator code: one labelled field, numeric keyboard, autofill from the OS. */
export function OneTimeCodeInput(props: TextInputProps) {
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      pattern="[0-9]*"
      required
      styles={{ input: { letterSpacing: "0.3em", fontVariantNumeric: "tabular-nums" } }}
      {...props}
    />
  );
}
