import { Kbd, Modal, Stack, Table, Title } from "@mantine/core";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { modKeyLabel } from "./mod-key";

interface Shortcut {
  /** Alternatives; each alternative is a list of keys pressed together. */
  keys: string[][];
  does: string;
}

/** Every keyboard shortcut of the app, grouped by where it works. */
export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation("quickFind");
  const mod = modKeyLabel();
  const groups: { id: string; shortcuts: Shortcut[] }[] = [
    {
      id: "everywhere",
      shortcuts: [
        { keys: [[mod, "K"]], does: t("help.palette") },
        { keys: [["/"]], does: t("help.paletteOutsideFields") },
        { keys: [["?"]], does: t("help.help") },
      ],
    },
    {
      id: "palette",
      shortcuts: [
        { keys: [["↑"], ["↓"]], does: t("help.move") },
        { keys: [["Enter"]], does: t("help.choose") },
        { keys: [["Esc"]], does: t("help.close") },
      ],
    },
    {
      id: "table",
      shortcuts: [
        { keys: [["↑"], ["↓"]], does: t("help.rows") },
        { keys: [["PageUp"], ["PageDown"]], does: t("help.pageRows") },
        { keys: [["Home"], ["End"]], does: t("help.firstLast") },
        { keys: [["Enter"]], does: t("help.openRow") },
        { keys: [["Space"]], does: t("help.select") },
      ],
    },
    {
      id: "pane",
      shortcuts: [
        { keys: [["j"], ["→"]], does: t("help.next") },
        { keys: [["k"], ["←"]], does: t("help.previous") },
        { keys: [["Esc"]], does: t("help.closePane") },
        { keys: [["s"]], does: t("help.star") },
        { keys: [["r"]], does: t("help.status") },
      ],
    },
  ];

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
            {groups.map((group) => (
              <section key={group.id} aria-labelledby={`shortcuts-${group.id}`}>
                <Title order={3} size="h5" id={`shortcuts-${group.id}`} mb={4}>
                  {t(`help.groups.${group.id}` as "help.groups.table")}
                </Title>
                <Table withRowBorders={false} verticalSpacing={4} aria-labelledby={`shortcuts-${group.id}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w="40%">{t("help.key")}</Table.Th>
                      <Table.Th>{t("help.does")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {group.shortcuts.map((shortcut) => (
                      <Table.Tr key={shortcut.does}>
                        <Table.Td>
                          {shortcut.keys.map((combo, i) => (
                            <Fragment key={combo.join("+")}>
                              {i > 0 && ` ${t("help.or")} `}
                              {combo.map((key, j) => (
                                <Fragment key={key}>
                                  {j > 0 && " + "}
                                  <Kbd>{key}</Kbd>
                                </Fragment>
                              ))}
                            </Fragment>
                          ))}
                        </Table.Td>
                        <Table.Td>{shortcut.does}</Table.Td>
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
