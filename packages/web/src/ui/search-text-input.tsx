import { TextInput, type TextInputProps } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";

interface SearchTextInputProps {
  /** The text searched for, as the address has it. */
  query: string | undefined;
  /** A moment after typing stops: the trimmed text, or undefined for none. Not called when it is unchanged. */
  onQueryChange: (query: string | undefined) => void;
  description: string;
  w: TextInputProps["w"];
}

/** A list's free-text search: it follows the address, and changes it once the typing pauses. */
export function SearchTextInput({ query, onQueryChange, description, w }: SearchTextInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(query ?? "");
  // A link or the navigation may change the search from outside: the field follows it.
  const [shownQuery, setShownQuery] = useState(query);
  if (query !== shownQuery) {
    setShownQuery(query);
    setText(query ?? "");
  }
  const applyText = useDebouncedCallback((value: string) => {
    const trimmed = value.trim();
    if (trimmed === (query ?? "")) return;
    onQueryChange(trimmed === "" ? undefined : trimmed);
  }, 350);
  return (
    <TextInput
      label={t("common.search")}
      description={description}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        applyText(event.currentTarget.value);
      }}
      spellCheck={false}
      w={w}
    />
  );
}
