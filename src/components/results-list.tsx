import { List, Text } from "@mantine/core";
import type { PaperResult } from "../lib/dataset/schema";

/** A paper's reported numbers, or `emptyText` when it reports none. */
export function ResultsList({ results, emptyText }: { results: PaperResult[]; emptyText: string }) {
  if (results.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  }
  // The dataset records metrics in English, whatever the interface language.
  return (
    <List size="sm" spacing={6} lang="en">
      {results.map((result) => (
        <List.Item key={`${result.metric}:${result.value}:${result.context}`}>
          <Text span fw={700} size="sm">
            {result.value}
          </Text>{" "}
          <Text span size="sm">
            {result.metric}
          </Text>
          {result.context && (
            <Text size="xs" c="dimmed">
              {result.context}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
