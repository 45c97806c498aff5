// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { downloadDataset, fileText, READ_ON_ARRIVAL_BYTES } from "./download-dataset";
import { readDataset, readOnArrival } from "./load-dataset";

/** A JSON response whose bytes arrive in the given pieces (with their length, if `announced`). */
function streamed(pieces: Uint8Array[], announced = false): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
  const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return new Response(body, {
    headers: { "content-type": "application/json", ...(announced ? { "content-length": String(length) } : {}) },
  });
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

  it("opens a large dataset parsed and validated as it arrived as if it were read whole", async () => {
    // Over READ_ON_ARRIVAL_BYTES: a smaller file is read whole.
    const notes = Array.from({ length: 10 }, () => ({ en: "x".repeat(4000), zh: "文".repeat(4000) }));
    const papers = Array.from({ length: 170 }, (_, i) => makePaper({ id: `paper-${i}`, notes }));
    const valid = makeDataset({ papers });
    const broken = makeDataset({ papers: [...papers, makePaper({ id: "x", chapter: "nowhere" })] });
    for (const dataset of [valid, broken]) {
      const bytes = new TextEncoder().encode(JSON.stringify(dataset));
      expect(bytes.length).toBeGreaterThan(READ_ON_ARRIVAL_BYTES);
      const size = 1 << 20;
      const pieces = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
        bytes.slice(i * size, (i + 1) * size),
      );
      vi.stubGlobal("fetch", async () => streamed(pieces, true));
      const download = await downloadDataset("/data/2024-04.json");
      if (!download.ok) throw new Error(`download failed: ${JSON.stringify(download.error)}`);
      // Only a valid file is read as it arrives; a broken one is read whole, which lists its problems.
      const arrived = readOnArrival(download.file);
      expect(arrived !== null).toBe(dataset === valid);
      const opened = arrived ? { ok: true, read: arrived } : await readDataset(download.file, "/data/2024-04.json");
      const whole = await readDataset(new Blob([bytes]), "/data/2024-04.json");
      expect(opened).toEqual({
        ...whole,
        ...(whole.ok ? { read: { ...whole.read, files: [download.file] } } : {}),
      });
    }
  });
});
