export type Language = "en" | "zh";

/** Everything that depends on the reader's language apart from the strings: one object per language. */
export interface Locale {
  language: Language;
  /** The BCP 47 tag, for `Intl` and `lang` attributes. */
  tag: "en" | "zh-CN";
  /** The English or the Chinese of a pair. */
  pick: <T>(en: T, zh: T) => T;
  /** "A, B and C" / "A、B和C"; `disjunction` for "or". */
  list: (items: readonly string[], type?: "conjunction" | "disjunction") => string;
  number: (value: number) => string;
  /** A month given as `YYYY-MM`: "Apr 2024" / "2024年4月". */
  month: (id: string) => string;
}

export function toLanguage(code: string | undefined): Language {
  return code?.startsWith("zh") ? "zh" : "en";
}

/** A value made on first use: each Intl formatter costs milliseconds to construct, and the first screen needs few. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

function buildLocale(language: Language): Locale {
  const tag = language === "zh" ? "zh-CN" : "en";
  const lists = {
    conjunction: lazy(() => new Intl.ListFormat(tag, { type: "conjunction" })),
    disjunction: lazy(() => new Intl.ListFormat(tag, { type: "disjunction" })),
  };
  const numbers = lazy(() => new Intl.NumberFormat(tag));
  const months = lazy(() => new Intl.DateTimeFormat(tag, { year: "numeric", month: "short", timeZone: "UTC" }));
  return {
    language,
    tag,
    pick: (en, zh) => (language === "zh" ? zh : en),
    list: (items, type = "conjunction") => lists[type]().format(items),
    number: (value) => numbers().format(value),
    month: (id) => {
      const [year, month] = id.split("-").map(Number);
      return year && month ? months().format(Date.UTC(year, month - 1)) : id;
    },
  };
}

const locales = new Map<Language, Locale>();

/** The locale of a language, built once. */
export function localeFor(language: Language): Locale {
  let locale = locales.get(language);
  if (!locale) {
    locale = buildLocale(language);
    locales.set(language, locale);
  }
  return locale;
}
