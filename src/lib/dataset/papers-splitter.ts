/**
 * Splits a dataset file's text, piece by piece as it downloads, into the JSON text of each element
 * of its top-level `papers` array and the text of everything else (with `"papers":[]` in its place),
 * so that the papers can be parsed and checked while the rest of the file is still on its way.
 *
 * It follows the file's structure only (strings, nesting, top-level keys); whether the text is valid
 * JSON is left to `JSON.parse`. A file it does not follow (no `papers` key or two of them, an escaped
 * top-level key, papers that are not objects, a top level that is not an object) is `unsupported`,
 * and is read the usual way.
 */
export class PapersSplitter {
  /** Set once the text is not shaped the way this splitter follows; nothing more is produced. */
  unsupported = false;
  private readonly rest: string[] = [];
  // Positions below are in the piece being scanned. Pieces are scanned one by one, never joined:
  // reading a joined (cons) string character by character was 4-5 times slower.
  private piece = "";
  /** Where the rest's text not yet collected starts; null inside the papers array. */
  private restFrom: number | null = 0;
  /** Where the paper being read starts, or -1 between papers; its earlier pieces are in `paperParts`. */
  private paperStart = -1;
  private readonly paperParts: string[] = [];
  /** Where the top-level key being read starts, or -1; its earlier pieces are in `keyParts`. */
  private keyStart = -1;
  private readonly keyParts: string[] = [];
  private depth = 0;
  private inString = false;
  /** The last piece ended inside a string on a backslash: the next character is escaped. */
  private escapeNext = false;
  /** Where the piece's next backslash is, once looked for (infinity: none); -1 until then. */
  private nextBackslash = -1;
  /** At depth 1, the next string is a key. */
  private expectKey = false;
  private phase: "before" | "colon" | "bracket" | "papers" | "after" = "before";

  /** Takes the next piece of text; returns the papers it completed, each as JSON text. */
  push(text: string): string[] {
    if (this.unsupported) return [];
    this.piece = text;
    this.nextBackslash = -1;
    const papers: string[] = [];
    this.scan(papers);
    if (this.unsupported) return [];
    // What is unfinished at the end of the piece carries over to the next one.
    if (this.restFrom !== null) this.rest.push(text.slice(this.restFrom));
    if (this.paperStart >= 0) this.paperParts.push(text.slice(this.paperStart));
    if (this.keyStart >= 0) this.keyParts.push(text.slice(this.keyStart));
    if (this.restFrom !== null) this.restFrom = 0;
    if (this.paperStart >= 0) this.paperStart = 0;
    if (this.keyStart >= 0) this.keyStart = 0;
    this.piece = "";
    return papers;
  }

  /** The file's text without its papers, once all of it has arrived; null if it was not followed. */
  end(): string | null {
    if (this.unsupported || this.phase !== "after" || this.depth !== 0 || this.inString) return null;
    return this.rest.join("");
  }

  private fail(): void {
    this.unsupported = true;
    this.rest.length = 0;
    this.paperParts.length = 0;
  }

  /** The text from `start` in this piece to `end`, after what earlier pieces held of it. */
  private carried(parts: string[], start: number, end: number): string {
    const text = parts.length === 0 ? this.piece.slice(start, end) : parts.join("") + this.piece.slice(start, end);
    parts.length = 0;
    return text;
  }

  private scan(papers: string[]): void {
    const text = this.piece;
    let i = 0;
    while (i < text.length && !this.unsupported) {
      if (this.inString) {
        i = this.skipString(text, i);
        continue;
      }
      const c = text.charCodeAt(i);
      i += 1;
      if (c === CHAR.space || c === CHAR.tab || c === CHAR.lf || c === CHAR.cr) continue;
      // After the `papers` key, only its colon and then the array's bracket may come.
      if ((this.phase === "colon" && c !== CHAR.colon) || (this.phase === "bracket" && c !== CHAR.openBracket)) {
        this.fail();
        break;
      }
      switch (c) {
        case CHAR.quote:
          this.inString = true;
          if (this.depth === 1 && this.expectKey) this.keyStart = i;
          else if (this.phase === "papers" && this.depth === 2) this.fail();
          break;
        case CHAR.openBrace:
        case CHAR.openBracket:
          this.open(c, i);
          break;
        case CHAR.closeBrace:
        case CHAR.closeBracket:
          this.close(i, papers);
          break;
        case CHAR.comma:
          if (this.depth === 1) this.expectKey = true;
          break;
        case CHAR.colon:
          if (this.phase === "colon") this.phase = "bracket";
          break;
        default:
          // A number or a literal as an element of the papers array.
          if (this.phase === "papers" && this.depth === 2) this.fail();
      }
    }
  }

  /** Reads string content from `from`; returns where scanning goes on (after the closing quote, or the end). */
  private skipString(text: string, from: number): number {
    let i = from;
    if (this.escapeNext) {
      this.escapeNext = false;
      i += 1;
    }
    // By search, not character by character: most of a file's text is inside strings, and escapes
    // are rare, so the next backslash is looked for once and kept until the scan passes it.
    for (;;) {
      const quote = text.indexOf('"', i);
      const end = quote === -1 ? text.length : quote;
      if (this.nextBackslash < i) {
        const backslash = text.indexOf("\\", i);
        this.nextBackslash = backslash === -1 ? Number.POSITIVE_INFINITY : backslash;
      }
      if (this.nextBackslash < end) {
        // An escape: the character after the backslash belongs to the string, whatever it is.
        i = this.nextBackslash + 2;
        if (i > text.length) {
          this.escapeNext = true;
          return text.length;
        }
        continue;
      }
      if (quote === -1) return text.length;
      this.inString = false;
      if (this.keyStart >= 0) {
        const key = this.carried(this.keyParts, this.keyStart, quote);
        this.keyStart = -1;
        this.onKey(key);
      }
      return quote + 1;
    }
  }

  private onKey(key: string): void {
    this.expectKey = false;
    // An escaped key could spell `papers` without this splitter seeing it.
    if (key.includes("\\")) {
      this.fail();
      return;
    }
    if (key !== "papers") return;
    if (this.phase !== "before") {
      this.fail();
      return;
    }
    this.phase = "colon";
  }

  /** A `{` or `[` just before `after`. */
  private open(c: number, after: number): void {
    if (this.phase === "bracket") {
      this.phase = "papers";
      this.depth += 1;
      // The rest keeps the bracket; its closing one is kept when the array ends.
      this.rest.push(this.piece.slice(this.restFrom ?? 0, after));
      this.restFrom = null;
      return;
    }
    if (this.phase === "papers" && this.depth === 2) {
      if (c !== CHAR.openBrace) {
        this.fail();
        return;
      }
      this.paperStart = after - 1;
    }
    this.depth += 1;
    if (this.depth === 1) {
      if (c !== CHAR.openBrace) {
        this.fail();
        return;
      }
      this.expectKey = true;
    }
  }

  /** A `}` or `]` just before `after`. */
  private close(after: number, papers: string[]): void {
    this.depth -= 1;
    if (this.depth < 0) {
      this.fail();
      return;
    }
    if (this.phase !== "papers") return;
    if (this.depth === 2 && this.paperStart >= 0) {
      papers.push(this.carried(this.paperParts, this.paperStart, after));
      this.paperStart = -1;
    } else if (this.depth === 1) {
      this.phase = "after";
      this.restFrom = after - 1;
    }
  }
}

/** The characters the splitter looks at, by code. */
const CHAR = {
  space: 0x20,
  tab: 0x09,
  lf: 0x0a,
  cr: 0x0d,
  quote: 0x22,
  backslash: 0x5c,
  comma: 0x2c,
  colon: 0x3a,
  openBracket: 0x5b,
  closeBracket: 0x5d,
  openBrace: 0x7b,
  closeBrace: 0x7d,
} as const;
