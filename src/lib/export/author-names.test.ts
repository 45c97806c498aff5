import { describe, expect, it } from "vitest";
import { splitName } from "./author-names";

describe("splitName", () => {
  it("takes the last word as the family name", () => {
    expect(splitName("Chenyang Zhu")).toEqual({ given: "Chenyang", family: "Zhu" });
    expect(splitName("Benjamin L. Edelman")).toEqual({ given: "Benjamin L.", family: "Edelman" });
    expect(splitName("  Ahmed   A Aly ")).toEqual({ given: "Ahmed A", family: "Aly" });
  });

  it("keeps particles and joined family names together", () => {
    expect(splitName("Sarah de Haas")).toEqual({ given: "Sarah", family: "de Haas" });
    expect(splitName("Blaise Agüera y Arcas")).toEqual({ given: "Blaise", family: "Agüera y Arcas" });
    expect(splitName("Seán Ó hÉigeartaigh")).toEqual({ given: "Seán", family: "Ó hÉigeartaigh" });
    expect(splitName("Omar S. M. El Nahhas")).toEqual({ given: "Omar S. M.", family: "El Nahhas" });
  });

  it("reads a one-word name as a family name with no given name", () => {
    expect(splitName("Plato")).toEqual({ given: "", family: "Plato" });
  });
});
