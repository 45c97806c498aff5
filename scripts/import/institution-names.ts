// Finds the archive's institutions in digest text through every spelling the archive records
// (nameEn, nameZh, aliases), longest spelling first, so "中国科学院大学" is not read as "中国科学院".
import type { Institution } from "../../src/lib/dataset/schema";
import { LIST_SEPARATOR, TRAILING_ETC } from "./digest-format";

const CJK = String.raw`\p{Script=Han}`;
const SPACE_BY_CJK = new RegExp(`\\s+(?=${CJK})|(?<=${CJK})\\s+`, "gu");
const LATIN_OR_DIGIT = /[a-z0-9]/;

/**
 * One way to write a name: full-width forms folded (NFKC), runs of spaces made one, spaces next to
 * Chinese characters dropped ("智谱AI 和清华" → "智谱AI和清华"). Only ASCII letters are lower-cased,
 * so positions in the normalised text and its matching key agree.
 */
export function normaliseName(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").replace(SPACE_BY_CJK, "").trim();
}

const matchingKey = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

export interface InstitutionNames {
  /** The institution whose spelling this is exactly, or null. */
  idOf: (name: string) => string | null;
  /** The longest spelling starting at `position` of a normalised key, with Latin word boundaries. */
  matchAt: (key: string, position: number) => { id: string; length: number } | null;
}

export function indexInstitutionNames(institutions: readonly Institution[]): InstitutionNames {
  const exact = new Map<string, string>();
  const byFirstChar = new Map<string, { key: string; id: string }[]>();
  for (const institution of institutions) {
    for (const spelling of [institution.nameEn, institution.nameZh, ...institution.aliases]) {
      if (!spelling) continue;
      const key = matchingKey(normaliseName(spelling));
      if (key === "" || exact.has(key)) continue;
      exact.set(key, institution.id);
      const bucket = byFirstChar.get(key.charAt(0)) ?? [];
      bucket.push({ key, id: institution.id });
      byFirstChar.set(key.charAt(0), bucket);
    }
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.key.length - a.key.length);

  const matchAt = (key: string, position: number) => {
    if (position > 0 && LATIN_OR_DIGIT.test(key.charAt(position)) && LATIN_OR_DIGIT.test(key.charAt(position - 1)))
      return null;
    for (const candidate of byFirstChar.get(key.charAt(position)) ?? []) {
      if (!key.startsWith(candidate.key, position)) continue;
      const end = position + candidate.key.length;
      if (LATIN_OR_DIGIT.test(key.charAt(end - 1)) && LATIN_OR_DIGIT.test(key.charAt(end))) continue;
      return { id: candidate.id, length: candidate.key.length };
    }
    return null;
  };
  return { idOf: (name) => exact.get(matchingKey(normaliseName(name))) ?? null, matchAt };
}

/** Every archive institution the text names, in order of first mention. */
export function findKnownInstitutions(text: string, names: InstitutionNames): string[] {
  const key = matchingKey(normaliseName(text));
  const found: string[] = [];
  for (let position = 0; position < key.length; position++) {
    const match = names.matchAt(key, position);
    if (!match) continue;
    if (!found.includes(match.id)) found.push(match.id);
    position += match.length - 1;
  }
  return found;
}

export interface ListedInstitution {
  /** The archive's id, or null for a name the archive does not know. */
  id: string | null;
  /** The name as written (normalised). */
  name: string;
}

/** Splits an affiliation list ("清华大学、中国科学院和腾讯") into known and unknown names, in order. */
export function readAffiliationList(list: string, names: InstitutionNames): ListedInstitution[] {
  const text = normaliseName(list).replace(TRAILING_ETC, "");
  const key = matchingKey(text);
  const separator = new RegExp(LIST_SEPARATOR.source, "y");
  const listed: ListedInstitution[] = [];
  let position = 0;
  while (position < text.length) {
    separator.lastIndex = position;
    if (separator.test(key) && separator.lastIndex > position) {
      position = separator.lastIndex;
      continue;
    }
    const match = names.matchAt(key, position);
    if (match) {
      listed.push({ id: match.id, name: text.slice(position, position + match.length) });
      position += match.length;
      continue;
    }
    const rest = text.slice(position);
    const next = rest.search(LIST_SEPARATOR);
    const chunk = (next === -1 ? rest : rest.slice(0, next)).replace(/的$/, "").trim();
    // A known name followed by more words ("清华大学的…") leaves a tail like "的"; only real names count.
    if (chunk !== "") listed.push({ id: null, name: chunk });
    position += next === -1 ? rest.length : Math.max(next, 1);
  }
  return listed;
}
