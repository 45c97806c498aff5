import { describe, expect, it } from "vitest";
import { captureTypedAddress, typedAddressProblems } from "./typed-address";

describe("typed address problems", () => {
  it("names what the typed address had until the view changes", () => {
    captureTypedAddress("?chapter=audio,BAD&q=a&q=b");
    const normalized = "?chapter=audio&q=a";
    expect(typedAddressProblems(normalized).map((p) => p.value)).toEqual(["BAD", "b"]);
    expect(typedAddressProblems(normalized)).toHaveLength(2);
    expect(typedAddressProblems("?chapter=video")).toEqual([]);
    expect(typedAddressProblems(normalized)).toEqual([]);
  });

  it("has nothing to say about a clean address", () => {
    captureTypedAddress("?chapter=audio");
    expect(typedAddressProblems("?chapter=audio")).toEqual([]);
  });
});
