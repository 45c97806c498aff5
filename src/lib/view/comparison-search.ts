import * as v from "valibot";
import type { SearchProblem } from "./view";

/** `/compare?ids=a,b,c`: the papers compared, by paper id or arXiv id. */
export interface RawComparison {
  ids?: string | string[];
}

const idSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/), v.maxLength(120));

export function pickRawComparison(raw: Record<string, unknown>): RawComparison {
  const ids = raw.ids;
  if (typeof ids === "string") return { ids };
  if (Array.isArray(ids)) {
    const strings = ids.filter((id): id is string => typeof id === "string");
    if (strings.length > 0) return { ids: strings };
  }
  return {};
}

export interface DecodedComparison {
  /** Well-formed ids, once each, in URL order. */
  ids: string[] | null;
  problems: SearchProblem[];
}

/** Keeps well-formed ids in order, drops duplicates, and says what it dropped. */
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
  return { ids: ids.length > 0 || problems.length > 0 ? ids : null, problems };
}
