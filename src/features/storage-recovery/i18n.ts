export const en = {
  title: "Some saved settings could not be read",
  dismiss: "Dismiss",
  item: {
    "saved-views": "your saved views",
    "saved-view": "one of your saved views",
    columns: "your column settings",
    "color-scheme": "your theme choice",
    language: "your language choice",
    "compare-tray": "the papers picked for comparison",
    "compare-pick": "a paper picked for comparison",
    library: "your library entry for “{{record}}”",
    other: "a saved setting",
  },
  one: {
    corrupted: "{{What}} could not be read and was reset.",
    version: "{{What}} came from another version of the app: what could be kept was kept.",
    partial: "Part of {{what}} was damaged: the rest was kept.",
    held: "{{What}} could not be read, and the browser has no room to back it up: it is left as it was, and changes to it are not saved until you download or discard it.",
    "write-failed":
      "Changes to {{what}} could not be saved: the browser's storage is full or blocked. They last until you close the page.",
  },
  many: {
    corrupted: "{{What}} could not be read and were reset.",
    version: "{{What}} came from another version of the app: what could be kept was kept.",
    partial: "Part of {{what}} was damaged: the rest was kept.",
    held: "{{What}} could not be read, and the browser has no room to back them up: they are left as they were, and changes to them are not saved until you download or discard them.",
    "write-failed":
      "Changes to {{what}} could not be saved: the browser's storage is full or blocked. They last until you close the page.",
  },
  kept: "A copy of the original is kept in this browser for {{days}} days.",
  download: "Download the unreadable data",
  discard: "Discard it",
  discarded: "Discarded.",
};

export const zh: typeof en = {
  title: "部分已保存的设置无法读取",
  dismiss: "关闭",
  item: {
    "saved-views": "已存视图",
    "saved-view": "某个已存视图",
    columns: "列设置",
    "color-scheme": "主题设置",
    language: "语言设置",
    "compare-tray": "待对比的论文",
    "compare-pick": "某篇待对比的论文",
    library: "文库中“{{record}}”的条目",
    other: "某项已保存的设置",
  },
  one: {
    corrupted: "{{What}}无法读取，已重置。",
    version: "{{What}}来自其他版本的应用：可用部分已保留。",
    partial: "{{what}}有部分损坏：其余部分已保留。",
    held: "{{What}}无法读取，且浏览器没有空间备份：已原样保留，在你下载或丢弃它之前，对它的更改不会保存。",
    "write-failed": "{{what}}的更改无法保存：浏览器存储已满或被禁用。更改在关闭页面前仍然有效。",
  },
  many: {
    corrupted: "{{What}}无法读取，已重置。",
    version: "{{What}}来自其他版本的应用：可用部分已保留。",
    partial: "{{what}}有部分损坏：其余部分已保留。",
    held: "{{What}}无法读取，且浏览器没有空间备份：已原样保留，在你下载或丢弃之前，对它们的更改不会保存。",
    "write-failed": "{{what}}的更改无法保存：浏览器存储已满或被禁用。更改在关闭页面前仍然有效。",
  },
  kept: "原始内容的副本会在本浏览器中保留 {{days}} 天。",
  download: "下载无法读取的数据",
  discard: "丢弃",
  discarded: "已丢弃。",
};
