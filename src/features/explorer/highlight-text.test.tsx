// @vitest-environment happy-dom
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { HighlightText } from "./highlight-text";

describe("HighlightText", () => {
  it("marks every case-insensitive match, Chinese included", () => {
    const { container } = render(<HighlightText text="Speech and 清华大学 speech" terms={["speech", "清华"]} />);
    expect([...container.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["Speech", "清华", "speech"]);
    expect(container.textContent).toBe("Speech and 清华大学 speech");
  });

  it("treats terms and text as plain text", () => {
    const { container } = render(<HighlightText text="a <b>(x)</b> a.b" terms={["(x)", "."]} />);
    expect(container.querySelector("b")).toBeNull();
    expect([...container.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["(x)", "."]);
  });
});
