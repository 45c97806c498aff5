// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "../../tests/fixtures/render-with-app";
import { AppErrorPage } from "./app-error-page";

function Broken(): never {
  throw new TypeError("cannot read the paper");
}

describe("AppErrorPage as the router's last line of defence", () => {
  it("shows what failed with reload and reset instead of a blank page", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await renderWithApp(null, { routes: { "/": Broken }, errorComponent: AppErrorPage, dataset: null });
    expect(await screen.findByRole("heading", { name: "Something went wrong" })).toBeInTheDocument();
    expect(screen.getByText("TypeError: cannot read the paper")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reload" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reset view" })).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
