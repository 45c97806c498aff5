import { useComputedColorScheme, useMantineColorScheme } from "@mantine/core";
import { useNavigate, useRouter } from "@tanstack/react-router";
import { useRef } from "react";
import { useAuthorLine } from "../../components/use-author-line";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { entryOf } from "../../lib/library/library-lookup";
import { useLibrary } from "../../lib/library/library-store";
import { useLocale } from "../../lib/locale/use-locale";
import { subtitle } from "../../lib/paper-fields/paper-fields";
import { markOpened } from "../../lib/saved-views/mark-opened";
import { useSavedViews } from "../../lib/saved-views/saved-views-store";
import { useSearchAnswer } from "../../lib/search/use-search-answer";
import { viewSearchFromQuery } from "../../lib/view/view";
import { findPapers, matchesText } from "./find-papers";

export interface PaletteItem {
  id: string;
  label: string;
  description?: string;
  run: () => void;
}

export interface PaletteGroup {
  id: "papers" | "views" | "actions";
  items: PaletteItem[];
}

const PAPER_LIMIT = 8;

interface Options {
  onHelp: () => void;
  onLanguageChange: (language: "en" | "zh") => void;
  /** The highlighted result's place in the list (papers come first). */
  highlighted: number;
}

/** What the palette offers for a query: matching papers, saved views and app actions, in that order. */
export function usePaletteItems(query: string, { onHelp, onLanguageChange, highlighted }: Options) {
  const { t, i18n } = useTranslation("quickFind");
  const labels = useLabels();
  const locale = useLocale();
  const authorLine = useAuthorLine();
  const navigate = useNavigate();
  const router = useRouter();
  const loaded = useDatasetStore((state) => state.loaded);
  const views = useSavedViews((state) => state.views);
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme("light", { getInitialValueInEffect: false });

  const matches = findPapers(useSearchAnswer(query)?.matches, PAPER_LIMIT);
  const found = matches.shown.flatMap((i) => loaded?.dataset.papers[i] ?? []);
  // The star action is for the highlighted paper, and stays with it while the highlight moves on to the action.
  const starTarget = useRef<string | null>(null);
  const highlightedPaper = found[highlighted];
  if (highlightedPaper) starTarget.current = highlightedPaper.id;
  const target = found.find((paper) => paper.id === starTarget.current);
  const starred = useLibrary((state) => (target ? (entryOf(state.library, target)?.starred ?? false) : false));
  const papers = matches.shown.flatMap((i) => {
    const paper = loaded?.dataset.papers[i];
    if (!paper) return [];
    const parts = [
      subtitle(paper, labels),
      authorLine(paper.authors, 1),
      paper.institutions.map(labels.institution).join(", "),
    ];
    return [
      {
        id: `paper:${paper.id}`,
        label: paper.name,
        description: parts.filter((part) => part !== "").join(" · "),
        run: () => void navigate({ to: "/papers/$paperId", params: { paperId: paper.id } }),
      },
    ];
  });

  const savedViews = views
    .filter((view) => matchesText(query, view.name))
    .map((view) => ({
      id: `view:${view.id}`,
      label: view.name,
      description: t("view"),
      run: () => {
        markOpened(view, router);
        void navigate({ to: "/", search: viewSearchFromQuery(view.search) });
      },
    }));

  const nextLanguage = locale.pick("zh", "en");
  const actions: PaletteItem[] = [
    { id: "go:papers", label: t("actions.papers"), run: () => void navigate({ to: "/" }) },
    { id: "go:stats", label: t("actions.stats"), run: () => void navigate({ to: "/stats" }) },
    { id: "go:compare", label: t("actions.compare"), run: () => void navigate({ to: "/compare" }) },
    {
      id: "toggle:language",
      label: t("actions.language"),
      run: () => {
        onLanguageChange(nextLanguage);
        void i18n.changeLanguage(nextLanguage);
      },
    },
    {
      id: "toggle:theme",
      label: scheme === "dark" ? t("actions.theme.light") : t("actions.theme.dark"),
      run: () => setColorScheme(scheme === "dark" ? "light" : "dark"),
    },
    { id: "help", label: t("actions.shortcuts"), run: onHelp },
  ].filter((action) => matchesText(query, action.label, action.id));
  if (target) {
    actions.unshift({
      // One id whichever paper it is for, so moving the highlight does not reset the list.
      id: "library:star",
      label: t(starred ? "actions.unstar" : "actions.star", { name: target.name }),
      run: () => useLibrary.getState().edit(target, "starred", !starred),
    });
  }

  const groups: PaletteGroup[] = [
    { id: "papers" as const, items: papers },
    { id: "views" as const, items: savedViews },
    { id: "actions" as const, items: actions },
  ].filter((group) => group.items.length > 0);
  return { groups, more: matches.more };
}
