// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/fixtures/render-with-app";
import type { DatasetLoadError } from "../../lib/dataset/download-dataset";
import { i18n } from "../../lib/i18n/i18n";
import { DatasetProblems } from "./dataset-problems";

afterEach(async () => {
  await i18n.changeLanguage("en");
});

const notDataset = (found: Extract<DatasetLoadError, { kind: "not-dataset" }>["found"]) =>
  renderWithApp(<DatasetProblems error={{ kind: "not-dataset", source: "x.json", found }} />, { dataset: null });

describe("DatasetProblems for a file that is not a dataset", () => {
  it("says what the file holds in plain words", async () => {
    await notDataset("text");
    expect(
      screen.getByText(
        "x.json is not a dataset: it holds one text string, where a dataset file holds an object with its papers, chapters and institutions.",
      ),
    ).toBeInTheDocument();
  });

  it("sends the app's other files to the menu that imports them", async () => {
    await notDataset("library");
    expect(
      screen.getByText("x.json is a library file, not a dataset: import it from the “Library” menu."),
    ).toBeInTheDocument();
  });

  it("names the parts a dataset has when the file has none of them", async () => {
    await notDataset("unrelated");
    expect(
      screen.getByText(
        "x.json is not a dataset: it has none of the parts every dataset file has (schemaVersion, source, chapters, institutions, papers).",
      ),
    ).toBeInTheDocument();
  });

  it("speaks Chinese", async () => {
    await i18n.changeLanguage("zh");
    await notDataset("list");
    expect(
      screen.getByText("x.json 不是数据集：它只包含一个列表，而数据集文件是一个包含论文、章节和机构的对象。"),
    ).toBeInTheDocument();
  });
});
