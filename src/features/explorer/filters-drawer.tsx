import { Button, Drawer } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconFilter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { FILTERS } from "../../lib/filters/filters";
import { useView } from "../../lib/view/use-view";
import { FacetPanel } from "./facet-panel";

const FACETS = FILTERS.filter((filter) => filter.display === "facet");

/** On narrow screens the facets live in a drawer opened from a button that counts active filters. */
export function FiltersDrawer() {
  const { t } = useTranslation("explorer");
  const [opened, drawer] = useDisclosure(false);
  const active = useView((view) => FACETS.reduce((sum, filter) => sum + view.filters[filter.param].length, 0));
  return (
    <>
      <Button variant="default" leftSection={<IconFilter size={16} aria-hidden="true" />} onClick={drawer.open} mb="sm">
        {t("facets.open", { count: active })}
      </Button>
      <Drawer opened={opened} onClose={drawer.close} title={t("facets.heading")} size="md">
        <FacetPanel />
      </Drawer>
    </>
  );
}
