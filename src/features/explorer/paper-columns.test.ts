import { describe, expect, it } from "vitest";
import { columnWidth, HIDEABLE_COLUMNS, tableMinWidth } from "./paper-columns";

describe("column widths", () => {
  it("sizes columns in pixels or as a share of the table, and leaves the paper's name the rest", () => {
    expect(columnWidth("kind")).toBe("96px");
    expect(columnWidth("institutions")).toBe("22%");
    expect(columnWidth("name")).toBeUndefined();
  });

  it("makes the table wide enough for the columns shown and 120 px of the paper's name", () => {
    expect(tableMinWidth(["select", "name"])).toBe(160);
    // 22% of the table for the institutions: 120 px is the other 78%.
    expect(tableMinWidth(["name", "institutions"])).toBe(Math.ceil(120 / 0.78));
    const every = tableMinWidth(["select", "name", ...HIDEABLE_COLUMNS]);
    expect(every).toBe(Math.ceil((120 + 40 + 36 + 124 + 96 + 124 + 124 + 112 + 96) / (1 - 0.45)));
  });
});
