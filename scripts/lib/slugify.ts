/** Lower-case kebab-case from the Latin letters and digits of `text` ("Tango 2" → "tango-2"); "" when it has none. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
