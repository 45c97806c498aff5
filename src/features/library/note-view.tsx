import { Anchor, Text } from "@mantine/core";
import { Fragment, useMemo } from "react";
import { ExternalLink } from "../../components/external-link";
import { parseNote } from "../../lib/library/note-markdown";

/** A note as text and links: never markup (see parseNote). */
export function NoteView({ note }: { note: string }) {
  const paragraphs = useMemo(() => parseNote(note), [note]);
  return paragraphs.map((lines, p) => (
    // Paragraphs have no identity but their place; the list is rebuilt whole when the note changes.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <Text key={p} size="sm" mb="xs" style={{ overflowWrap: "anywhere" }}>
      {lines.map((parts, l) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one paragraph, in order
        <Fragment key={l}>
          {l > 0 && <br />}
          {parts.map((part, k) =>
            part.type === "link" ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: parts of one line, in order
              <Anchor key={k} component={ExternalLink} href={part.href} inherit>
                {part.text}
              </Anchor>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: parts of one line, in order
              <Fragment key={k}>{part.text}</Fragment>
            ),
          )}
        </Fragment>
      ))}
    </Text>
  ));
}
