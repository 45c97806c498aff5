import * as v from "valibot";
import { create } from "zustand";
import { readStored, type StoredValue, writeStored } from "../storage/storage";

export const savedViewSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  /** The view's query string, e.g. `?chapter=audio&q=speech`; revalidated by the router when opened. */
  search: v.pipe(v.string(), v.maxLength(4000)),
  createdAt: v.number(),
});
export type SavedView = v.InferOutput<typeof savedViewSchema>;

const MAX_VIEWS = 200;

/** Keeps every entry that is still a valid saved view; drops the rest. */
export function salvageViews(data: unknown): SavedView[] | null {
  if (!Array.isArray(data)) return null;
  const views = data.flatMap((item) => {
    const parsed = v.safeParse(savedViewSchema, item);
    return parsed.success ? [parsed.output] : [];
  });
  return views.length > 0 ? views.slice(0, MAX_VIEWS) : null;
}

const viewsSetting: StoredValue<SavedView[]> = {
  key: "saved-views",
  version: 1,
  schema: v.pipe(v.array(savedViewSchema), v.maxLength(MAX_VIEWS)),
  salvage: salvageViews,
};

interface SavedViewsState {
  views: SavedView[];
  save: (name: string, search: string) => SavedView;
  remove: (id: string) => void;
  /** Adds views (from an imported file), skipping ones already saved; returns how many were added. */
  merge: (views: SavedView[]) => number;
}

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export const useSavedViews = create<SavedViewsState>()((set, get) => {
  const persist = (views: SavedView[]) => {
    set({ views });
    writeStored(viewsSetting, views);
  };
  return {
    views: readStored(viewsSetting) ?? [],
    save: (name, search) => {
      const view = { id: newId(), name: name.trim(), search, createdAt: Date.now() };
      persist([view, ...get().views].slice(0, MAX_VIEWS));
      return view;
    },
    remove: (id) => persist(get().views.filter((view) => view.id !== id)),
    merge: (incoming) => {
      const known = new Set(get().views.map((view) => `${view.name}\n${view.search}`));
      const fresh = incoming.filter((view) => !known.has(`${view.name}\n${view.search}`));
      persist([...get().views, ...fresh.map((view) => ({ ...view, id: newId() }))].slice(0, MAX_VIEWS));
      return fresh.length;
    },
  };
});
