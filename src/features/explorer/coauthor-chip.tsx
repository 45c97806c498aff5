import { Button } from "@mantine/core";
import { useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../lib/labels/use-labels";
import { useUpdateViewSearch } from "../../lib/view-search/use-view-search";

/** The co-author filter (set from the overview's network) has no facet of its own: it shows here. */
export function CoauthorChip() {
  const { t } = useTranslation("explorer");
  const labels = useLabels();
  const coauthors = useSearch({ from: "__root__", select: (search) => search.coauthors });
  const updateSearch = useUpdateViewSearch();
  if (!coauthors?.length) return null;
  const names = new Intl.ListFormat(labels.language === "zh" ? "zh-CN" : "en", { type: "conjunction" }).format(
    coauthors.map(labels.institution),
  );
  return (
    <Button
      variant="light"
      size="compact-sm"
      rightSection={<span aria-hidden="true">×</span>}
      onClick={() => updateSearch({ coauthors: undefined })}
    >
      {t("coauthors", { names })}
    </Button>
  );
}
