import { createContext, useContext } from "react";
import type { TFunction } from "../../lib/i18n/types";
import type { Labels } from "../../lib/labels/labels";
import { localeFor } from "../../lib/locale/locale";

/**
 * What table cells need to render text, provided once by the table: it changes only with the
 * language or the dataset, so it never re-renders a row by itself.
 */
export interface TableText {
  t: TFunction<"explorer">;
  labels: Labels;
  /** "Select {name} for comparison", built from the translation once rather than per row. */
  selectLabel: (name: string) => string;
  /** "{link} of {name}", likewise. */
  linkLabel: (link: LinkKind, name: string) => string;
  /** A link's short name ("arXiv", "Code"), its tooltip. */
  linkTitle: Readonly<Record<LinkKind, string>>;
  /** "{name} et al." */
  firstAuthor: (name: string) => string;
  /** "+{count} more" institutions. */
  moreInstitutions: (count: number) => string;
  andCollaborators: string;
  /** "Star {name}" and "Reading status of {name}", likewise. */
  starLabel: (name: string) => string;
  statusLabel: (name: string) => string;
  /** "Filter by {name}": an institution or modality in a row is a button that filters the table. */
  filterLabel: (name: string) => string;
  /** How those buttons combine with the filter, as their tooltip. */
  filterHint: string;
  /** Between the items of a short list in a cell: ", " or "、". */
  listSeparator: string;
  /** The archive's newest digest, whose new papers carry a "New" mark; null for a single digest. */
  latestDigest: string | null;
  /** The mark's tooltip: which digest "new" means. */
  newHint: string;
}

type LinkKind = "arxiv" | "project" | "code";

// A character no translation or paper name contains, marking where the name goes.
const SLOT = "\u0001";

/** A translation with one `{{name}}` turned into a function: rows mount by the dozen per keystroke. */
function nameTemplate(translated: string): (name: string) => string {
  const [before = "", after = ""] = translated.split(SLOT);
  return (name) => before + name + after;
}

/** `make(n)` once per distinct `n`: a count's plural form costs a translation call. */
function perCount(make: (count: number) => string): (count: number) => string {
  const made = new Map<number, string>();
  return (count) => {
    let text = made.get(count);
    if (text === undefined) {
      text = make(count);
      made.set(count, text);
    }
    return text;
  };
}

// Every string a row shows is translated here, once per language: i18next's `t` costs tens of
// microseconds a call, and a keystroke mounts dozens of rows of several strings each.
export function tableText(t: TFunction<"explorer">, labels: Labels, latestDigest: string | null): TableText {
  const links = {
    arxiv: nameTemplate(t("links.of", { link: t("links.arxiv"), name: SLOT })),
    project: nameTemplate(t("links.of", { link: t("links.project"), name: SLOT })),
    code: nameTemplate(t("links.of", { link: t("links.code"), name: SLOT })),
  };
  return {
    t,
    labels,
    selectLabel: nameTemplate(t("row.selectForCompare", { name: SLOT })),
    linkLabel: (link, name) => links[link](name),
    linkTitle: { arxiv: t("links.arxiv"), project: t("links.project"), code: t("links.code") },
    firstAuthor: nameTemplate(t("columns.firstAuthor", { name: SLOT })),
    moreInstitutions: perCount((count) => t("columns.more", { count })),
    andCollaborators: t("columns.andCollaborators"),
    starLabel: nameTemplate(t("row.star", { name: SLOT })),
    statusLabel: nameTemplate(t("row.status", { name: SLOT })),
    filterLabel: nameTemplate(t("row.filterBy", { name: SLOT })),
    filterHint: t("row.filterHint"),
    listSeparator: t("row.listSeparator"),
    latestDigest,
    newHint: latestDigest === null ? "" : t("row.newHint", { month: localeFor(labels.language).month(latestDigest) }),
  };
}

export const TableTextContext = createContext<TableText | null>(null);

export function useTableText(): TableText {
  const text = useContext(TableTextContext);
  if (!text) throw new Error("table cells render inside PapersTable");
  return text;
}
