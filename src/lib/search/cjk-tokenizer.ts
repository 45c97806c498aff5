/**
 * Chinese is written without spaces, so word tokenizers see 清华大学提出 as one token and miss
 * 清华 inside it. We index Han text as overlapping character bigrams (plus single characters) and
 * search with bigrams, which gives exact-substring matching without a dictionary.
 */

const RUN = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;
const HAN = /^\p{Script=Han}/u;

function hanBigrams(run: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i < run.length - 1; i++) grams.push(run.slice(i, i + 2));
  return grams;
}

export function tokenizeForIndex(text: string, withHanCharacters = true): string[] {
  const tokens: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(RUN)) {
    if (HAN.test(run)) tokens.push(...(withHanCharacters ? run : ""), ...hanBigrams(run));
    else tokens.push(run);
  }
  return tokens;
}

export function tokenizeForQuery(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(RUN)) {
    if (HAN.test(run)) tokens.push(...(run.length === 1 ? [run] : hanBigrams(run)));
    else tokens.push(run);
  }
  return tokens;
}

/** The pieces of a query to highlight in displayed text: whole Han runs and Latin words. */
export function highlightTerms(query: string): string[] {
  return [...query.matchAll(RUN)].map(([run]) => run);
}
