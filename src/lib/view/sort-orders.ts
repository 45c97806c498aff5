import { paperDigests } from "../dataset/paper-digests";
import type { Dataset } from "../dataset/schema";
import type { SortKey } from "./view";

const collator = new Intl.Collator(["en", "zh"], { sensitivity: "base", numeric: true });

function orderBy(dataset: Dataset, compare: (a: number, b: number) => number): Uint32Array {
  const order = Uint32Array.from(dataset.papers.keys());
  // Ties break by source order, so every sorted view is reproducible from its URL.
  return order.sort((a, b) => compare(a, b) || a - b);
}

function buildOrder(dataset: Dataset, key: SortKey): Uint32Array {
  const papers = dataset.papers;
  switch (key) {
    case "name": {
      const names = papers.map((p) => p.name);
      return orderBy(dataset, (a, b) => collator.compare(names[a] ?? "", names[b] ?? ""));
    }
    case "chapter": {
      const number = new Map(dataset.chapters.map((c) => [c.id, c.number]));
      return orderBy(
        dataset,
        (a, b) => (number.get(papers[a]?.chapter ?? "") ?? 0) - (number.get(papers[b]?.chapter ?? "") ?? 0),
      );
    }
    case "kind":
      return orderBy(dataset, (a, b) => collator.compare(papers[a]?.kind ?? "", papers[b]?.kind ?? ""));
    case "published":
      // Unknown months sort last in ascending order.
      return orderBy(dataset, (a, b) => (papers[a]?.published ?? "9999").localeCompare(papers[b]?.published ?? "9999"));
    case "digest": {
      // By the month a paper was new, then by the later digests that list it again.
      const listed = papers.map((paper) => paperDigests(paper).join(","));
      return orderBy(dataset, (a, b) => (listed[a] ?? "").localeCompare(listed[b] ?? ""));
    }
  }
}

const cache = new WeakMap<Dataset, Map<SortKey, Uint32Array>>();

/** Paper positions in ascending order of `key`, computed once per dataset and key. */
export function sortOrder(dataset: Dataset, key: SortKey): Uint32Array {
  let orders = cache.get(dataset);
  if (!orders) {
    orders = new Map();
    cache.set(dataset, orders);
  }
  let order = orders.get(key);
  if (!order) {
    order = buildOrder(dataset, key);
    orders.set(key, order);
  }
  return order;
}
