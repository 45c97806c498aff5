import { Fragment } from "react";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// The cells of a row, and most rows of a search, highlight the same terms: build each pattern once.
const patterns = new Map<string, RegExp>();
function patternFor(terms: string[]): RegExp {
  const key = terms.join("\u0000");
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size > 200) patterns.clear();
    pattern = new RegExp(`(${terms.map(escapeRegExp).join("|")})`, "gi");
    patterns.set(key, pattern);
  }
  return pattern;
}

/**
 * Wraps the search terms found in `text` in <mark>. Cheap enough for every visible cell of a
 * virtualised table; the terms are plain text, never markup.
 */
export function HighlightText({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const parts = text.split(patternFor(terms));
  return (
    <>
      {parts.map((part, index) =>
        // split() with one capture group puts the matches at odd positions.
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never reorder.
          <mark key={index}>{part}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never reorder.
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
