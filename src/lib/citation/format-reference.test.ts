import { describe, expect, it } from "vitest";
import { fixturePapers, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { paperToCsl } from "../export/papers-csl";
import { formatReferences } from "./format-reference";

describe("formatReferences", () => {
  // The first use builds the APA style's processor, which takes a while on a busy machine.
  it("formats APA references, one per paper, with authors, year, title, arXiv number and link", {
    timeout: 60_000,
  }, () => {
    const multibooth = fixturePapers[0] ?? makePaper({ id: "x" });
    const text = formatReferences([paperToCsl(multibooth), paperToCsl(makePaper({ id: "plato", authors: ["Plato"] }))]);
    const lines = text.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines).toContain(
      "Zhu, C., Li, K., Ma, Y., He, C., & Li, X. (2024). MultiBooth (arXiv:2404.14239). arXiv. https://arxiv.org/abs/2404.14239",
    );
    expect(lines.find((line) => line.startsWith("Plato"))).toBe("Plato. (2024). plato.");
  });
});
