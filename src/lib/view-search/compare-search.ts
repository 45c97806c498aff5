import * as v from "valibot";
import type { SearchProblem } from "./view-search";

const idSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/), v.maxLength(120));

export interface CompareSearch {
  ids?: string[];
}

/** `?ids=a,b,c`: keeps well-formed ids in order, drops duplicates, and says what it dropped. */
export function decodeCompareSearch(raw: Record<string, unknown>): {
  search: CompareSearch;
  problems: SearchProblem[];
} {
  const values = [raw.ids].flat().filter((value): value is string => typeof value === "string");
  const problems: SearchProblem[] = [];
  const ids: string[] = [];
  for (const id of values
    .flatMap((value) => value.split(","))
    .map((id) => id.trim())
    .filter(Boolean)) {
    if (!v.is(idSchema, id)) problems.push({ param: "ids", value: id, reason: "invalid" });
    else if (ids.includes(id)) problems.push({ param: "ids", value: id, reason: "repeated" });
    else ids.push(id);
  }
  return { search: ids.length > 0 ? { ids } : {}, problems };
}

export function validateCompareSearch(raw: Record<string, unknown>): CompareSearch {
  return decodeCompareSearch(raw).search;
}
