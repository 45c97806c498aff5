import { ActionIcon, Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { IconLink, IconPencil, IconTrash } from "@tabler/icons-react";
import { Link, useRouter } from "@tanstack/react-router";
import { RenameForm, useFocusReturn } from "../../components/rename-form";
import { useCopyLink } from "../../components/use-copy-link";
import { useTranslation } from "../../lib/i18n/use-translation";
import { markOpened } from "../../lib/saved-views/mark-opened";
import { MAX_NAME_LENGTH, nameProblem } from "../../lib/saved-views/saved-views";
import { type SavedView, useSavedViews } from "../../lib/saved-views/saved-views-store";
import { useNewSince } from "../../lib/saved-views/use-new-since";
import { parseSearch } from "../../lib/url/search-codec";
import { shareLink } from "../../lib/view/share-link";
import { decodeView, pickRawView, viewSearchFromQuery } from "../../lib/view/view";

/** A saved view's canonical link, as the table opens it. */
function savedViewLink(saved: SavedView): string {
  const view = decodeView(pickRawView(parseSearch(saved.search))).view;
  return shareLink({ page: "explorer", view }, window.location.origin);
}

interface SavedViewsListProps {
  onOpen: () => void;
  /** The id of the view whose name is being edited, if any. */
  renaming: string | null;
  onRenamingChange: (id: string | null) => void;
}

export function SavedViewsList({ onOpen, renaming, onRenamingChange }: SavedViewsListProps) {
  const { t } = useTranslation("savedViews");
  const views = useSavedViews((state) => state.views);
  const remove = useSavedViews((state) => state.remove);
  const copyLink = useCopyLink();
  const router = useRouter();
  const newSince = useNewSince(views);
  const rename = useSavedViews((state) => state.rename);
  // When a rename ends, the focus the field had goes to the Rename button its row gets back.
  const focusReturn = useFocusReturn();
  const endRename = (id: string) => {
    focusReturn.returnTo(id);
    onRenamingChange(null);
  };
  if (views.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("empty")}
      </Text>
    );
  }
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {views.map((view) =>
        view.id === renaming ? (
          <li key={view.id}>
            <RenameForm
              name={view.name}
              maxLength={MAX_NAME_LENGTH}
              labels={{
                form: t("rename", { name: view.name }),
                field: t("newName", { name: view.name }),
                save: t("save"),
                cancel: t("cancel"),
              }}
              problem={(draft) =>
                nameProblem(views, draft, view.id) === "taken" ? t("nameTaken", { name: draft.trim() }) : null
              }
              // A name another tab took a moment ago is refused here too, and `problem` then says so.
              onSave={(draft) => {
                if (rename(view.id, draft) === null) endRename(view.id);
              }}
              onCancel={() => endRename(view.id)}
            />
          </li>
        ) : (
          <Group key={view.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
            <Anchor
              renderRoot={(props) => <Link {...props} to="/" search={viewSearchFromQuery(view.search)} />}
              onClick={() => {
                markOpened(view, router);
                onOpen();
              }}
              aria-label={t("open", { name: view.name })}
              truncate="end"
            >
              {view.name}
            </Anchor>
            <Group gap={4} wrap="nowrap">
              <NewBadge count={newSince.get(view.id) ?? 0} />
              <ActionIcon
                ref={focusReturn.ref(view.id)}
                variant="subtle"
                aria-label={t("rename", { name: view.name })}
                onClick={() => onRenamingChange(view.id)}
              >
                <IconPencil size={16} aria-hidden="true" />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                aria-label={t("copyLink", { name: view.name })}
                onClick={() => void copyLink(savedViewLink(view))}
              >
                <IconLink size={16} aria-hidden="true" />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t("remove", { name: view.name })}
                onClick={() => remove(view.id)}
              >
                <IconTrash size={16} aria-hidden="true" />
              </ActionIcon>
            </Group>
          </Group>
        ),
      )}
    </Stack>
  );
}

/** How many papers the view gained since the reader last saw it; nothing when none. */
function NewBadge({ count }: { count: number }) {
  const { t } = useTranslation("savedViews");
  if (count === 0) return null;
  return (
    <Badge variant="light" size="sm" title={t("newSinceTitle", { count })}>
      {t("newSince", { count })}
    </Badge>
  );
}
