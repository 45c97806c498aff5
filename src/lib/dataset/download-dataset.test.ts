// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadDataset, fileText } from "./download-dataset";

/** A JSON response whose bytes arrive in the given pieces. */
function streamed(pieces: Uint8Array[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": "application/json" } });
}

afterEach(() => vi.unstubAllGlobals());

describe("downloadDataset", () => {
  it("gives the file's text decoded as it arrived, once, even with a character split between chunks", async () => {
    const bytes = new TextEncoder().encode('{"title":"大模型月报"}');
    // "大" is three bytes; cut inside it.
    const cut = bytes.indexOf(0xe5) + 1;
    vi.stubGlobal("fetch", async () => streamed([bytes.slice(0, cut), bytes.slice(cut)]));

    const download = await downloadDataset("/data/2024-04.json");
    if (!download.ok) throw new Error(`download failed: ${JSON.stringify(download.error)}`);

    expect(await fileText(download.file)).toBe('{"title":"大模型月报"}');
    // Not kept after that: the file itself is read the second time, with the same text.
    expect(await fileText(download.file)).toBe('{"title":"大模型月报"}');
    expect(download.file.size).toBe(bytes.byteLength);
  });

  it("reads a file that was not downloaded from the file itself", async () => {
    const file = new Blob(['{"papers":[]}'], { type: "application/json" });
    expect(await fileText(file)).toBe('{"papers":[]}');
  });
});
