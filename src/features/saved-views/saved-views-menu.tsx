import { Alert, Button, Divider, FileButton, Group, Popover, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { DeferredProps } from "../../components/deferred";
import { useImportProblemText } from "../../components/use-import-problem-text";
import { downloadFile } from "../../lib/export/download";
import { useTranslation } from "../../lib/i18n/use-translation";
import { MAX_IMPORT_BYTES } from "../../lib/library/file-kind";
import { MAX_VIEWS, useSavedViews } from "../../lib/saved-views/saved-views-store";
import { SaveViewForm } from "./save-view-form";
import { SavedViewsList } from "./saved-views-list";
import { viewsFromFile, viewsToFile } from "./views-file";

export default function SavedViewsMenu({ initiallyOpen = false }: DeferredProps) {
  const { t } = useTranslation("savedViews");
  const [opened, setOpened] = useState(initiallyOpen);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const views = useSavedViews((state) => state.views);
  const merge = useSavedViews((state) => state.merge);
  const problemText = useImportProblemText("saved-views");

  const importFile = async (file: File | null) => {
    if (!file) return;
    const result =
      file.size > MAX_IMPORT_BYTES
        ? ({ ok: false, problem: { kind: "too-large", megabytes: Math.round(file.size / 1e6) } } as const)
        : viewsFromFile(await file.text());
    if (!result.ok) setMessage({ text: problemText(result.problem), error: true });
    else {
      const { added, skipped } = merge(result.views);
      const text = [
        added > 0 ? t("imported", { count: added }) : t("importNothing"),
        skipped > 0 ? t("skipped", { count: skipped, max: MAX_VIEWS }) : "",
      ];
      setMessage({ text: text.filter(Boolean).join(" "), error: false });
    }
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      // Escape in a name being edited cancels the rename and leaves the menu open; a rename does not outlive the menu.
      closeOnEscape={renaming === null}
      onClose={() => setRenaming(null)}
      position="bottom-end"
      width={360}
      shadow="md"
      trapFocus
    >
      <Popover.Target>
        <Button variant="default" size="sm" onClick={() => setOpened((o) => !o)} aria-expanded={opened}>
          {t("button")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm" role="dialog" aria-label={t("title")}>
          <Title order={2} size="h5">
            {t("title")}
          </Title>
          <SaveViewForm onSaved={(name) => setMessage({ text: t("saved", { name }), error: false })} />
          {message && (
            <Alert color={message.error ? "red" : "green"} role="status" p="xs">
              {message.text}
            </Alert>
          )}
          <Divider />
          <Text size="xs" c="dimmed">
            {t("count", { count: views.length, max: MAX_VIEWS })}
          </Text>
          <SavedViewsList onOpen={() => setOpened(false)} renaming={renaming} onRenamingChange={setRenaming} />
          <Divider />
          <Group gap="xs">
            <Button
              variant="subtle"
              size="compact-sm"
              disabled={views.length === 0}
              onClick={() =>
                downloadFile({ name: "paper-explorer-views.json", type: "application/json", text: viewsToFile(views) })
              }
            >
              {t("export")}
            </Button>
            <FileButton accept="application/json,.json" onChange={(file) => void importFile(file)}>
              {(props) => (
                <Button variant="subtle" size="compact-sm" {...props}>
                  {t("import")}
                </Button>
              )}
            </FileButton>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
