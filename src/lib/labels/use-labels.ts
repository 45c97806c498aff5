import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useDatasetStore } from "../dataset/dataset-store";
import type { InstitutionType, Modality, PaperKind } from "../dataset/schema";
import type { FacetParam } from "../view-search/view-search";

export interface Labels {
  language: "en" | "zh";
  chapter: (id: string) => string;
  institution: (id: string) => string;
  modality: (value: Modality) => string;
  kind: (value: PaperKind) => string;
  type: (value: InstitutionType) => string;
  country: (code: string) => string;
  /** Tasks are English tags in the data (`text-to-speech`); shown as words in either language. */
  task: (slug: string) => string;
  facetValue: (facet: FacetParam, value: string) => string;
}

const regionNamesCache = new Map<string, Intl.DisplayNames>();

// Intl.DisplayNames is costly to construct; one per language is enough.
function regionNames(language: "en" | "zh"): Intl.DisplayNames {
  let names = regionNamesCache.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language === "zh" ? "zh-CN" : "en"], { type: "region" });
    regionNamesCache.set(language, names);
  }
  return names;
}

/** Display names for every id and vocabulary value, in the current language. */
export function useLabels(): Labels {
  const { t, i18n } = useTranslation();
  const indexes = useDatasetStore((state) => state.loaded?.indexes);
  const language = i18n.language === "zh" ? "zh" : "en";
  return useMemo(() => {
    const countries = regionNames(language);
    const chapter = (id: string) => {
      const found = indexes?.chapterById.get(id);
      return found ? (language === "zh" ? found.nameZh : found.nameEn) : id;
    };
    const institution = (id: string) => {
      const found = indexes?.institutionById.get(id);
      return found ? (language === "zh" ? (found.nameZh ?? found.nameEn) : found.nameEn) : id;
    };
    const modality = (value: Modality) => t(`vocab.modality.${value}`);
    const kind = (value: PaperKind) => t(`vocab.kind.${value}`);
    const type = (value: InstitutionType) => t(`vocab.type.${value}`);
    const country = (code: string) => {
      try {
        return countries.of(code) ?? code;
      } catch {
        return code;
      }
    };
    const facetValue = (facet: FacetParam, value: string): string => {
      switch (facet) {
        case "chapter":
          return chapter(value);
        case "inst":
          return institution(value);
        case "modality":
          return modality(value as Modality);
        case "kind":
          return kind(value as PaperKind);
        case "type":
          return type(value as InstitutionType);
        case "country":
          return country(value);
      }
    };
    const task = (slug: string) => slug.replace(/-/g, " ");
    return { language, chapter, institution, modality, kind, type, country, task, facetValue };
  }, [t, language, indexes]);
}
