import { i18n } from "../../lib/i18n/i18n";

export const en = {
  pageTitle: "Overview",
  summary_one: "Charts of the {{count}} paper matching the current filters (of {{total}}).",
  summary_other: "Charts of the {{count}} papers matching the current filters (of {{total}}).",
  summaryAll: "Charts of all {{count}} papers.",
  showInTable: "Show these papers in the table",
  clickHint: "Click a bar, or a row of its numbers table, to see those papers in the table.",
  empty: {
    title: "No papers match these filters",
    body: "There is nothing to chart. Clear the filters or change them in the table.",
    clear: "Clear the filters",
  },
  papers_one: "{{count}} paper",
  papers_other: "{{count}} papers",
  papersColumn: "Papers",
  showNumbers: "Show the numbers",
  hideNumbers: "Hide the numbers",
  showPapers_one: "Show the paper for {{name}} in the table",
  showPapers_other: "Show the {{count}} papers for {{name}} in the table",
  charts: {
    chapters: { title: "Papers per chapter", column: "Chapter" },
    institutions: {
      title: "Top institutions",
      description: "The {{count}} institutions with the most papers, split by chapter.",
      column: "Institution",
    },
    modalities: {
      title: "Modalities",
      description: "A paper can cover several modalities, so the bars add up to more than the papers.",
      column: "Modality",
    },
    sectors: {
      title: "Academia and industry",
      description_one: "Papers with at least one academic or industry institution; {{count}} paper has both.",
      description_other: "Papers with at least one academic or industry institution; {{count}} papers have both.",
      column: "Sector",
    },
    countries: {
      title: "Papers by country or region",
      description: "Counted once per country or region among a paper's institutions.",
      column: "Country or region",
    },
    progress: {
      title: "Your reading progress",
      description: "Your own reading status of the papers in this view, kept in this browser.",
      column: "Reading status",
      bar: "{{label}}: {{count}} of {{total}}",
    },
  },
  trends: {
    chapters: {
      title: "Papers per chapter over time",
      description:
        "Each chapter's papers in each monthly digest, on one scale; a paper listed in two digests counts in both. Click a bar to see those papers in the table.",
    },
    institutions: {
      title: "Top institutions over time",
      description_one:
        "The institution with the most papers in this view, per monthly digest. Click a bar to see those papers in the table.",
      description_other:
        "The {{count}} institutions with the most papers in this view, per monthly digest. Click a bar to see those papers in the table.",
    },
    showPapers_one: "Show the paper of {{name}} in {{digest}} in the table",
    showPapers_other: "Show the {{count}} papers of {{name}} in {{digest}} in the table",
  },
  collaboration: {
    title: "Who worked with whom",
    description:
      "Institutions that share papers, linked; bigger circles have more papers. Select an institution to see its papers, or a link to see the joint ones.",
    none: "No two institutions share a paper in this view.",
    graphLabel: "Collaboration network of {{nodes}} institutions and {{links}} links",
    node_one: "{{name}}: {{count}} paper, {{partners}} co-authoring institutions. Show its papers in the table.",
    node_other: "{{name}}: {{count}} papers, {{partners}} co-authoring institutions. Show its papers in the table.",
    pair: "Institutions",
    joint: "Joint papers",
    selected_one: "{{a}} and {{b}}: {{count}} joint paper",
    selected_other: "{{a}} and {{b}}: {{count}} joint papers",
    showJoint: "Show their joint papers in the table",
    showEither: "Show all papers of either in the table",
    closeSelection: "Close",
  },
};

export const zh: typeof en = {
  pageTitle: "概览",
  summary_one: "当前筛选条件匹配的 {{count}} 篇论文的图表（共 {{total}} 篇）。",
  summary_other: "当前筛选条件匹配的 {{count}} 篇论文的图表（共 {{total}} 篇）。",
  summaryAll: "全部 {{count}} 篇论文的图表。",
  showInTable: "在表格中查看这些论文",
  clickHint: "点击柱条或其数据表中的一行，即可在表格中查看对应论文。",
  empty: {
    title: "没有符合这些筛选条件的论文",
    body: "没有可绘制的数据。请清除筛选条件，或在表格中修改。",
    clear: "清除筛选条件",
  },
  papers_one: "{{count}} 篇论文",
  papers_other: "{{count}} 篇论文",
  papersColumn: "论文数",
  showNumbers: "显示数据表",
  hideNumbers: "隐藏数据表",
  showPapers_one: "在表格中查看{{name}}的 {{count}} 篇论文",
  showPapers_other: "在表格中查看{{name}}的 {{count}} 篇论文",
  charts: {
    chapters: { title: "各章节论文数", column: "章节" },
    institutions: {
      title: "论文最多的机构",
      description: "论文数最多的 {{count}} 家机构，按章节拆分。",
      column: "机构",
    },
    modalities: {
      title: "模态",
      description: "一篇论文可涉及多个模态，因此各柱之和多于论文数。",
      column: "模态",
    },
    sectors: {
      title: "学术界与产业界",
      description_one: "至少有一家学术机构或产业机构参与的论文数；其中 {{count}} 篇两者兼有。",
      description_other: "至少有一家学术机构或产业机构参与的论文数；其中 {{count}} 篇两者兼有。",
      column: "类别",
    },
    countries: {
      title: "各国家/地区论文数",
      description: "按论文所属机构的国家/地区计数，每篇论文在每个国家/地区只计一次。",
      column: "国家/地区",
    },
    progress: {
      title: "我的阅读进度",
      description: "你为当前视图中的论文设置的阅读状态，只保存在本浏览器中。",
      column: "阅读状态",
      bar: "{{label}}:{{count}} / {{total}}",
    },
  },
  trends: {
    chapters: {
      title: "各章节论文数的逐月变化",
      description:
        "每期月报中各章节的论文数，采用同一刻度；被两期月报收录的论文在两期中各计一次。点击柱条即可在表格中查看对应论文。",
    },
    institutions: {
      title: "论文最多的机构的逐月变化",
      description_one: "当前视图中论文数最多的机构在每期月报中的论文数。点击柱条即可在表格中查看对应论文。",
      description_other:
        "当前视图中论文数最多的 {{count}} 家机构在每期月报中的论文数。点击柱条即可在表格中查看对应论文。",
    },
    showPapers_one: "在表格中查看{{name}}在{{digest}}中的 {{count}} 篇论文",
    showPapers_other: "在表格中查看{{name}}在{{digest}}中的 {{count}} 篇论文",
  },
  collaboration: {
    title: "机构合作网络",
    description: "有共同论文的机构之间以连线相连；圆越大，论文越多。选择机构可查看其论文，选择连线可查看合作论文。",
    none: "当前视图中没有两家机构共同署名的论文。",
    graphLabel: "{{nodes}} 家机构、{{links}} 条合作连线的合作网络",
    node_one: "{{name}}：{{count}} 篇论文，{{partners}} 家合作机构。在表格中查看其论文。",
    node_other: "{{name}}：{{count}} 篇论文，{{partners}} 家合作机构。在表格中查看其论文。",
    pair: "机构",
    joint: "合作论文",
    selected_one: "{{a}} 与 {{b}}：{{count}} 篇合作论文",
    selected_other: "{{a}} 与 {{b}}：{{count}} 篇合作论文",
    showJoint: "在表格中查看两者的合作论文",
    showEither: "在表格中查看两者的全部论文",
    closeSelection: "关闭",
  },
};

// Registered when this feature's code loads, not with the app (see src/app/i18n.ts).
i18n.addNamespace("stats", { en, zh });
