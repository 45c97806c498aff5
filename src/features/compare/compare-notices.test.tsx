// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixturePapers } from "../../../tests/fixtures/dataset-fixture";
import { renderWithApp } from "../../../tests/fixtures/render-with-app";
import { i18n } from "../../lib/i18n/i18n";
import { CompareNotices } from "./compare-notices";
import type { ComparisonProblem } from "./resolve-comparison";

afterEach(async () => {
  await i18n.changeLanguage("en");
});

function renderNotices(problems: ComparisonProblem[], onKeepShown = () => {}) {
  return renderWithApp(<CompareNotices problems={problems} papers={fixturePapers} onKeepShown={onKeepShown} />, {
    dataset: null,
  });
}

describe("CompareNotices", () => {
  it("names each dropped id under one heading and offers to tidy the link", async () => {
    const keep = vi.fn();
    await renderNotices(
      [
        { kind: "invalid", values: ["Bad Id!"] },
        { kind: "repeated", values: ["multibooth"] },
        { kind: "unknown", values: ["nope", "zilch"] },
        { kind: "tooMany", papers: [2] },
      ],
      keep,
    );
    expect(screen.getByText("Parts of this link were left out")).toBeInTheDocument();
    expect(screen.getByText("“Bad Id!” is not a valid paper id.")).toBeInTheDocument();
    expect(screen.getByText("“multibooth” is listed more than once; it is shown once.")).toBeInTheDocument();
    expect(screen.getByText("No paper in this dataset has these ids: “nope” and “zilch”.")).toBeInTheDocument();
    expect(screen.getByText("A comparison shows at most 4 papers, so SpeechCodec was left out.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Keep only the papers shown" }));
    expect(keep).toHaveBeenCalledOnce();
  });

  it("shortens absurdly long ids instead of printing them whole", async () => {
    await renderNotices([{ kind: "unknown", values: ["x".repeat(500)] }]);
    expect(screen.getByText(`No paper in this dataset has the id “${"x".repeat(60)}…”.`)).toBeInTheDocument();
  });

  it("explains too few papers apart from the dropped ids, naming the one that is left", async () => {
    await renderNotices([{ kind: "tooFew", papers: [1] }]);
    expect(screen.queryByText("Parts of this link were left out")).not.toBeInTheDocument();
    expect(screen.getByText(/only LazyDiffusion is left/)).toBeInTheDocument();
  });

  it("says when nothing at all is left", async () => {
    await renderNotices([{ kind: "tooFew", papers: [] }]);
    expect(screen.getByText(/None of the requested papers is in this dataset/)).toBeInTheDocument();
  });

  it("speaks Chinese, for one value or several", async () => {
    await i18n.changeLanguage("zh");
    await renderNotices([
      { kind: "unknown", values: ["nope", "zilch"] },
      { kind: "repeated", values: ["moa"] },
    ]);
    expect(screen.getByText("当前数据集中没有 id 为“nope”和“zilch”的论文。")).toBeInTheDocument();
    expect(screen.getByText("“moa”重复出现，各只显示一次。")).toBeInTheDocument();
  });

  it("renders nothing when the link is fine", async () => {
    await renderNotices([]);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
