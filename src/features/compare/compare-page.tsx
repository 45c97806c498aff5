import { Stack, Text } from "@mantine/core";
import { usePageTitle } from "../../components/use-page-title";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLocale } from "../../lib/locale/use-locale";
import { useFieldContext } from "../../lib/paper-fields/use-field-context";
import { useReadView } from "../../lib/view/share-link";
import { CompareEmpty } from "./compare-empty";
import { CompareHeader } from "./compare-header";
import { CompareNotices } from "./compare-notices";
import { compareRows } from "./compare-rows";
import { CompareTable } from "./compare-table";
import { useCompareActions } from "./use-compare-actions";
import { useComparison } from "./use-comparison";

/** `/compare?ids=a,b,c&hide=same`: two to four papers side by side; bad links explained, not rejected. */
export function ComparePage() {
  const { t } = useTranslation("compare");
  const { list } = useLocale();
  const context = useFieldContext();
  const { papers, columns, requestedIds, problems, asked, hideSame } = useComparison();
  const actions = useCompareActions(requestedIds, hideSame);
  const readView = useReadView();

  usePageTitle(columns.length > 0 ? t("titleWith", { names: list(columns.map((p) => p.name)) }) : t("pageTitle"));

  const rows = compareRows(columns, context);
  const comparable = columns.length >= 2;
  // Part of the link, so a shared comparison opens as its sender saw it.
  const hideIdentical = hideSame && comparable;
  const visibleRows = hideIdentical ? rows.filter((row) => !row.identical) : rows;

  return (
    <Stack gap="md">
      <CompareHeader
        papers={papers}
        columns={columns}
        requestedIds={requestedIds}
        onAdd={actions.add}
        hideIdentical={hideIdentical}
        onHideIdentical={actions.hideSame}
        hiddenCount={rows.length - visibleRows.length}
        shared={() => ({
          page: "compare",
          ids: columns.map((paper) => paper.id),
          hideSame,
          dataset: readView().dataset,
        })}
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
