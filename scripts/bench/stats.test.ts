import { describe, expect, it } from "vitest";
import { median, percentile } from "./stats";

describe("bench statistics", () => {
  it("takes nearest-rank percentiles", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(median(values)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(median([3])).toBe(3);
    expect(median([])).toBeNaN();
  });
});
