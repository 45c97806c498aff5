// @vitest-environment happy-dom
import { MantineProvider } from "@mantine/core";
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from "@tanstack/react-router";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeDataset } from "../../../tests/fixtures/dataset-fixture";
import { loadedFixture } from "../../../tests/fixtures/loaded-fixture";
import { setupI18n } from "../../app/i18n";
import { useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { parseSearch, stringifySearch } from "../../lib/url/search-codec";
import { CompareTray } from "./compare-tray";

beforeAll(() => {
  setupI18n();
  useDatasetStore.setState({ loaded: loadedFixture(makeDataset()) });
});
beforeEach(() => {
  useCompareTray.setState({ ids: [] });
});

function renderAt(path: string) {
  const root = createRootRoute({
    component: () => (
      <>
        <Outlet />
        <CompareTray />
      </>
    ),
  });
  const routes = ["/", "/compare"].map((route) =>
    createRoute({ getParentRoute: () => root, path: route, component: () => <p>{route}</p> }),
  );
  const router = createRouter({
    routeTree: root.addChildren(routes),
    history: createMemoryHistory({ initialEntries: [path] }),
    parseSearch,
    stringifySearch,
  });
  render(
    <MantineProvider env="test">
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return router;
}

const tray = () => screen.queryByRole("region", { name: "Compare tray" });

describe("CompareTray", () => {
  it("stays out of sight until a paper is picked", async () => {
    renderAt("/");
    await screen.findByText("/");
    expect(tray()).not.toBeInTheDocument();
    act(() => useCompareTray.getState().toggle("multibooth"));
    expect(tray()).toHaveTextContent("To compare (1/4)");
    expect(screen.getByRole("link", { name: "Compare 1" })).toHaveAttribute("aria-disabled", "true");
  });

  it("lists the picks by name, links to the comparison keeping the view, and removes or clears", async () => {
    useCompareTray.setState({ ids: ["multibooth", "lazydiffusion", "from-another-dataset"] });
    renderAt("/?chapter=audio");
    await screen.findByText("/");
    expect(screen.getByRole("button", { name: "Remove MultiBooth from the compare tray" })).toBeInTheDocument();
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
    renderAt("/compare?ids=multibooth,lazydiffusion");
    await screen.findByText("/compare");
    expect(tray()).not.toBeInTheDocument();
  });
});
