/**
 * Every paper field's name, in each language: the one translation of field names, read by the
 * detail pane, the comparison and every export (through `Labels.field`).
 */
export const en = {
  id: "Id",
  name: "Paper",
  title: "Title",
  heading: "Chinese heading",
  authors: "Authors",
  chapter: "Chapter",
  institutions: "Institutions",
  countries: "Countries",
  types: "Academia / industry",
  modalities: "Modalities",
  tasks: "Tasks",
  kind: "Kind",
  published: "Published",
  digest: "Source",
  arxivId: "arXiv id",
  arxiv: "arXiv",
  project: "Project page",
  code: "Code",
  links: "Links",
  results: "Results",
  summary: "Summary",
};

export type FieldId = keyof typeof en;

export const zh: Record<FieldId, string> = {
  id: "编号",
  name: "论文",
  title: "英文标题",
  heading: "中文标题",
  authors: "作者",
  chapter: "章节",
  institutions: "机构",
  countries: "国家/地区",
  types: "学术界/产业界",
  modalities: "模态",
  tasks: "任务",
  kind: "类型",
  published: "发表时间",
  digest: "来源",
  arxivId: "arXiv 编号",
  arxiv: "arXiv",
  project: "项目主页",
  code: "代码",
  links: "链接",
  results: "结果",
  summary: "摘要",
};
