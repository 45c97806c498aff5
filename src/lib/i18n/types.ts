/**
 * The app registers its strings' shape here (see src/app/i18n-types.d.ts), so that every `t` call
 * is checked against the keys that exist: a typo or a missing translation fails the type check.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the app through declaration merging.
export interface Register {}

type Registered = Register extends { resources: infer R } ? R : Record<string, Record<string, unknown>>;

/** The strings of one language: a tree of namespaces, then nested keys. */
export type Resources = Registered;
export type Namespace = keyof Resources & string;

// A key with plural forms is written once, without its suffix; `count` picks the form.
type PluralSuffix = "_zero" | "_one" | "_two" | "_few" | "_many" | "_other";
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

type KeyPaths<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${WithoutPlural<K>}` : KeyPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TranslationKey<NS extends Namespace> = KeyPaths<Resources[NS]>;

/** Values for the `{{name}}` slots; `count` also chooses the plural form. */
export type TranslationValues = Readonly<Record<string, string | number>>;

export type TFunction<NS extends Namespace = "common"> = (
  key: TranslationKey<NS>,
  values?: TranslationValues,
) => string;
