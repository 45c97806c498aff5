/**
 * Key chords in Mantine's hotkey syntax ("mod+K", "ArrowRight", "?"): how they are matched, shown
 * and announced. Only what the registry uses is named here; its unit test keeps the two in step.
 */

export type Platform = "apple" | "other";

const MODIFIERS = {
  mod: { apple: "⌘", other: "Ctrl", aria: ["Meta", "Control"] },
  alt: { apple: "⌥", other: "Alt", aria: ["Alt"] },
  shift: { apple: "⇧", other: "Shift", aria: ["Shift"] },
} as const;

type Modifier = keyof typeof MODIFIERS;

/** Named keys: how each is shown, and its name in `aria-keyshortcuts` (UI Events key values). */
export const NAMED_KEYS: Record<string, { shown: string; aria: string }> = {
  ArrowUp: { shown: "↑", aria: "ArrowUp" },
  ArrowDown: { shown: "↓", aria: "ArrowDown" },
  ArrowLeft: { shown: "←", aria: "ArrowLeft" },
  ArrowRight: { shown: "→", aria: "ArrowRight" },
  Escape: { shown: "Esc", aria: "Escape" },
  Enter: { shown: "Enter", aria: "Enter" },
  Space: { shown: "Space", aria: "Space" },
  Home: { shown: "Home", aria: "Home" },
  End: { shown: "End", aria: "End" },
  PageUp: { shown: "PageUp", aria: "PageUp" },
  PageDown: { shown: "PageDown", aria: "PageDown" },
};

interface Chord {
  modifiers: Modifier[];
  key: string;
}

function parseChord(chord: string): Chord {
  const parts = chord.split("+");
  const key = parts.pop() ?? "";
  return { modifiers: parts.filter((part): part is Modifier => part in MODIFIERS), key };
}

/** A printable character that is not a letter or digit: whether it needs Shift depends on the layout. */
function isSymbol(key: string): boolean {
  return [...key].length === 1 && !/[\p{L}\p{N}]/u.test(key);
}

/** Whether a chord names only keys this module knows how to show. */
export function isKnownChord(chord: string): boolean {
  const { modifiers, key } = parseChord(chord);
  return (
    modifiers.length === chord.split("+").length - 1 && (key in NAMED_KEYS || /^[a-z0-9]$/i.test(key) || isSymbol(key))
  );
}

/** The hotkeys Mantine should match for a chord: a symbol with and without Shift. */
export function hotkeysOf(chord: string): string[] {
  const { modifiers, key } = parseChord(chord);
  return isSymbol(key) && !modifiers.includes("shift") ? [chord, `shift+${chord}`] : [chord];
}

/**
 * The keys to show, in order ("⌘", "K"). A letter after a modifier is shown as on the keycap; a
 * letter alone stays lower case, since Shift with it is another key press.
 */
export function shownKeys(chord: string, platform: Platform): string[] {
  const { modifiers, key } = parseChord(chord);
  const shownKey = NAMED_KEYS[key]?.shown ?? (modifiers.length > 0 ? key.toUpperCase() : key);
  return [...modifiers.map((modifier) => MODIFIERS[modifier][platform]), shownKey];
}

/** A chord as `aria-keyshortcuts` writes it; `mod` gives both spellings ("Meta+K Control+K"). */
export function ariaChord(chord: string): string {
  const { modifiers, key } = parseChord(chord);
  const ariaKey = NAMED_KEYS[key]?.aria ?? (modifiers.length > 0 ? key.toUpperCase() : key);
  let combos: string[][] = [[]];
  for (const modifier of modifiers) {
    combos = combos.flatMap((combo) => MODIFIERS[modifier].aria.map((name) => [...combo, name]));
  }
  return combos.map((combo) => [...combo, ariaKey].join("+")).join(" ");
}

export function platformOf(os: string): Platform {
  return os === "macos" || os === "ios" ? "apple" : "other";
}
