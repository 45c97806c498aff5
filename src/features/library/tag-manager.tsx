import { ActionIcon, Anchor, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "../../lib/i18n/use-translation";
import { LIMITS, normalizeTag } from "../../lib/library/library-entry";
import { useLibrary } from "../../lib/library/library-store";
import { tagCounts } from "../../lib/library/tag-counts";
import { changeView, withFilter } from "../../lib/view/view";
import "./i18n";

type Editing = { tag: string; mode: "rename" | "delete" } | null;

/** Every tag with its count: open its papers, rename it or delete it on every paper. */
export function TagManager({ onDone, onOpen }: { onDone: (message: string) => void; onOpen: () => void }) {
  const { t } = useTranslation("library");
  const library = useLibrary((state) => state.library);
  const tags = useMemo(() => tagCounts(library), [library]);
  const [editing, setEditing] = useState<Editing>(null);
  const [name, setName] = useState("");
  const [invalid, setInvalid] = useState(false);
  if (tags.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("menu.noTags")}
      </Text>
    );
  }
  const rename = (event: FormEvent, from: string) => {
    event.preventDefault();
    const to = normalizeTag(name);
    if (to === null) {
      setInvalid(true);
      return;
    }
    const count = to === from ? 0 : useLibrary.getState().renameTag(from, to);
    setEditing(null);
    onDone(t("tags.renamed", { count }));
  };
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("menu.tags")}>
      {tags.map(({ tag, count }) => (
        <li key={tag}>
          {editing?.tag === tag && editing.mode === "rename" ? (
            <form onSubmit={(event) => rename(event, tag)}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  size="xs"
                  aria-label={t("tags.newName", { tag })}
                  value={name}
                  onChange={(event) => {
                    setName(event.currentTarget.value);
                    setInvalid(false);
                  }}
                  error={invalid ? t("tags.invalid", { max: LIMITS.tagLength }) : undefined}
                  maxLength={LIMITS.tagLength}
                  data-autofocus
                  style={{ flex: 1 }}
                />
                <Button size="compact-sm" type="submit">
                  {t("tags.save")}
                </Button>
                <Button size="compact-sm" variant="subtle" onClick={() => setEditing(null)}>
                  {t("tags.cancel")}
                </Button>
              </Group>
            </form>
          ) : editing?.tag === tag && editing.mode === "delete" ? (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" style={{ flex: 1 }}>
                {t("tags.confirmDelete", { tag, count })}
              </Text>
              <Button
                size="compact-sm"
                color="red"
                onClick={() => {
                  const changed = useLibrary.getState().deleteTag(tag);
                  setEditing(null);
                  onDone(t("tags.deleted", { count: changed }));
                }}
              >
                {t("tags.confirm")}
              </Button>
              <Button size="compact-sm" variant="subtle" onClick={() => setEditing(null)}>
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
                  onClick={() => {
                    setName(tag);
                    setInvalid(false);
                    setEditing({ tag, mode: "rename" });
                  }}
                >
                  <IconPencil size={16} aria-hidden="true" />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t("tags.delete", { tag })}
                  onClick={() => setEditing({ tag, mode: "delete" })}
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
