import { i18n } from "../../lib/i18n/i18n";

export const en = {
  close: "Close the paper",
  steps: {
    label: "Step through the list",
    position: "{{position}} of {{total}}",
    positionLong: "Paper {{position}} of {{total}} in the current list",
    notInView: "Not in the current list",
    notInViewLong: "The current filters hide this paper, so there is no previous or next.",
  },
  keys: { label: "Keyboard" },
  compare: {
    add: "Add to compare",
    remove: "Remove from compare",
    full: "The compare tray already holds 4 papers",
  },
  facts: {
    none: "—",
    andCollaborators: "and collaborators",
    filterByInstitution: "Show the papers from {{name}}",
    filterByChapter: "Show the papers in {{name}}",
  },
  links: {
    heading: "Links",
    arxiv: "arXiv",
    pdf: "PDF",
    project: "Project page",
    code: "Code",
    other: "Other link {{number}}",
    newTab: "(opens in a new tab)",
    none: "The source gives no links for this paper.",
  },
  summary: { heading: "Summary", en: "English", zh: "Chinese" },
  library: { heading: "Your notes" },
  results: { heading: "Results", none: "The source reports no figures for this paper." },
  notes: {
    heading: "Notes and caveats",
    truncated: "The source's entry for this paper is cut off; some details may be missing.",
  },
  related: {
    heading: "Related papers",
    none: "No closely related papers in this dataset.",
    institution_one: "same institution: {{names}}",
    institution_other: "same institutions: {{names}}",
    task_one: "shared task: {{names}}",
    task_other: "shared tasks: {{names}}",
    chapter: "same chapter: {{name}}",
    modality_one: "shared modality: {{names}}",
    modality_other: "shared modalities: {{names}}",
  },
  notFound: {
    title: "Paper not found",
    body: "No paper in this dataset has the id or arXiv id “{{id}}”.",
    back: "Back to the papers",
  },
};

export const zh: typeof en = {
  close: "关闭论文",
  steps: {
    label: "在列表中切换",
    position: "{{position}} / {{total}}",
    positionLong: "当前列表中的第 {{position}} 篇，共 {{total}} 篇",
    notInView: "不在当前列表中",
    notInViewLong: "当前筛选条件隐藏了这篇论文，因此没有上一篇或下一篇。",
  },
  keys: { label: "快捷键" },
  compare: {
    add: "加入对比",
    remove: "移出对比",
    full: "对比栏最多容纳 4 篇论文",
  },
  facts: {
    none: "—",
    andCollaborators: "及其合作者",
    filterByInstitution: "查看{{name}}的论文",
    filterByChapter: "查看“{{name}}”章节的论文",
  },
  links: {
    heading: "链接",
    arxiv: "arXiv",
    pdf: "PDF",
    project: "项目主页",
    code: "代码",
    other: "其他链接 {{number}}",
    newTab: "（在新标签页打开）",
    none: "原文未给出这篇论文的链接。",
  },
  summary: { heading: "摘要", en: "英文", zh: "中文" },
  library: { heading: "我的笔记" },
  results: { heading: "结果", none: "原文未给出这篇论文的数据。" },
  notes: {
    heading: "备注与说明",
    truncated: "原文中这篇论文的条目不完整，部分信息可能缺失。",
  },
  related: {
    heading: "相关论文",
    none: "数据集中没有密切相关的论文。",
    institution_one: "同一机构：{{names}}",
    institution_other: "同一机构：{{names}}",
    task_one: "相同任务：{{names}}",
    task_other: "相同任务：{{names}}",
    chapter: "同一章节：{{name}}",
    modality_one: "相同模态：{{names}}",
    modality_other: "相同模态：{{names}}",
  },
  notFound: {
    title: "未找到论文",
    body: "当前数据集中没有 id 或 arXiv 编号为“{{id}}”的论文。",
    back: "返回论文列表",
  },
};

// Registered when this feature's code loads, not with the app (see src/app/i18n.ts).
i18n.addNamespace("detail", { en, zh });
