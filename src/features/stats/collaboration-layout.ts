import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import type { Collaboration, CollaborationLink, CollaborationNode } from "./collaboration";

export interface PlacedNode extends CollaborationNode {
  x: number;
  y: number;
  r: number;
}

export interface PlacedLink extends CollaborationLink {
  from: PlacedNode;
  to: PlacedNode;
}

export interface CollaborationLayout {
  nodes: PlacedNode[];
  links: PlacedLink[];
  width: number;
  height: number;
}

type SimNode = SimulationNodeDatum & { id: string; r: number };

const TICKS = 300;
const MARGIN = 28;
const MAX_SCALE = 1.8;

export function nodeRadius(papers: number): number {
  return 4 + 3.5 * Math.sqrt(papers);
}

/**
 * Places the network with a force simulation run to rest before anything is drawn: no animation,
 * and the same input always gives the same picture (d3-force seeds its own random source).
 * Then scales the result into the box, so small and large networks both fill it.
 */
export function layoutCollaboration(collaboration: Collaboration, width: number, height: number): CollaborationLayout {
  const sim: SimNode[] = collaboration.nodes.map((node) => ({ id: node.id, r: nodeRadius(node.papers) }));
  const simLinks: SimulationLinkDatum<SimNode>[] = collaboration.links.map((link) => ({
    source: link.source,
    target: link.target,
  }));
  forceSimulation(sim)
    .force(
      "link",
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks)
        .id((node) => node.id)
        .distance(48),
    )
    .force("charge", forceManyBody().strength(-150))
    .force(
      "collide",
      forceCollide<SimNode>((node) => node.r + 8),
    )
    // Pulls the many small groups (pairs, triples) into one cloud.
    .force("x", forceX(0).strength(0.05))
    .force("y", forceY(0).strength(0.08))
    .stop()
    .tick(TICKS);

  const xs = sim.map((node) => node.x ?? 0);
  const ys = sim.map((node) => node.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Each axis scaled on its own: the cloud fills the box (more room for labels) at the cost of
  // slightly stretched distances, which carry no meaning in this drawing anyway.
  const scaleX = Math.min((width - 2 * MARGIN) / (maxX - minX || 1), MAX_SCALE);
  const scaleY = Math.min((height - 2 * MARGIN) / (maxY - minY || 1), MAX_SCALE);
  const offsetX = (width - (maxX - minX) * scaleX) / 2;
  const offsetY = (height - (maxY - minY) * scaleY) / 2;

  const nodes = collaboration.nodes.map((node, i) => ({
    ...node,
    r: sim[i]?.r ?? nodeRadius(node.papers),
    x: ((sim[i]?.x ?? 0) - minX) * scaleX + offsetX,
    y: ((sim[i]?.y ?? 0) - minY) * scaleY + offsetY,
  }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const links = collaboration.links.flatMap((link) => {
    const from = byId.get(link.source);
    const to = byId.get(link.target);
    return from && to ? [{ ...link, from, to }] : [];
  });
  return { nodes, links, width, height };
}
