import type { Library } from "./library-lookup";

export interface TagCount {
  tag: string;
  count: number;
}

const collator = new Intl.Collator(["en", "zh"], { sensitivity: "base", numeric: true });

/** Every tag in the library with how many papers carry it, alphabetically: for autocomplete and the tag list. */
export function tagCounts(library: Library): TagCount[] {
  const counts = new Map<string, number>();
  for (const entry of library.entries.values()) {
    for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => collator.compare(a.tag, b.tag));
}
