import { Text } from "@mantine/core";
import { segments } from "./highlight.ts";

/** An ad's text with the words that raised an indicator marked. */
export function AdText({ text, spans }: { text: string; spans: readonly { start: number; end: number }[] }) {
  return (
    <Text component="p" size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
      {segments(text, spans).map((s, i) =>
        s.marked ? (
          <mark
            key={i}
            style={{ background: "var(--mantine-color-yellow-2)", color: "inherit", padding: "0 2px" }}
          >
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </Text>
  );
}
