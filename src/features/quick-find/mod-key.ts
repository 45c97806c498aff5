/** "⌘" on Apple devices, "Ctrl" elsewhere: how the palette's shortcut is written for this user. */
export function modKeyLabel(): string {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.userAgent) ? "⌘" : "Ctrl";
}
