/**
 * Readable URLs: `?chapter=audio,video&q=speech` instead of the router's default JSON encoding.
 * Lists are comma-joined; every value stays a string here and is typed by the route's schema.
 */

export type RawSearch = Record<string, string | string[]>;

export function parseSearch(searchStr: string): RawSearch {
  const params = new URLSearchParams(searchStr.startsWith("?") ? searchStr.slice(1) : searchStr);
  // A prototype-less object: keys such as `__proto__` or `toString` are just keys here.
  const raw: RawSearch = Object.create(null);
  for (const [key, value] of params) {
    const previous = raw[key];
    if (previous === undefined) raw[key] = value;
    else raw[key] = [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return raw;
}

function encode(value: string): string {
  // Commas separate list items and stay readable; a comma inside free text is encoded by the
  // caller's choice of field (free-text fields are never split).
  return encodeURIComponent(value).replace(/%2C/gi, ",");
}

function toStrings(value: unknown): string[] {
  if (value === undefined || value === null || value === "" || value === false) return [];
  if (Array.isArray(value)) return value.length === 0 ? [] : [value.map(String).join(",")];
  return [String(value)];
}

export function stringifySearch(search: object): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(search)) {
    for (const item of toStrings(value)) parts.push(`${encode(key)}=${encode(item)}`);
  }
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}
