import { describe, expect, it } from "vitest";
import { paperSteps } from "./paper-steps";

describe("paperSteps", () => {
  const rows = [7, 2, 9, 4];

  it("finds the neighbours in view order, not dataset order", () => {
    expect(paperSteps(rows, 9)).toEqual({ position: 3, total: 4, previous: 2, next: 4 });
  });

  it("has no previous at the start and no next at the end", () => {
    expect(paperSteps(rows, 7)).toEqual({ position: 1, total: 4, previous: null, next: 2 });
    expect(paperSteps(rows, 4)).toEqual({ position: 4, total: 4, previous: 9, next: null });
  });

  it("says when the filters hide the paper", () => {
    expect(paperSteps(rows, 5)).toEqual({ position: null, total: 4, previous: null, next: null });
    expect(paperSteps([], 5)).toEqual({ position: null, total: 0, previous: null, next: null });
  });
});
