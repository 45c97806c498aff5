import { Stack, Text, Title } from "@mantine/core";
import { memo } from "react";
import { FILTERS } from "../../lib/filters/filters";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useAfterPaint, usePainted } from "../../lib/idle/use-after-paint";
import { usePaperView } from "../../lib/view/use-paper-view";
import { FacetGroup } from "./facet-group";

const FACETS = FILTERS.filter((filter) => filter.display === "facet");

/**
 * A group of checkboxes for every filter the registry shows as a facet, with the view's counts.
 * The counts follow the rows by a frame: a keystroke or a click paints the table first, then the
 * panel's counts (laying out a hundred changed numbers cost the table's frame about 4 ms). A
 * checkbox still shows its new state at once: each group reads the chosen values from the URL.
 * The panel's first render waits for the first painted frame too, which then shows the rows sooner
 * (about 100 ms at 66 papers, side-by-side harness).
 */
export const FacetPanel = memo(function FacetPanel() {
  // Deferred as a whole, so the counts never pair with another dataset's values for a frame.
  const { loaded, counts, index } = useAfterPaint(usePaperView());
  const painted = usePainted();
  if (!loaded || !index || !painted) return null;
  return (
    <Stack gap="md" component="section" aria-labelledby="facets-heading">
      <FacetPanelHeading />
      {FACETS.filter((filter) => !("onlyWhenSeveral" in filter && index.byParam[filter.param].values.length < 2)).map(
        (filter) => (
          <FacetGroup
            key={filter.param}
            filter={filter}
            loaded={loaded}
            values={index.byParam[filter.param]}
            counts={counts()[filter.param]}
          />
        ),
      )}
    </Stack>
  );
});

/** The heading and the rule note: they change with the language only, not with every count. */
const FacetPanelHeading = memo(function FacetPanelHeading() {
  const { t } = useTranslation("explorer");
  return (
    <>
      <Title order={2} size="h5" id="facets-heading">
        {t("facets.heading")}
      </Title>
      <Text size="xs" c="dimmed">
        {t("facets.semantics")}
      </Text>
    </>
  );
});
