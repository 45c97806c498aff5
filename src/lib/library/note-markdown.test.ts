import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote } from "./note-markdown";

describe("parseNote", () => {
  it("turns Markdown links and bare http(s) addresses into links, and everything else into text", () => {
    expect(parseNote("See [the code](https://github.com/x/y) and https://example.org/a.")).toEqual([
      [
        [
          { type: "text", text: "See " },
          { type: "link", text: "the code", href: "https://github.com/x/y" },
          { type: "text", text: " and " },
          { type: "link", text: "https://example.org/a", href: "https://example.org/a" },
          { type: "text", text: "." },
        ],
      ],
    ]);
  });

  it("keeps paragraphs and line breaks", () => {
    expect(parseNote("one\ntwo\n\n\nthree").map((p) => p.map((line) => line.map((part) => part.text)))).toEqual([
      [["one"], ["two"]],
      [["three"]],
    ]);
  });

  it("leaves markup and other schemes as text", () => {
    const note = '<img src=x onerror="alert(1)"> [x](javascript:alert(1)) data:text/html,<b>';
    expect(parseNote(note)).toEqual([[[{ type: "text", text: note }]]]);
  });

  it("only ever links http(s) addresses, and loses no text, whatever the note", () => {
    fc.assert(
      fc.property(fc.string(), (note) => {
        for (const paragraph of parseNote(note)) {
          for (const line of paragraph) {
            for (const part of line) if (part.type === "link") expect(part.href).toMatch(/^https?:\/\//i);
          }
        }
        const text = parseNote(note)
          .flatMap((paragraph) => paragraph.flatMap((line) => line.map((part) => part.text)))
          .join("");
        expect(text.replace(/\s/g, "").length).toBeLessThanOrEqual(note.replace(/\s/g, "").length);
      }),
      { numRuns: 2000 },
    );
  });
});
