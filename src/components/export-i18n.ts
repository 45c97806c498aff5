export const en = {
  button: "Export",
  comparisonButton: "Export comparison",
  viewLabel_one: "The {{count}} paper shown, in this order",
  viewLabel_other: "The {{count}} papers shown, in this order",
  comparisonLabel_one: "The compared paper, side by side",
  comparisonLabel_other: "The {{count}} compared papers, side by side",
  failed: "The export failed. Please try again.",
  formats: {
    csv: "CSV (spreadsheet)",
    json: "JSON (dataset file)",
    bibtex: "BibTeX (citations)",
    ris: "RIS (reference managers)",
    csl: "CSL-JSON (citation processors)",
    markdown: "Markdown table",
  },
};

export const zh: typeof en = {
  button: "导出",
  comparisonButton: "导出对比",
  viewLabel_one: "当前显示的 {{count}} 篇论文，按当前顺序",
  viewLabel_other: "当前显示的 {{count}} 篇论文，按当前顺序",
  comparisonLabel_one: "对比中的论文，逐项对齐",
  comparisonLabel_other: "对比中的 {{count}} 篇论文，逐项对齐",
  failed: "导出失败，请重试。",
  formats: {
    csv: "CSV（电子表格）",
    json: "JSON（数据集文件）",
    bibtex: "BibTeX（参考文献）",
    ris: "RIS（文献管理软件）",
    csl: "CSL-JSON（引文处理器）",
    markdown: "Markdown 表格",
  },
};
