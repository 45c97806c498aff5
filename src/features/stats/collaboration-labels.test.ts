import { describe, expect, it } from "vitest";
import { labelledNodes } from "./collaboration-labels";
import type { PlacedNode } from "./collaboration-layout";

const node = (id: string, x: number, y: number, papers: number): PlacedNode => ({ id, x, y, r: 6, papers });
const name = (id: string) => `${id} University`;

describe("labelledNodes", () => {
  it("labels every node of a small network whose labels stand apart", () => {
    const nodes = [node("a", 50, 50, 1), node("b", 300, 50, 1), node("c", 50, 200, 2)];
    expect(labelledNodes(nodes, name)).toEqual(new Set(["a", "b", "c"]));
  });

  it("keeps the bigger node's label where two would overlap", () => {
    const nodes = [node("small", 100, 100, 1), node("big", 160, 100, 3), node("far", 400, 300, 1)];
    expect(labelledNodes(nodes, name)).toEqual(new Set(["big", "far"]));
  });

  it("leaves out a label that would cover another node", () => {
    const nodes = [node("a", 100, 100, 3), node("b", 130, 88, 1)];
    expect(labelledNodes(nodes, name)).toEqual(new Set(["b"]));
  });

  it("labels only the busy nodes of a big network", () => {
    const nodes = Array.from({ length: 20 }, (_, i) => node(`n${i}`, (i % 5) * 200, Math.floor(i / 5) * 100, 1));
    nodes.push(node("busy", 500, 500, 5));
    expect(labelledNodes(nodes, name)).toEqual(new Set(["busy"]));
  });

  it("measures Chinese names wider than Latin ones of the same length", () => {
    const latin = [node("x", 100, 100, 2), node("y", 160, 100, 1)];
    expect(labelledNodes(latin, () => "Abcdefgh")).toEqual(new Set(["x", "y"]));
    expect(labelledNodes(latin, () => "清华大学深圳研究")).toEqual(new Set(["x"]));
  });
});
