import { ActionIcon, Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { RenameForm, useFocusReturn } from "../../components/rename-form";
import { useTranslation } from "../../lib/i18n/use-translation";
import { LIMITS, normalizeTag } from "../../lib/library/library-entry";
import { useLibrary } from "../../lib/library/library-store";
import { tagCounts } from "../../lib/library/tag-counts";
import { changeView, withFilter } from "../../lib/view/view";
import "./i18n";

interface TagManagerProps {
  onDone: (message: string) => void;
  onOpen: () => void;
  /** The tag whose name is being edited, if any (the menu leaves Escape to its field meanwhile). */
  renaming: string | null;
  onRenamingChange: (tag: string | null) => void;
}

/** Every tag with its count: open its papers, rename it or delete it on every paper. */
export function TagManager({ onDone, onOpen, renaming, onRenamingChange }: TagManagerProps) {
  const { t } = useTranslation("library");
  const library = useLibrary((state) => state.library);
  const tags = useMemo(() => tagCounts(library), [library]);
  const [deleting, setDeleting] = useState<string | null>(null);
  // When a rename ends, the focus the field had goes to the Rename button its row gets back.
  const focusReturn = useFocusReturn();
  const endRename = (tag: string) => {
    focusReturn.returnTo(tag);
    onRenamingChange(null);
  };
  if (tags.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("menu.noTags")}
      </Text>
    );
  }
  const rename = (from: string, draft: string) => {
    const to = normalizeTag(draft);
    if (to === null) return;
    const count = to === from ? 0 : useLibrary.getState().renameTag(from, to);
    // Its row now carries the new name.
    endRename(to);
    onDone(t("tags.renamed", { count }));
  };
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("menu.tags")}>
      {tags.map(({ tag, count }) => (
        <li key={tag}>
          {renaming === tag ? (
            <RenameForm
              name={tag}
              maxLength={LIMITS.tagLength}
              labels={{
                form: t("tags.rename", { tag }),
                field: t("tags.newName", { tag }),
                save: t("tags.save"),
                cancel: t("tags.cancel"),
              }}
              problem={(draft) => (normalizeTag(draft) === null ? t("tags.invalid", { max: LIMITS.tagLength }) : null)}
              onSave={(draft) => rename(tag, draft)}
              onCancel={() => endRename(tag)}
            />
          ) : deleting === tag ? (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" style={{ flex: 1 }}>
                {t("tags.confirmDelete", { tag, count })}
              </Text>
              <Button
                size="compact-sm"
                color="red"
                onClick={() => {
                  const changed = useLibrary.getState().deleteTag(tag);
                  setDeleting(null);
                  onDone(t("tags.deleted", { count: changed }));
                }}
              >
                {t("tags.confirm")}
              </Button>
              <Button size="compact-sm" variant="subtle" onClick={() => setDeleting(null)}>
                {t("tags.cancel")}
              </Button>
            </Group>
          ) : (
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Anchor
                size="sm"
                renderRoot={(props) => (
                  <Link {...props} to="/" search={changeView((view) => withFilter(view, "tag", [tag]))} />
                )}
                onClick={onOpen}
                aria-label={t("tags.show", { tag, count })}
                truncate="end"
              >
                {tag}{" "}
                <Text span c="dimmed" size="xs">
                  ({count})
                </Text>
              </Anchor>
              <Group gap={0} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t("tags.rename", { tag })}
                  ref={focusReturn.ref(tag)}
                  onClick={() => {
                    setDeleting(null);
                    onRenamingChange(tag);
                  }}
                >
                  <IconPencil size={16} aria-hidden="true" />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t("tags.delete", { tag })}
                  onClick={() => {
                    onRenamingChange(null);
                    setDeleting(tag);
                  }}
                >
                  <IconTrash size={16} aria-hidden="true" />
                </ActionIcon>
              </Group>
            </Group>
          )}
        </li>
      ))}
    </Stack>
  );
}
