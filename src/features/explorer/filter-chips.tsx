import { Button } from "@mantine/core";
import { FILTERS } from "../../lib/filters/filters";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { useUpdateView, useView } from "../../lib/view/use-view";
import { withFilter } from "../../lib/view/view";
import { filterChipLabel } from "./filter-label";

const CHIP_ONLY = FILTERS.filter((filter) => filter.display === "chip");

/** Filters without a facet of their own (set from elsewhere, such as the overview) show as removable chips. */
export function FilterChips() {
  const { t } = useTranslation("explorer");
  const labels = useLabels();
  const updateView = useUpdateView();
  const filters = useView((view) => view.filters);
  return (
    <>
      {CHIP_ONLY.filter((filter) => filters[filter.param].length > 0).map((filter) => (
        <Button
          key={filter.param}
          variant="light"
          size="compact-sm"
          rightSection={<span aria-hidden="true">×</span>}
          onClick={() => updateView((view) => withFilter(view, filter.param, []))}
        >
          {filterChipLabel(t, labels, filter, filters[filter.param])}
        </Button>
      ))}
    </>
  );
}
