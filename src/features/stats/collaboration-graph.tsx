import { useNavigate } from "@tanstack/react-router";
import { type KeyboardEvent, useMemo, useState } from "react";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import type { Collaboration } from "./collaboration";
import classes from "./collaboration-graph.module.css";
import { labelledNodes, labelPosition } from "./collaboration-labels";
import { layoutCollaboration, type PlacedNode } from "./collaboration-layout";
import { narrowTo } from "./table-search";
import { useChartLayout } from "./use-chart-layout";
import "./i18n";

interface CollaborationGraphProps {
  collaboration: Collaboration;
  selectedLink: string | null;
  onSelectLink: (key: string) => void;
}

export function linkKey(link: { source: string; target: string }): string {
  return `${link.source}+${link.target}`;
}

/**
 * The co-authorship network as SVG: each institution is a link (Tab, Enter) to its papers in the
 * table; clicking a line between two institutions selects their joint papers.
 */
export function CollaborationGraph({ collaboration, selectedLink, onSelectLink }: CollaborationGraphProps) {
  const { t } = useTranslation("stats");
  const labels = useLabels();
  const navigate = useNavigate();
  const institutionById = useDatasetStore((state) => state.loaded?.indexes.institutionById);
  const { narrow } = useChartLayout();
  const [width, height] = narrow ? [380, 560] : [860, 520];
  const layout = useMemo(() => layoutCollaboration(collaboration, width, height), [collaboration, width, height]);
  const [hovered, setHovered] = useState<string | null>(null);

  const partners = useMemo(() => {
    const count = new Map<string, number>();
    for (const link of collaboration.links) {
      count.set(link.source, (count.get(link.source) ?? 0) + 1);
      count.set(link.target, (count.get(link.target) ?? 0) + 1);
    }
    return count;
  }, [collaboration]);

  const withLabel = useMemo(() => labelledNodes(layout.nodes, labels.institution), [layout, labels]);
  const labelled = (node: PlacedNode) => withLabel.has(node.id) || hovered === node.id;
  const open = (node: PlacedNode) => void navigate({ to: "/", search: narrowTo("inst", [node.id]) });
  const onKeyDown = (event: KeyboardEvent, node: PlacedNode) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      open(node);
    }
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot be a fieldset; the group names its links
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className={classes.svg}
      role="group"
      aria-label={t("collaboration.graphLabel", { nodes: layout.nodes.length, links: layout.links.length })}
    >
      <g>
        {layout.links.map((link) => {
          const key = linkKey(link);
          const active = key === selectedLink || hovered === link.source || hovered === link.target;
          return (
            <g key={key} data-testid={`link-${key}`}>
              <line
                className={classes.link}
                data-active={active || undefined}
                x1={link.from.x}
                y1={link.from.y}
                x2={link.to.x}
                y2={link.to.y}
                strokeWidth={1 + 1.5 * (link.papers.length - 1) + (key === selectedLink ? 1.5 : 0)}
              />
              {/* biome-ignore lint/a11y/noStaticElementInteractions: the keyboard reaches the same pairs through the numbers table */}
              <line
                className={classes.linkHit}
                x1={link.from.x}
                y1={link.from.y}
                x2={link.to.x}
                y2={link.to.y}
                onClick={() => onSelectLink(key)}
              />
            </g>
          );
        })}
      </g>
      {layout.nodes.map((node) => (
        // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be an <a>; it behaves as a link
        <g
          key={node.id}
          className={classes.node}
          data-sector={institutionById?.get(node.id)?.type}
          role="link"
          tabIndex={0}
          aria-label={t("collaboration.node", {
            name: labels.institution(node.id),
            count: node.papers,
            partners: partners.get(node.id) ?? 0,
          })}
          onClick={() => open(node)}
          onKeyDown={(event) => onKeyDown(event, node)}
          onMouseEnter={() => setHovered(node.id)}
          onMouseLeave={() => setHovered(null)}
          onFocus={() => setHovered(node.id)}
          onBlur={() => setHovered(null)}
        >
          <circle cx={node.x} cy={node.y} r={node.r} />
        </g>
      ))}
      {/* Labels on top of every circle, the hovered or focused one last so nothing covers it. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: text only; the focusable nodes carry the names */}
      <g aria-hidden="true">
        {[...layout.nodes]
          .filter(labelled)
          .sort((a, b) => Number(a.id === hovered) - Number(b.id === hovered))
          .map((node) => (
            <text key={node.id} className={classes.label} {...labelPosition(node)} textAnchor="middle">
              {labels.institution(node.id)}
            </text>
          ))}
      </g>
    </svg>
  );
}
