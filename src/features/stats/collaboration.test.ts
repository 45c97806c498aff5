import { describe, expect, it } from "vitest";
import { makeDataset, makePaper } from "../../../tests/fixtures/dataset-fixture";
import { buildCollaboration } from "./collaboration";
import { layoutCollaboration } from "./collaboration-layout";

const dataset = makeDataset({
  papers: [
    makePaper({ id: "a", institutions: ["tsinghua-university", "meta"] }),
    makePaper({ id: "b", institutions: ["meta", "tsinghua-university", "microsoft"] }),
    makePaper({ id: "c", institutions: ["microsoft"] }),
  ],
});
const all = [0, 1, 2];

describe("buildCollaboration", () => {
  it("links each pair of co-authoring institutions once, with their joint papers", () => {
    const { nodes, links } = buildCollaboration(all, dataset);
    expect(links).toEqual([
      { source: "meta", target: "tsinghua-university", papers: ["a", "b"] },
      { source: "meta", target: "microsoft", papers: ["b"] },
      { source: "microsoft", target: "tsinghua-university", papers: ["b"] },
    ]);
    expect(nodes).toEqual(
      [
        { id: "microsoft", papers: 2 },
        { id: "meta", papers: 2 },
        { id: "tsinghua-university", papers: 2 },
      ].sort((x, y) => y.papers - x.papers || x.id.localeCompare(y.id)),
    );
  });

  it("follows the view: papers outside it add no links, and lone institutions are no nodes", () => {
    expect(buildCollaboration([2], dataset)).toEqual({ nodes: [], links: [] });
    const { links } = buildCollaboration([0], dataset);
    expect(links.map((l) => l.papers)).toEqual([["a"]]);
  });
});

describe("layoutCollaboration", () => {
  it("places every node inside the box, the same way every time", () => {
    const collaboration = buildCollaboration(all, dataset);
    const first = layoutCollaboration(collaboration, 400, 300);
    const second = layoutCollaboration(collaboration, 400, 300);
    expect(second.nodes).toEqual(first.nodes);
    for (const node of first.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(400);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(300);
    }
    expect(first.links).toHaveLength(3);
    expect(first.links[0]?.from.id).toBe("meta");
  });
});
