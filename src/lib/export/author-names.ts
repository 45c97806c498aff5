/**
 * The data holds each author as one display name ("Chenyang Zhu"), not split into given and family
 * names, and nothing records which part is which. Citation formats want the split, so it is made
 * here, once, by the convention most of these names follow: the family name is the last word,
 * unless a particle starts it earlier ("Sarah de Haas", "Seán Ó hÉigeartaigh", "Blaise Agüera y
 * Arcas"). Names written family-first ("Iat Long Iong") cannot be told apart and read as given-first.
 */

export interface PersonName {
  /** Empty for a one-word name. */
  given: string;
  family: string;
}

/** Words that begin a family name when a name has one after its first word. */
const PARTICLES = new Set([
  "Ó",
  "Ní",
  "Mac",
  "Mc",
  "El",
  "Al",
  "Ben",
  "Bin",
  "Abu",
  "De",
  "Del",
  "Della",
  "Van",
  "Von",
  "Der",
  "Dos",
  "Das",
]);
/** Words that join two family names, so the family name starts with the word before them ("Agüera y Arcas"). */
const CONNECTORS = new Set(["y", "e", "i"]);

const startsLowercase = (word: string) => /^\p{Ll}/u.test(word);

export function splitName(name: string): PersonName {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { given: "", family: words.join(" ") };
  let start = words.length - 1;
  // The first word is always a given name; the last always belongs to the family name.
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i] as string;
    if (CONNECTORS.has(word)) {
      start = Math.max(1, i - 1);
      break;
    }
    if (PARTICLES.has(word) || startsLowercase(word)) {
      start = i;
      break;
    }
  }
  return { given: words.slice(0, start).join(" "), family: words.slice(start).join(" ") };
}
