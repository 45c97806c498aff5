import { Center, Group, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchStore } from "../../lib/search/search-store";

/** Shown instead of "no papers match" while the search text's matches are on their way. */
export function SearchPending() {
  const { t } = useTranslation("explorer");
  const building = useSearchStore((state) => state.status === "building");
  return (
    <Center py="xl">
      <Group gap="sm" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text>{building ? t("search.preparing") : t("search.searching")}</Text>
      </Group>
    </Center>
  );
}
