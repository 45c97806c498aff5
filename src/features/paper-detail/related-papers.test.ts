import { describe, expect, it } from "vitest";
import { fixturePapers, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { relatedPapers, relatedReasons } from "./related-papers";

describe("relatedReasons", () => {
  it("names every shared institution, task, the chapter and modalities, strongest first", () => {
    const a = makePaper({
      id: "a",
      institutions: ["meta", "microsoft"],
      tasks: ["x", "y"],
      modalities: ["text", "image"],
    });
    const b = makePaper({ id: "b", institutions: ["microsoft"], tasks: ["y", "z"], modalities: ["image"] });
    expect(relatedReasons(a, b)).toEqual([
      { kind: "institution", values: ["microsoft"] },
      { kind: "task", values: ["y"] },
      { kind: "chapter", value: "text-to-image" },
      { kind: "modality", values: ["image"] },
    ]);
  });

  it("gives no reason for papers with nothing in common", () => {
    const a = makePaper({ id: "a", institutions: ["meta"], tasks: ["x"], modalities: ["text"] });
    const b = makePaper({
      id: "b",
      chapter: "audio",
      institutions: ["microsoft"],
      tasks: ["y"],
      modalities: ["audio"],
    });
    expect(relatedReasons(a, b)).toEqual([]);
  });
});

describe("relatedPapers", () => {
  it("ranks the fixture's papers by what they share with MultiBooth", () => {
    // LazyDiffusion shares Meta, the chapter and the image modality; SpeechCodec shares nothing.
    const related = relatedPapers(fixturePapers, 0);
    expect(related.map((r) => fixturePapers[r.index]?.id)).toEqual(["lazydiffusion"]);
    expect(related[0]?.reasons[0]).toEqual({ kind: "institution", values: ["meta"] });
  });

  it("puts a shared institution above a shared modality and leaves out weak matches", () => {
    const papers = [
      makePaper({ id: "base", institutions: ["meta"], tasks: ["t"], modalities: ["text"] }),
      makePaper({ id: "same-modality", chapter: "audio", institutions: ["x"], tasks: ["u"], modalities: ["text"] }),
      makePaper({ id: "same-lab", chapter: "audio", institutions: ["meta"], tasks: ["u"], modalities: ["audio"] }),
      makePaper({ id: "same-chapter-and-task", institutions: ["x"], tasks: ["t"], modalities: ["image"] }),
    ];
    expect(relatedPapers(papers, 0).map((r) => papers[r.index]?.id)).toEqual(["same-lab", "same-chapter-and-task"]);
  });

  it("breaks ties by dataset order, never lists the paper itself and respects the limit", () => {
    const papers = Array.from({ length: 8 }, (_, i) => makePaper({ id: `p${i}` }));
    const related = relatedPapers(papers, 3, 4);
    expect(related.map((r) => r.index)).toEqual([0, 1, 2, 4]);
    expect(relatedPapers(papers, 99)).toEqual([]);
  });
});
