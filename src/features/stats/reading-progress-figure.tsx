import { Progress } from "@mantine/core";
import type { LoadedDataset } from "../../lib/dataset/dataset-store";
import { useTranslation } from "../../lib/i18n/use-translation";
import { placeEntries } from "../../lib/library/library-positions";
import { useLibrary } from "../../lib/library/library-store";
import { libraryWords } from "../../lib/library/library-words";
import { PROGRESS_KEYS, type ProgressKey, readingProgress } from "../../lib/library/reading-progress";
import { useLocale } from "../../lib/locale/use-locale";
import { ChartFigure } from "./chart-figure";
import { ChartLegend } from "./chart-legend";
import { NumbersTable } from "./numbers-table";
import { narrowTo } from "./table-search";
import "./i18n";

const COLORS: Record<ProgressKey, string> = {
  "to-read": "orange.6",
  reading: "blue.6",
  read: "teal.6",
  none: "gray.4",
};

/** The reader's progress through the view: one bar split into to read, reading, read and no status. */
export function ReadingProgressFigure({ rows, loaded }: { rows: Uint32Array; loaded: LoadedDataset }) {
  const { t } = useTranslation("stats");
  const locale = useLocale();
  const library = useLibrary((state) => state.library);
  const counts = readingProgress(rows, placeEntries(library, loaded.dataset, loaded.indexes));
  const words = libraryWords(locale.language);
  const label = (key: ProgressKey) => (key === "none" ? words.noStatus : words.status[key]);
  const total = rows.length;
  const items = PROGRESS_KEYS.map((key) => ({ key, label: label(key), count: counts[key], color: COLORS[key] }));
  const title = t("charts.progress.title");
  return (
    <ChartFigure
      title={title}
      description={t("charts.progress.description")}
      numbers={(shown) => (
        <NumbersTable
          caption={title}
          column={t("charts.progress.column")}
          rows={items.map((item) => ({
            ...item,
            search: item.key === "none" ? undefined : narrowTo("status", [item.key]),
          }))}
          shown={shown}
        />
      )}
    >
      <Progress.Root size={22} mt="sm">
        {items
          .filter((item) => item.count > 0)
          .map((item) => (
            <Progress.Section
              key={item.key}
              value={(item.count / total) * 100}
              color={item.color}
              title={t("charts.progress.bar", { label: item.label, count: item.count, total })}
            />
          ))}
      </Progress.Root>
      <ChartLegend
        items={items.map((item) => ({
          key: item.key,
          label: `${item.label} ${locale.number(item.count)}`,
          color: item.color,
        }))}
      />
    </ChartFigure>
  );
}
