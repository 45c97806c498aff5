export interface PaperSteps {
  /** 1-based place of the paper in the current view, or null when the filters hide it. */
  position: number | null;
  total: number;
  previous: number | null;
  next: number | null;
}

/** Where a paper sits in the current filtered, sorted view, and its neighbours there. */
export function paperSteps(rows: readonly number[] | Uint32Array, index: number): PaperSteps {
  const at = rows.indexOf(index);
  if (at === -1) return { position: null, total: rows.length, previous: null, next: null };
  return {
    position: at + 1,
    total: rows.length,
    previous: rows[at - 1] ?? null,
    next: rows[at + 1] ?? null,
  };
}
