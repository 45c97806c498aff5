import { Button, Drawer } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconFilter } from "@tabler/icons-react";
import { useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { PaperView } from "../../lib/paper-view/compute-view";
import { FACET_PARAMS } from "../../lib/view-search/view-search";
import { FacetPanel } from "./facet-panel";

/** On narrow screens the facets live in a drawer opened from a button that counts active filters. */
export function FiltersDrawer({ counts }: { counts: PaperView["counts"] }) {
  const { t } = useTranslation("explorer");
  const [opened, drawer] = useDisclosure(false);
  const active = useSearch({
    from: "__root__",
    select: (search) => FACET_PARAMS.reduce((sum, facet) => sum + (search[facet]?.length ?? 0), 0),
  });
  return (
    <>
      <Button variant="default" leftSection={<IconFilter size={16} aria-hidden="true" />} onClick={drawer.open} mb="sm">
        {t("facets.open", { count: active })}
      </Button>
      <Drawer opened={opened} onClose={drawer.close} title={t("facets.heading")} size="md">
        <FacetPanel counts={counts} />
      </Drawer>
    </>
  );
}
