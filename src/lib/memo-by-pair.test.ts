import { describe, expect, it } from "vitest";
import { memoByPair } from "./memo-by-pair";

describe("memoByPair", () => {
  it("computes once per pair and again for another pair", () => {
    const calls: string[] = [];
    const join = memoByPair((a: { name: string }, b: { name: string }) => {
      calls.push(`${a.name}+${b.name}`);
      return { joined: `${a.name}${b.name}` };
    });
    const [x, y, z] = [{ name: "x" }, { name: "y" }, { name: "z" }];
    const first = join(x, y);
    expect(join(x, y)).toBe(first);
    expect(join(x, z)).toEqual({ joined: "xz" });
    expect(join(y, x)).toEqual({ joined: "yx" });
    expect(calls).toEqual(["x+y", "x+z", "y+x"]);
  });

  it("remembers a result that is undefined", () => {
    let calls = 0;
    const nothing = memoByPair((_a: object, _b: object) => {
      calls++;
      return undefined;
    });
    const [a, b] = [{}, {}];
    nothing(a, b);
    nothing(a, b);
    expect(calls).toBe(1);
  });

  it("passes further arguments on without keying on them", () => {
    const sum = memoByPair((_a: object, _b: object, n: number) => n);
    const [a, b] = [{}, {}];
    expect(sum(a, b, 1)).toBe(1);
    expect(sum(a, b, 2)).toBe(1);
  });
});
