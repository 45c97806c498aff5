import { Group, type GroupProps, Kbd, type MantineSize, Text } from "@mantine/core";
import { Fragment } from "react";
import { type Scope, shortcutLines } from "../lib/shortcuts/shortcuts";
import { useShortcutText } from "../lib/shortcuts/use-shortcut-text";

/** Keycaps for a shortcut's alternatives, as the reader's platform writes them: "Ctrl + K or /". */
export function ShortcutKeys({ keys, size }: { keys: readonly string[]; size?: MantineSize }) {
  const text = useShortcutText();
  return keys.map((chord, i) => (
    <Fragment key={chord}>
      {i > 0 && ` ${text.or} `}
      {text.keys(chord).map((key, j) => (
        <Fragment key={key}>
          {j > 0 && " + "}
          <Kbd size={size}>{key}</Kbd>
        </Fragment>
      ))}
    </Fragment>
  ));
}

/** A scope's shortcuts in one row of small hints ("j or → Next paper"), for the foot of a pane or dialog. */
export function ShortcutHints({ scope, ...props }: { scope: Scope } & GroupProps) {
  const text = useShortcutText();
  return (
    <Group gap="md" {...props}>
      {shortcutLines(scope).map((line) => (
        <Text key={line.label} size="xs" span>
          <ShortcutKeys keys={line.keys} size="xs" /> {text.label(line.label)}
        </Text>
      ))}
    </Group>
  );
}
