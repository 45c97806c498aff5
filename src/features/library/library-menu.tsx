import { Alert, Anchor, Button, Divider, FileButton, Group, Popover, Stack, Text, Title } from "@mantine/core";
import { IconBooks } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import type { DeferredProps } from "../../components/deferred";
import { useImportProblemText } from "../../components/use-import-problem-text";
import { downloadFile } from "../../lib/export/download";
import { useTranslation } from "../../lib/i18n/use-translation";
import { LIMITS } from "../../lib/library/library-entry";
import { libraryToFile } from "../../lib/library/library-file";
import { useLibrary } from "../../lib/library/library-store";
import { useLocale } from "../../lib/locale/use-locale";
import { MAX_VIEWS } from "../../lib/saved-views/saved-views";
import { useSavedViews } from "../../lib/saved-views/saved-views-store";
import { STORAGE_QUOTA, storageUsed } from "../../lib/storage/storage-usage";
import { changeView, withFilter } from "../../lib/view/view";
import { ImportPreview } from "./import-preview";
import { TagManager } from "./tag-manager";
import { useLibraryImport } from "./use-library-import";
import "./i18n";

const FILE_NAME = "paper-explorer-library.json";

function kilobytes(characters: number, number: (n: number) => string): string {
  return characters >= 1024 * 1024
    ? `${number(Math.round((characters / 1024 / 1024) * 10) / 10)} MB`
    : `${number(Math.ceil(characters / 1024))} KB`;
}

/** The header's "Library": what the library holds and its limits, the library file, and the tags. */
export default function LibraryMenu({ initiallyOpen = false }: DeferredProps) {
  const { t } = useTranslation("library");
  const locale = useLocale();
  const [opened, setOpened] = useState(initiallyOpen);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [renamingTag, setRenamingTag] = useState<string | null>(null);
  const entries = useLibrary((state) => state.library.entries.size);
  const views = useSavedViews((state) => state.views.length);
  const problemText = useImportProblemText("library");
  const importer = useLibraryImport();

  const exportLibrary = () => {
    const text = libraryToFile(useLibrary.getState().records.values(), useSavedViews.getState().views, new Date());
    downloadFile({ name: FILE_NAME, type: "application/json", text });
    setMessage({ text: t("menu.exported", { file: FILE_NAME }), error: false });
  };
  const importLibrary = async (file: File | null) => {
    if (!file) return;
    const problem = await importer.read(file);
    if (problem) setMessage({ text: problemText(problem), error: true });
    else {
      setMessage(null);
      setOpened(false);
    }
  };

  return (
    <>
      <Popover
        opened={opened}
        onChange={setOpened}
        // Escape in a tag being renamed cancels the rename and leaves the menu open; a rename does not outlive the menu.
        closeOnEscape={renamingTag === null}
        onClose={() => setRenamingTag(null)}
        position="bottom-end"
        width={380}
        shadow="md"
        trapFocus
      >
        <Popover.Target>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconBooks size={16} aria-hidden="true" />}
            onClick={() => setOpened((o) => !o)}
            aria-expanded={opened}
          >
            {t("menu.button")}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          {/* Read when it opens: the usage changes with every edit, and nothing needs to follow it while closed. */}
          {opened && (
            <Stack gap="sm" role="dialog" aria-label={t("menu.title")}>
              <Title order={2} size="h5">
                {t("menu.title")}
              </Title>
              <Text size="sm">
                {t("menu.counts", {
                  count: entries,
                  max: locale.number(LIMITS.entries),
                  views,
                  maxViews: MAX_VIEWS,
                })}
              </Text>
              <Text size="xs" c="dimmed">
                {t("menu.usage", {
                  used: kilobytes(storageUsed(), locale.number),
                  quota: kilobytes(STORAGE_QUOTA, locale.number),
                })}
              </Text>
              <Anchor
                size="sm"
                renderRoot={(props) => (
                  <Link {...props} to="/" search={changeView((view) => withFilter(view, "starred", ["1"]))} />
                )}
                onClick={() => setOpened(false)}
              >
                {t("menu.showStarred")}
              </Anchor>
              <Group gap="xs">
                <Button variant="default" size="compact-sm" onClick={exportLibrary}>
                  {t("menu.export")}
                </Button>
                <FileButton accept="application/json,.json" onChange={(file) => void importLibrary(file)}>
                  {(props) => (
                    <Button variant="default" size="compact-sm" {...props}>
                      {t("menu.import")}
                    </Button>
                  )}
                </FileButton>
              </Group>
              {message && (
                <Alert color={message.error ? "red" : "green"} role="status" p="xs">
                  {message.text}
                </Alert>
              )}
              <Divider />
              <Title order={3} size="h6">
                {t("menu.tags")}
              </Title>
              <TagManager
                onDone={(text) => setMessage({ text, error: false })}
                onOpen={() => setOpened(false)}
                renaming={renamingTag}
                onRenamingChange={setRenamingTag}
              />
              <Divider />
              <Text size="xs" c="dimmed">
                {t("menu.private")}
              </Text>
            </Stack>
          )}
        </Popover.Dropdown>
      </Popover>
      <ImportPreview
        plan={importer.plan}
        onApply={() => {
          importer.apply();
          setMessage({ text: t("import.done"), error: false });
        }}
        onCancel={importer.cancel}
      />
    </>
  );
}
