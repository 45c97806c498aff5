import { ActionIcon, Anchor, Group, Stack, Text } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSavedViews } from "../../lib/saved-views/saved-views-store";
import { viewSearchFromQuery } from "../../lib/view/view";

export function SavedViewsList({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation("savedViews");
  const views = useSavedViews((state) => state.views);
  const remove = useSavedViews((state) => state.remove);
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
            onClick={onOpen}
            aria-label={t("open", { name: view.name })}
            truncate="end"
          >
            {view.name}
          </Anchor>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t("remove", { name: view.name })}
            onClick={() => remove(view.id)}
          >
            <IconTrash size={16} aria-hidden="true" />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}
