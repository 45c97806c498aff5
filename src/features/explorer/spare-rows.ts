/**
 * The rows a table keeps out of sight: when a view has fewer lines than the viewport has room for,
 * the lines it leaves empty keep the row they showed last, hidden, so that a later view filling
 * them again swaps their text instead of building rows (and a view that empties them does not tear
 * rows down). Building and removing rows was most of a filter change's DOM time at 66 papers.
 */
export class SpareRows<Row> {
  private readonly kept = new Map<number, Row>();

  /**
   * Records what this render shows (`shown`, by line, the last of them `last`) and returns the rows
   * to keep hidden, by line in order: those last shown on lines after `last` and before `fillTo`,
   * the first line past what the viewport holds (0 when the view does not start at the top).
   * Called while rendering: it only remembers rows, so a render React throws away leaves at worst
   * a hidden row of a paper nobody saw.
   */
  update(shown: ReadonlyMap<number, Row>, last: number, fillTo: number): [number, Row][] {
    for (const [line, row] of shown) this.kept.set(line, row);
    const spares: [number, Row][] = [];
    for (const [line, row] of this.kept) {
      if (line > last && line < fillTo) spares.push([line, row]);
      // Scrolled away, past the viewport, or now a heading inside the window.
      else if (!shown.has(line)) this.kept.delete(line);
    }
    return spares.sort(([a], [b]) => a - b);
  }
}
