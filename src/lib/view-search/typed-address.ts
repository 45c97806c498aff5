import { parseSearch } from "../url/search-codec";
import { decodeViewSearch, type SearchProblem } from "./view-search";

/**
 * On load the router rewrites the address to its validated form, which drops malformed values
 * before anything renders. The address as typed is captured at startup so those values can still
 * be named, until the user changes the view.
 */
let typedProblems: SearchProblem[] = [];
let normalizedSearch: string | null = null;

export function captureTypedAddress(search: string): void {
  typedProblems = decodeViewSearch(parseSearch(search)).problems;
  normalizedSearch = null;
}

/** The typed address's problems, while the view is still the one it opened. */
export function typedAddressProblems(currentSearch: string): SearchProblem[] {
  if (typedProblems.length === 0) return typedProblems;
  normalizedSearch ??= currentSearch;
  if (currentSearch !== normalizedSearch) typedProblems = [];
  return typedProblems;
}
