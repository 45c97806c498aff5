/** One Markdown table cell: pipes escaped, line breaks flattened, so a value can never break the table. */
export function markdownCell(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\s*[\r\n]+\s*/g, " ")
    .trim();
}

/** A GitHub-flavoured Markdown table; the first row is the header. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A Markdown link whose text and target cannot escape their brackets. */
export function markdownLink(text: string, href: string): string {
  const safeText = text.replace(/[[\]]/g, (c) => `\\${c}`);
  const safeHref = href.replace(/[()\s]/g, (c) => encodeURIComponent(c));
  return `[${safeText}](${safeHref})`;
}
