/**
 * Looking up and filling in a string: nested keys (`facets.heading`), `{{name}}` slots, plural forms
 * chosen by `count` (`_zero` when there is one and the count is 0, else the language's plural
 * category, `_one`/`_other`…), and the fallback language for a key a translation lacks. What the app
 * uses of i18next, in a few hundred bytes and a map lookup per call.
 */

/** Nested objects whose leaves are strings (an interface such as the vocabulary's counts too). */
export type StringTree = object;

const SLOT = /\{\{\s*([\w.-]+)\s*\}\}/g;

function lookup(tree: StringTree | undefined, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

function fill(template: string, values: Readonly<Record<string, string | number>> | undefined): string {
  if (!values || !template.includes("{{")) return template;
  return template.replace(SLOT, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

export interface Translator {
  translate: (key: string, values?: Readonly<Record<string, string | number>>) => string;
}

/**
 * A namespace's strings in one language, with a fallback language's for keys it lacks. Each key's
 * template is resolved once and kept, so a call is a map lookup and, with values, one replace.
 */
export function translator(
  strings: StringTree | undefined,
  fallback: StringTree | undefined,
  language: string,
): Translator {
  const plurals = new Intl.PluralRules(language);
  const templates = new Map<string, string | null>();
  const template = (key: string): string | null => {
    let found = templates.get(key);
    if (found === undefined) {
      found = lookup(strings, key) ?? lookup(fallback, key) ?? null;
      templates.set(key, found);
    }
    return found;
  };
  return {
    translate(key, values) {
      const count = values?.count;
      if (typeof count === "number") {
        const plural =
          (count === 0 ? template(`${key}_zero`) : null) ??
          template(`${key}_${plurals.select(count)}`) ??
          template(`${key}_other`);
        if (plural !== null) return fill(plural, values);
      }
      const found = template(key);
      // A missing key shows itself, as i18next does: visible in the UI, and the types prevent it.
      return found === null ? key : fill(found, values);
    },
  };
}
