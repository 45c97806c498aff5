import * as v from "valibot";
import type { SearchProblem } from "./view";

/** `/compare?ids=a,b,c&hide=same`: the papers compared, by paper id or arXiv id, and whether rows the same for all are hidden. */
export interface RawComparison {
  ids?: string | string[];
  hide?: string | string[];
}

/** The one value of `hide`: rows that are the same for every paper are hidden. */
export const HIDE_SAME = "same";

const idSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/), v.maxLength(120));

function strings(value: unknown): string[] | undefined {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return undefined;
  const found = value.filter((item): item is string => typeof item === "string");
  return found.length > 0 ? found : undefined;
}

export function pickRawComparison(raw: Record<string, unknown>): RawComparison {
  const picked: RawComparison = {};
  const ids = strings(raw.ids);
  const hide = strings(raw.hide);
  if (ids) picked.ids = ids.length === 1 ? ids[0] : ids;
  if (hide) picked.hide = hide.length === 1 ? hide[0] : hide;
  return picked;
}

export interface DecodedComparison {
  /** Well-formed ids, once each, in URL order. */
  ids: string[] | null;
  /** Rows that are the same for every paper are hidden. */
  hideSame: boolean;
  problems: SearchProblem[];
}

/** Keeps well-formed ids in order, drops duplicates, reads `hide`, and says what it dropped. */
export function decodeComparison(raw: RawComparison): DecodedComparison {
  const problems: SearchProblem[] = [];
  const ids: string[] = [];
  const values = [raw.ids ?? []].flat();
  for (const id of values.flatMap((value) => value.split(",")).map((part) => part.trim())) {
    if (!id) continue;
    if (!v.is(idSchema, id)) problems.push({ param: "ids", value: id, reason: "invalid" });
    else if (ids.includes(id)) problems.push({ param: "ids", value: id, reason: "repeated" });
    else ids.push(id);
  }
  const [hide, ...extra] = [raw.hide ?? []].flat();
  const hideSame = hide === HIDE_SAME;
  if (hide !== undefined && !hideSame) problems.push({ param: "hide", value: hide, reason: "invalid" });
  for (const other of new Set(extra)) {
    if (other !== hide) problems.push({ param: "hide", value: other, reason: "repeated" });
  }
  return { ids: ids.length > 0 || problems.some((p) => p.param === "ids") ? ids : null, hideSame, problems };
}
