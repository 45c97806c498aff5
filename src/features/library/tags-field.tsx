import { TagsInput } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "../../lib/i18n/use-translation";
import { LIMITS, normalizeTag, type PaperKey } from "../../lib/library/library-entry";
import { useLibrary, useLibraryEntry } from "../../lib/library/library-store";
import { tagCounts } from "../../lib/library/tag-counts";
import "./i18n";

const NO_TAGS: string[] = [];

/** A paper's tags, suggesting the tags already used elsewhere in the library. */
export function TagsField({ paper }: { paper: PaperKey }) {
  const { t } = useTranslation("library");
  const tags = useLibraryEntry(paper)?.tags ?? NO_TAGS;
  const library = useLibrary((state) => state.library);
  const known = useMemo(() => tagCounts(library).map(({ tag }) => tag), [library]);
  const change = (values: string[]) => {
    const normalized = [...new Set(values.map(normalizeTag).filter((tag) => tag !== null))];
    useLibrary.getState().edit(paper, "tags", normalized.slice(0, LIMITS.tagsPerPaper));
  };
  return (
    <TagsInput
      label={t("section.tags")}
      description={t("section.tagsHint", { max: LIMITS.tagsPerPaper })}
      placeholder={t("section.tagsPlaceholder")}
      data={known}
      value={tags}
      onChange={change}
      maxTags={LIMITS.tagsPerPaper}
      splitChars={[","]}
      acceptValueOnBlur
      clearable
      size="sm"
      comboboxProps={{ withinPortal: false }}
    />
  );
}
