import { Modal, Stack, Table, Title } from "@mantine/core";
import { ShortcutKeys } from "../../components/shortcut-keys";
import { useTranslation } from "../../lib/i18n/use-translation";
import { SCOPE_ORDER, shortcutLines } from "../../lib/shortcuts/shortcuts";
import { useShortcutText } from "../../lib/shortcuts/use-shortcut-text";

/** Every keyboard shortcut of the app, from the registry, grouped by where it works. */
export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation("quickFind");
  const { t: tShortcuts } = useTranslation("shortcuts");
  const text = useShortcutText();

  return (
    <Modal.Root opened={opened} onClose={onClose} size="lg">
      <Modal.Overlay />
      <Modal.Content>
        {/* A div, not Mantine's <header>: inside a dialog that would be a second page banner. */}
        <Modal.Header component="div">
          <Modal.Title fw={700}>{t("help.title")}</Modal.Title>
          <Modal.CloseButton aria-label={t("help.close")} />
        </Modal.Header>
        <Modal.Body>
          <Stack gap="md">
            {SCOPE_ORDER.map((scope) => (
              <section key={scope} aria-labelledby={`shortcuts-${scope}`}>
                <Title order={3} size="h5" id={`shortcuts-${scope}`} mb={4}>
                  {tShortcuts(`scopes.${scope}`)}
                </Title>
                <Table withRowBorders={false} verticalSpacing={4} aria-labelledby={`shortcuts-${scope}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w="40%">{t("help.key")}</Table.Th>
                      <Table.Th>{t("help.does")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shortcutLines(scope).map((line) => (
                      <Table.Tr key={line.label}>
                        <Table.Td>
                          <ShortcutKeys keys={line.keys} />
                        </Table.Td>
                        <Table.Td>{text.label(line.label)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </section>
            ))}
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
