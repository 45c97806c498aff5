import type { DatasetIndexes } from "../../lib/dataset/dataset-indexes";
import type { Dataset } from "../../lib/dataset/schema";
import { type FilterParam, filterOf } from "../../lib/filters/filters";
import { eachValueCode, seenCodes } from "./stats-data";

export interface Trend {
  value: string;
  /** Papers per digest, in the order of the trends' `digests`. */
  counts: number[];
}

export interface Trends {
  /** Every digest of the archive, oldest first (the digest filter's own order). */
  digests: readonly string[];
  trends: Trend[];
}

/** The archive's digests, oldest first, as the digest filter lists them. */
export function archiveDigests(dataset: Dataset): readonly string[] {
  return filterOf("digest").order?.(dataset) ?? [];
}

/**
 * Papers per digest for each of the given values of a filter, counted over the given papers. A
 * paper counts in every digest that lists it (through the digest filter's index, which reads
 * `paperDigests`), so a paper listed in two months counts in both.
 */
export function digestTrends(
  rows: ArrayLike<number>,
  dataset: Dataset,
  indexes: DatasetIndexes,
  param: FilterParam,
  values: readonly string[],
): Trends {
  const digests = archiveDigests(dataset);
  const digestIndex = indexes.filters.byParam.digest;
  const valueIndex = indexes.filters.byParam[param];
  const columnOf = Int32Array.from(digestIndex.values, (digest) => digests.indexOf(digest));
  const lineOf = new Int32Array(valueIndex.values.length).fill(-1);
  values.forEach((value, line) => {
    const code = valueIndex.codeOf.get(value);
    if (code !== undefined) lineOf[code] = line;
  });
  const width = digests.length;
  const tally = new Uint32Array(values.length * width);
  const seenValues = seenCodes(indexes, param);
  const seenDigests = seenCodes(indexes, "digest");
  const columns: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const paper = rows[r] as number;
    columns.length = 0;
    eachValueCode(indexes, "digest", paper, seenDigests, (code) => {
      const column = columnOf[code] as number;
      if (column >= 0) columns.push(column);
    });
    eachValueCode(indexes, param, paper, seenValues, (code) => {
      const line = lineOf[code] as number;
      if (line < 0) return;
      for (const column of columns) tally[line * width + column] = (tally[line * width + column] as number) + 1;
    });
  }
  return {
    digests,
    trends: values.map((value, line) => ({
      value,
      counts: Array.from(tally.subarray(line * width, (line + 1) * width)),
    })),
  };
}
