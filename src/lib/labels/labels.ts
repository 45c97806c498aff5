import type { Dataset, InstitutionType, Modality, PaperKind } from "../dataset/schema";
import { type Language, localeFor } from "../locale/locale";
import type { FieldId } from "../paper-fields/field-names";
import * as fieldNames from "../paper-fields/field-names";
import * as taskNames from "./task-names";
import * as vocabulary from "./vocabulary";

export type { Language };

/** Display names for every id and vocabulary value, in one language. */
export interface Labels {
  language: Language;
  chapter: (id: string) => string;
  institution: (id: string) => string;
  modality: (value: Modality) => string;
  kind: (value: PaperKind) => string;
  type: (value: InstitutionType) => string;
  country: (code: string) => string;
  /** Tasks are English tags in the data (`text-to-speech`): their Chinese names, else their words. */
  task: (slug: string) => string;
  /** A paper by its id: its name (the same in both languages). */
  paper: (id: string) => string;
  /** A monthly digest by its id (`2024-04`): its title. */
  digest: (id: string) => string;
  /** A paper field's name (see `PAPER_FIELDS`). */
  field: (id: FieldId) => string;
}

const regionNames = new Map<Language, Intl.DisplayNames>();

function regionNamesOf(language: Language): Intl.DisplayNames {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([localeFor(language).tag], { type: "region" });
    regionNames.set(language, names);
  }
  return names;
}

/**
 * Builds the country names of a language ahead of need: the first `Intl.DisplayNames` loads locale
 * data (tens of milliseconds), better spent while the dataset downloads than in the first render.
 */
export function prepareCountryNames(language: Language): void {
  regionNamesOf(language);
}

function countryName(language: Language, code: string): string {
  const names = regionNamesOf(language);
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Builds the names once: every lookup after that is a map read, cheap enough for every cell. */
export function buildLabels(dataset: Dataset | null, language: Language): Labels {
  const { pick } = localeFor(language);
  const vocab = pick(vocabulary.en, vocabulary.zh);
  const fields = pick(fieldNames.en, fieldNames.zh);
  const chapters = new Map(dataset?.chapters.map((c) => [c.id, pick(c.nameEn, c.nameZh)]));
  const institutions = new Map(dataset?.institutions.map((i) => [i.id, pick(i.nameEn, i.nameZh ?? i.nameEn)]));
  const digests = new Map(dataset?.source.digests.map((d) => [d.id, pick(d.titleEn, d.titleZh)]));
  const countries = new Map<string, string>();
  const tasks = new Map<string, string>();
  // Built on first use: most pages never name a paper by its id, and a dataset may hold 100,000.
  let papers: Map<string, string> | null = null;
  return {
    language,
    chapter: (id) => chapters.get(id) ?? id,
    institution: (id) => institutions.get(id) ?? id,
    modality: (value) => vocab.modality[value],
    kind: (value) => vocab.kind[value],
    type: (value) => vocab.type[value],
    country: (code) => {
      let name = countries.get(code);
      if (name === undefined) {
        name = countryName(language, code);
        countries.set(code, name);
      }
      return name;
    },
    task: (slug) => {
      let words = tasks.get(slug);
      if (words === undefined) {
        words = (language === "zh" ? taskNames.zh[slug] : undefined) ?? slug.replace(/-/g, " ");
        tasks.set(slug, words);
      }
      return words;
    },
    paper: (id) => {
      papers ??= new Map(dataset?.papers.map((paper) => [paper.id, paper.name]));
      return papers.get(id) ?? id;
    },
    digest: (id) => digests.get(id) ?? id,
    field: (id) => fields[id],
  };
}

// One Labels object per dataset and language, shared by every component that asks.
const cache = new WeakMap<object, Map<Language, Labels>>();
const NO_DATASET = {};

export function labelsFor(dataset: Dataset | null, language: Language): Labels {
  const key = dataset ?? NO_DATASET;
  let byLanguage = cache.get(key);
  if (!byLanguage) {
    byLanguage = new Map();
    cache.set(key, byLanguage);
  }
  let labels = byLanguage.get(language);
  if (!labels) {
    labels = buildLabels(dataset, language);
    byLanguage.set(language, labels);
  }
  return labels;
}
