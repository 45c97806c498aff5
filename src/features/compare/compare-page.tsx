import { Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../components/use-page-title";
import { useLabels } from "../../lib/labels/use-labels";
import { CompareEmpty } from "./compare-empty";
import { CompareHeader } from "./compare-header";
import { CompareNotices } from "./compare-notices";
import { compareRows } from "./compare-rows";
import { CompareTable } from "./compare-table";
import { useCompareActions } from "./use-compare-actions";
import { useComparison } from "./use-comparison";

/** `/compare?ids=a,b,c`: two to four papers side by side; bad links explained, not rejected. */
export function ComparePage() {
  const { t } = useTranslation("compare");
  const labels = useLabels();
  const { papers, columns, requestedIds, problems, asked } = useComparison();
  const actions = useCompareActions(requestedIds);
  // A reading aid rather than part of what is compared, so it stays out of the shared link: the
  // same link should show the same comparison to whoever opens it.
  const [hideIdentical, setHideIdentical] = useState(false);

  const names = new Intl.ListFormat(labels.language === "zh" ? "zh-CN" : "en", { type: "conjunction" });
  usePageTitle(
    columns.length > 0 ? t("titleWith", { names: names.format(columns.map((p) => p.name)) }) : t("pageTitle"),
  );

  const rows = compareRows(columns, labels.language);
  const comparable = columns.length >= 2;
  const visibleRows = hideIdentical && comparable ? rows.filter((row) => !row.identical) : rows;

  return (
    <Stack gap="md">
      <CompareHeader
        papers={papers}
        columns={columns}
        requestedIds={requestedIds}
        onAdd={actions.add}
        hideIdentical={hideIdentical && comparable}
        onHideIdentical={setHideIdentical}
        hiddenCount={rows.length - visibleRows.length}
      />
      <CompareNotices problems={problems} papers={papers} onKeepShown={() => actions.keep(columns.map((p) => p.id))} />
      {!asked ? (
        <CompareEmpty />
      ) : columns.length > 0 ? (
        <>
          <CompareTable papers={columns} rows={visibleRows} onMove={actions.move} onRemove={actions.remove} />
          {visibleRows.length === 0 && <Text c="dimmed">{t("allIdentical")}</Text>}
        </>
      ) : null}
    </Stack>
  );
}
