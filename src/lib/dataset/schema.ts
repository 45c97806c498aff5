import * as v from "valibot";

export const SCHEMA_VERSION = 1;

export const MODALITIES = [
  "text",
  "image",
  "video",
  "audio",
  "speech",
  "music",
  "3d",
  "multimodal",
  "code",
  "web",
  "science",
] as const;
export type Modality = (typeof MODALITIES)[number];

export const PAPER_KINDS = ["method", "model", "dataset", "benchmark", "survey", "position", "system"] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];

export const INSTITUTION_TYPES = ["academia", "industry"] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

/** Where an author list was confirmed: arXiv (abstract or HTML page), ar5iv, proceedings, the project page, a listing. */
export const AUTHOR_SOURCE_KINDS = ["arxiv", "ar5iv", "proceedings", "project", "listing"] as const;
const MAX_AUTHORS = 100;

// Limits keep a hostile or broken file from freezing the UI with megabyte-long strings.
const SHORT_TEXT = 300;
const LONG_TEXT = 4000;

// Direction overrides and isolates (U+202A–U+202E, U+2066–U+2069) let a string display as
// something other than what it says; dataset text is shown as plain text, so they are dropped.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const HAS_BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// A test first: almost no string has one, and 100,000 papers hold over a million strings.
export const stripBidiControls = (text: string) =>
  HAS_BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, "") : text;
const cleanText = (text: string) => stripBidiControls(text).trim();
const plainText = (max: number) =>
  v.pipe(v.string(), v.maxLength(max * 2), v.transform(cleanText), v.minLength(1), v.maxLength(max));
const shortText = plainText(SHORT_TEXT);
const longText = plainText(LONG_TEXT);
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case slug"), v.maxLength(120));
const month = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be YYYY-MM"));
export const ARXIV_ID_PATTERN = /^\d{4}\.\d{4,5}$/;
const arxivId = v.pipe(v.string(), v.regex(ARXIV_ID_PATTERN, "must be an arXiv id like 2404.14239"));

// A pattern, not `new URL()`: validating 100,000 papers' links must be cheap. What matters for
// safety is the scheme: nothing but http(s) can pass.
const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

export function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value);
}
const httpUrl = v.pipe(v.string(), v.maxLength(2000), v.check(isHttpUrl, "must be an http(s) URL"));

const bilingual = v.object({ en: longText, zh: longText });

export const chapterSchema = v.object({
  id: slug,
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  nameZh: shortText,
  nameEn: shortText,
});

export const institutionSchema = v.object({
  id: slug,
  nameEn: shortText,
  nameZh: v.nullable(shortText),
  aliases: v.pipe(v.array(shortText), v.maxLength(50)),
  type: v.picklist(INSTITUTION_TYPES),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, "must be an ISO 3166 alpha-2 code")),
});

export const resultSchema = v.object({
  metric: shortText,
  value: shortText,
  context: v.nullable(shortText),
});

const authorsSourceSchema = v.object({
  url: httpUrl,
  kind: v.picklist(AUTHOR_SOURCE_KINDS),
  note: v.optional(shortText),
});

export const paperSchema = v.object({
  id: slug,
  digest: month,
  arxivId: v.nullable(arxivId),
  name: shortText,
  headingZh: shortText,
  title: v.nullable(shortText),
  chapter: slug,
  institutions: v.pipe(v.array(slug), v.maxLength(50)),
  hasCollaborators: v.boolean(),
  modalities: v.pipe(v.array(v.picklist(MODALITIES)), v.minLength(1)),
  tasks: v.pipe(v.array(v.pipe(shortText, v.maxLength(60))), v.maxLength(20)),
  kind: v.picklist(PAPER_KINDS),
  links: v.object({
    arxiv: v.nullable(httpUrl),
    project: v.nullable(httpUrl),
    code: v.nullable(httpUrl),
    other: v.pipe(v.array(httpUrl), v.maxLength(10)),
  }),
  results: v.pipe(v.array(resultSchema), v.maxLength(30)),
  summary: bilingual,
  published: v.nullable(month),
  notes: v.pipe(v.array(bilingual), v.maxLength(10)),
  sourceTruncated: v.optional(v.boolean(), false),
  // Optional so files written before authors were recorded still load.
  authors: v.optional(v.pipe(v.array(shortText), v.maxLength(MAX_AUTHORS)), []),
  authorsSource: v.optional(v.nullable(authorsSourceSchema), null),
});

export const papersSchema = v.array(paperSchema);

export const digestSchema = v.object({
  id: month,
  titleZh: shortText,
  titleEn: shortText,
  language: v.pipe(v.string(), v.regex(/^[a-z]{2}(-[A-Za-z]+)?$/, "must be a language tag")),
});

export const datasetSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  source: v.object({
    description: longText,
    digests: v.pipe(v.array(digestSchema), v.minLength(1)),
  }),
  chapters: v.pipe(v.array(chapterSchema), v.minLength(1)),
  institutions: v.array(institutionSchema),
  papers: papersSchema,
  // `npm run data:import` writes drafts with a list of what a person must still review.
  review: v.optional(v.never("this is a draft from data:import: review its items and remove the review list")),
});

export type Chapter = v.InferOutput<typeof chapterSchema>;
export type Institution = v.InferOutput<typeof institutionSchema>;
export type PaperResult = v.InferOutput<typeof resultSchema>;
/**
 * What loading adds to a paper listed in several digests (see combine-datasets.ts): files do not
 * carry these, so a paper that is in one digest has neither.
 */
interface PaperListings {
  /** Every digest that lists the paper, oldest first. */
  digests?: readonly string[];
  /** The ids of its later entries, folded into it, so links to them still open it. */
  aliases?: readonly string[];
}
export type Paper = v.InferOutput<typeof paperSchema> & PaperListings;
export type Dataset = Omit<v.InferOutput<typeof datasetSchema>, "papers"> & { papers: Paper[] };
