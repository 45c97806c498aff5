// @vitest-environment happy-dom
import { act, fireEvent, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/fixtures/render-with-app";
import { useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import { CompareTray } from "./compare-tray";

beforeEach(() => {
  useCompareTray.setState({ ids: [] });
});

const page = (route: string) => () => <p>{route}</p>;
const renderAt = async (path: string) =>
  (await renderWithApp(<CompareTray />, { path, routes: { "/": page("/"), "/compare": page("/compare") } })).router;

const tray = () => screen.queryByRole("region", { name: "Compare tray" });

describe("CompareTray", () => {
  it("stays out of sight until a paper is picked", async () => {
    await renderAt("/");
    await screen.findByText("/");
    expect(tray()).not.toBeInTheDocument();
    act(() => useCompareTray.getState().toggle("multibooth"));
    expect(await screen.findByRole("region", { name: "Compare tray" }, { timeout: 5000 })).toHaveTextContent(
      "To compare (1/4)",
    );
    expect(screen.getByRole("link", { name: "Compare 1" })).toHaveAttribute("aria-disabled", "true");
  });

  it("lists the picks by name, links to the comparison keeping the view, and removes or clears", async () => {
    useCompareTray.setState({ ids: ["multibooth", "lazydiffusion", "from-another-dataset"] });
    await renderAt("/?chapter=audio");
    await screen.findByText("/");
    expect(await screen.findByRole("button", { name: "Remove MultiBooth from the compare tray" })).toBeInTheDocument();
    // An id saved from another dataset still shows, so it can be removed.
    fireEvent.click(screen.getByRole("button", { name: "Remove from-another-dataset from the compare tray" }));
    expect(useCompareTray.getState().ids).toEqual(["multibooth", "lazydiffusion"]);
    expect(screen.getByRole("link", { name: "Compare 2" })).toHaveAttribute(
      "href",
      "/compare?chapter=audio&ids=multibooth,lazydiffusion",
    );
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(useCompareTray.getState().ids).toEqual([]);
    expect(tray()).not.toBeInTheDocument();
  });

  it("steps aside on the comparison page, which shows the papers in full", async () => {
    useCompareTray.setState({ ids: ["multibooth", "lazydiffusion"] });
    await renderAt("/compare?ids=multibooth,lazydiffusion");
    await screen.findByText("/compare");
    // The bar's code loads on demand: let it arrive before checking that it stays hidden.
    await act(async () => {
      await import("./compare-tray-bar");
    });
    expect(tray()).not.toBeInTheDocument();
  });
});
