import { ActionIcon, Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { IconLink, IconTrash } from "@tabler/icons-react";
import { Link, useRouter } from "@tanstack/react-router";
import { useCopyLink } from "../../components/use-copy-link";
import { useTranslation } from "../../lib/i18n/use-translation";
import { markOpened } from "../../lib/saved-views/mark-opened";
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

export function SavedViewsList({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation("savedViews");
  const views = useSavedViews((state) => state.views);
  const remove = useSavedViews((state) => state.remove);
  const copyLink = useCopyLink();
  const router = useRouter();
  const newSince = useNewSince(views);
  if (views.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("empty")}
      </Text>
    );
  }
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {views.map((view) => (
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
      ))}
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
