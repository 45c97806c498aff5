import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconFilter } from "@tabler/icons-react";
import { LazyDrawer } from "../../components/lazy-drawer";
import { FILTERS } from "../../lib/filters/filters";
import { useTranslation } from "../../lib/i18n/use-translation";
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
      <LazyDrawer opened={opened} onClose={drawer.close} title={t("facets.heading")} size="md">
        <FacetPanel />
      </LazyDrawer>
    </>
  );
}
