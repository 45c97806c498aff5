import type { Dataset } from "../../lib/dataset/schema";

export interface CollaborationNode {
  id: string;
  /** Papers of the view this institution is on. */
  papers: number;
}

export interface CollaborationLink {
  source: string;
  target: string;
  /** Ids of the view's papers the two institutions share. */
  papers: string[];
}

export interface Collaboration {
  nodes: CollaborationNode[];
  links: CollaborationLink[];
}

/**
 * Who co-authored with whom among the given papers: an institution is a node when it shares at
 * least one paper; each pair that shares papers is a link. Pairs are keyed in id order, so a link
 * is the same whichever paper lists the institutions first.
 */
export function buildCollaboration(rows: Iterable<number>, dataset: Dataset): Collaboration {
  const links = new Map<string, CollaborationLink>();
  const paperCounts = new Map<string, number>();
  for (const i of rows) {
    const paper = dataset.papers[i];
    if (!paper) continue;
    const institutions = [...new Set(paper.institutions)].sort();
    for (const id of institutions) paperCounts.set(id, (paperCounts.get(id) ?? 0) + 1);
    for (let a = 0; a < institutions.length; a++) {
      for (let b = a + 1; b < institutions.length; b++) {
        const source = institutions[a] ?? "";
        const target = institutions[b] ?? "";
        const key = `${source}\n${target}`;
        const link = links.get(key) ?? { source, target, papers: [] };
        link.papers.push(paper.id);
        links.set(key, link);
      }
    }
  }
  const linked = new Set([...links.values()].flatMap((link) => [link.source, link.target]));
  const nodes = [...linked]
    .map((id) => ({ id, papers: paperCounts.get(id) ?? 0 }))
    .sort((a, b) => b.papers - a.papers || a.id.localeCompare(b.id));
  const sortedLinks = [...links.values()].sort(
    (a, b) => b.papers.length - a.papers.length || a.source.localeCompare(b.source) || a.target.localeCompare(b.target),
  );
  return { nodes, links: sortedLinks };
}
