import type { PlacedNode } from "./collaboration-layout";

/** Labels every node of a small network, only the busiest ones of a big one (the rest on hover or focus). */
const ALL_LABELS_UP_TO = 16;
const BUSY_PAPERS = 4;

// The label's font (11 px, see the stylesheet): a Chinese character is about a square, a Latin one
// a little over half of it. An estimate is enough to keep labels apart.
const FONT_SIZE = 11;
const textWidth = (text: string) =>
  [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? FONT_SIZE : 0.6 * FONT_SIZE), 0);

/** Where a node's label is drawn: centred above its circle. */
export function labelPosition(node: PlacedNode): { x: number; y: number } {
  return { x: node.x, y: node.y - node.r - 4 };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function labelBox(node: PlacedNode, text: string): Box {
  const { x, y } = labelPosition(node);
  const half = textWidth(text) / 2 + 2;
  return { left: x - half, right: x + half, top: y - FONT_SIZE, bottom: y + 3 };
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const circleBox = (node: PlacedNode): Box => ({
  left: node.x - node.r,
  right: node.x + node.r,
  top: node.y - node.r,
  bottom: node.y + node.r,
});

/**
 * The nodes that carry a label: the bigger ones first, each only if its label overlaps no label
 * already placed and no other node's circle, so labels never run into each other or hide a node.
 * The rest are named on hover or focus.
 */
export function labelledNodes(nodes: readonly PlacedNode[], name: (id: string) => string): Set<string> {
  const candidates = nodes
    .filter((node) => nodes.length <= ALL_LABELS_UP_TO || node.papers >= BUSY_PAPERS)
    .sort((a, b) => b.papers - a.papers || a.id.localeCompare(b.id));
  const placed: Box[] = [];
  const labelled = new Set<string>();
  for (const node of candidates) {
    const box = labelBox(node, name(node.id));
    if (placed.some((other) => overlap(box, other))) continue;
    if (nodes.some((other) => other !== node && overlap(box, circleBox(other)))) continue;
    placed.push(box);
    labelled.add(node.id);
  }
  return labelled;
}
