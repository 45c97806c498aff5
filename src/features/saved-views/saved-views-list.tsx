import { ActionIcon, Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { IconLink, IconPencil, IconTrash } from "@tabler/icons-react";
import { Link, useRouter } from "@tanstack/react-router";
import { useRef } from "react";
import { useCopyLink } from "../../components/use-copy-link";
import { useTranslation } from "../../lib/i18n/use-translation";
import { markOpened } from "../../lib/saved-views/mark-opened";
import { type SavedView, useSavedViews } from "../../lib/saved-views/saved-views-store";
import { useNewSince } from "../../lib/saved-views/use-new-since";
import { parseSearch } from "../../lib/url/search-codec";
import { shareLink } from "../../lib/view/share-link";
import { decodeView, pickRawView, viewSearchFromQuery } from "../../lib/view/view";
import { RenameViewForm } from "./rename-view-form";

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
  // When a rename ends, the focus the field had goes to the Rename button its row gets back.
  const focusAfterRename = useRef<string | null>(null);
  const endRename = () => {
    focusAfterRename.current = renaming;
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
            <RenameViewForm view={view} onDone={endRename} />
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
                ref={(button) => {
                  if (button && focusAfterRename.current === view.id) {
                    focusAfterRename.current = null;
                    button.focus();
                  }
                }}
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
