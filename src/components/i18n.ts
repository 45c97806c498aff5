import * as vocabulary from "../lib/labels/vocabulary";

export const en = {
  appName: "Paper Explorer",
  nav: { label: "Main", explorer: "Papers", compare: "Compare", stats: "Overview" },
  pageTitle: "{{page}} · Paper Explorer",
  notFound: {
    title: "Page not found",
    body: "There is no page at {{path}}.",
    back: "Back to the papers",
  },
  error: {
    title: "Something went wrong",
    body: "The app hit an unexpected error. Your saved views and settings are safe.",
    details: "What failed",
    reload: "Reload",
    reset: "Reset view",
  },
  skipToContent: "Skip to content",
  menu: "Menu",
  urlNotice: {
    title: "Parts of this link were ignored",
    invalid: "“{{value}}” is not a valid value for {{param}}.",
    "too-long": "The search text was shortened to 200 characters.",
    repeated: "{{param}} was given more than once; only the first value is used (ignored: “{{value}}”).",
    more_one: "…and 1 more.",
    more_other: "…and {{count}} more.",
  },
  vocab: vocabulary.en,
};

export const zh: typeof en = {
  appName: "论文浏览器",
  nav: { label: "主导航", explorer: "论文", compare: "对比", stats: "概览" },
  pageTitle: "{{page}} · 论文浏览器",
  notFound: {
    title: "页面不存在",
    body: "{{path}} 没有对应的页面。",
    back: "返回论文列表",
  },
  error: {
    title: "出错了",
    body: "应用遇到了意外错误。你保存的视图和设置不会丢失。",
    details: "出错信息",
    reload: "重新加载",
    reset: "重置视图",
  },
  skipToContent: "跳到正文",
  menu: "菜单",
  urlNotice: {
    title: "链接中的部分内容已被忽略",
    invalid: "“{{value}}”不是 {{param}} 的有效值。",
    "too-long": "搜索文字已截断为 200 个字符。",
    repeated: "{{param}} 出现了多次,只使用第一个值(已忽略:“{{value}}”)。",
    more_one: "……还有 1 项。",
    more_other: "……还有 {{count}} 项。",
  },
  vocab: vocabulary.zh,
};
