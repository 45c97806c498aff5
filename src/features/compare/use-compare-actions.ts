import { useNavigate } from "@tanstack/react-router";
import { useMemo } from "react";
import { focusWhenRendered } from "../../components/focus-when-rendered";
import { MAX_COMPARE } from "../../lib/compare-tray/compare-tray-store";
import { HIDE_SAME } from "../../lib/view/comparison-search";

export const controlSelector = (action: "left" | "right" | "remove", id: string) =>
  `[data-compare-control="${action}:${id}"]`;

/**
 * Edits the comparison by rewriting `?ids=` and `hide`. Adding and removing are steps in history;
 * reordering and hiding rows replace the entry so Back does not replay every move. Acting on the
 * comparison also drops what it had left out as bad, so the link is clean from then on.
 */
export function useCompareActions(ids: readonly string[], hideSame: boolean) {
  const navigate = useNavigate();
  return useMemo(() => {
    const write = (next: string[], hide: boolean, replace: boolean) =>
      navigate({
        to: "/compare",
        search: (prev) => ({ ...prev, ids: next.length > 0 ? next : undefined, hide: hide ? HIDE_SAME : undefined }),
        replace,
      });
    const setIds = (next: string[], replace: boolean) => write(next, hideSame, replace);
    return {
      add: (id: string) => void setIds([...ids, id], false),
      remove: (id: string) => {
        const at = ids.indexOf(id);
        const next = ids.filter((x) => x !== id);
        const neighbours = [next[at], next[at - 1]].filter((x) => x !== undefined);
        focusWhenRendered(
          [...neighbours.map((x) => controlSelector("remove", x)), "#compare-add"],
          setIds(next, false),
        );
      },
      move: (id: string, by: -1 | 1) => {
        const at = ids.indexOf(id);
        const to = at + by;
        // Only among the columns: a move never swaps a paper with one left out beyond the limit.
        if (at === -1 || to < 0 || to >= Math.min(ids.length, MAX_COMPARE)) return;
        const next = [...ids];
        [next[at], next[to]] = [next[to] as string, id];
        // The moved column's DOM nodes move too, which drops focus: put it back on the same control.
        const same = controlSelector(by < 0 ? "left" : "right", id);
        const other = controlSelector(by < 0 ? "right" : "left", id);
        focusWhenRendered([same, other], setIds(next, true));
      },
      keep: (next: string[]) => void setIds(next, true),
      hideSame: (hide: boolean) => void write([...ids], hide, true),
    };
  }, [navigate, ids, hideSame]);
}
