/**
 * Puts text on the clipboard. The text may still be in the making (a citation formatter loading):
 * where the browser can take a pending item, the copy starts at once, inside the click that asked
 * for it, as Safari requires; elsewhere it waits for the text.
 */
export async function copyText(text: string | Promise<string>): Promise<void> {
  if (typeof text !== "string" && typeof ClipboardItem !== "undefined" && ClipboardItem.supports?.("text/plain")) {
    const blob = text.then((value) => new Blob([value], { type: "text/plain" }));
    await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
    return;
  }
  await navigator.clipboard.writeText(await text);
}

/** The browser's share sheet, where it has one (phones, some desktops). */
export function canShareNatively(): boolean {
  return typeof navigator.share === "function";
}
