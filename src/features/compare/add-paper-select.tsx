import { Select } from "@mantine/core";
import { useMemo } from "react";
import { MAX_COMPARE } from "../../lib/compare-tray/compare-tray-store";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";

interface AddPaperSelectProps {
  papers: readonly Paper[];
  /** Ids already in the comparison: not offered again. */
  taken: readonly string[];
  onAdd: (id: string) => void;
}

/** Adds a paper to the comparison by name, so a link with too few papers can be completed here. */
export function AddPaperSelect({ papers, taken, onAdd }: AddPaperSelectProps) {
  const { t } = useTranslation("compare");
  const full = taken.length >= MAX_COMPARE;
  const data = useMemo(
    () => papers.filter((paper) => !taken.includes(paper.id)).map((paper) => ({ value: paper.id, label: paper.name })),
    [papers, taken],
  );
  return (
    <Select
      id="compare-add"
      aria-label={t("add.label")}
      placeholder={full ? t("add.full") : t("add.placeholder")}
      data={data}
      value={null}
      onChange={(id) => id && onAdd(id)}
      searchable
      clearable={false}
      disabled={full}
      nothingFoundMessage={t("add.nothing")}
      size="xs"
      w={220}
      comboboxProps={{ width: 280, position: "bottom-start" }}
    />
  );
}
