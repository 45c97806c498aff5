// An entry's institutions: those its affiliation phrases name, in order, then any more its heading
// names ("高通新研究:…" when the text names none). Names the archive does not know become proposed
// institutions, one per spelling, each a review item.

import { slugify } from "../lib/slugify";
import { findAffiliationPhrases, looksLikeOrganisation } from "./digest-format";
import type { DraftInstitution } from "./draft";
import { findKnownInstitutions, type InstitutionNames, normaliseName, readAffiliationList } from "./institution-names";
import type { ParsedEntry } from "./parse-digest";
import type { ReviewCategory } from "./review";

export interface InstitutionProposals {
  /** The proposed institution for a name the archive does not know, and whether it is new. */
  propose: (name: string) => { institution: DraftInstitution; isNew: boolean };
  list: () => DraftInstitution[];
}

const HAS_CJK = /\p{Script=Han}/u;

export function proposeInstitutions(): InstitutionProposals {
  const byName = new Map<string, DraftInstitution>();
  const ids = new Set<string>();
  let placeholders = 0;
  return {
    propose(name) {
      const known = byName.get(name);
      if (known) return { institution: known, isNew: false };
      const cjk = HAS_CJK.test(name);
      // A Chinese name has no English slug yet: a numbered placeholder id until the review names it.
      const base = (cjk ? "" : slugify(name)) || `new-institution-${++placeholders}`;
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
      ids.add(id);
      const institution: DraftInstitution = {
        id,
        nameEn: cjk ? "" : name,
        nameZh: cjk ? name : null,
        aliases: [],
        type: "",
        country: "",
      };
      byName.set(name, institution);
      return { institution, isNew: true };
    },
    list: () => [...byName.values()],
  };
}

export function entryInstitutions(
  entry: ParsedEntry,
  names: InstitutionNames,
  proposals: InstitutionProposals,
  review: (category: ReviewCategory, message: string) => void,
): string[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  const body = entry.paragraphs.join("\n");
  for (const phrase of findAffiliationPhrases(body)) {
    for (const listed of readAffiliationList(phrase.list, names)) {
      if (listed.id) add(listed.id);
      else if (phrase.strength === "from" || looksLikeOrganisation(listed.name)) {
        const { institution, isNew } = proposals.propose(normaliseName(listed.name));
        add(institution.id);
        const again = isNew ? "" : " (again)";
        review("new-institution", `"${listed.name}" is not in the archive; proposed as "${institution.id}"${again}`);
      }
    }
  }
  // No affiliation phrase: the text may still name a known institution ("在 Google DeepMind 开发…").
  if (ids.length === 0) for (const id of findKnownInstitutions(body, names)) add(id);
  for (const id of findKnownInstitutions(entry.heading, names)) add(id);
  if (ids.length === 0) review("unparsed", "no institution named");
  return ids;
}
