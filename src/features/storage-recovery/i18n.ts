export const en = {
  title: "Some saved settings could not be read",
  dismiss: "Dismiss",
  item: {
    "saved-views": "your saved views",
    columns: "your column settings",
    "color-scheme": "your theme choice",
    language: "your language choice",
    "compare-tray": "the papers picked for comparison",
    other: "a saved setting",
  },
  corrupted: "{{what}} could not be read and was reset. The original is kept in this browser under “{{backup}}”.",
  version:
    "{{what}} came from another version of the app. What could be kept was kept; the original is under “{{backup}}”.",
  partial: "Part of {{what}} was damaged. The rest was kept; the original is under “{{backup}}”.",
  noBackup: "{{what}} could not be read and was reset; the browser would not store a backup.",
  "write-failed":
    "Changes to {{what}} could not be saved: the browser's storage is full or blocked. They last until you close the page.",
};

export const zh: typeof en = {
  title: "部分已保存的设置无法读取",
  dismiss: "关闭",
  item: {
    "saved-views": "已存视图",
    columns: "列设置",
    "color-scheme": "主题设置",
    language: "语言设置",
    "compare-tray": "待对比的论文",
    other: "某项已保存的设置",
  },
  corrupted: "{{what}}无法读取，已重置。原始内容保存在本浏览器的“{{backup}}”中。",
  version: "{{what}}来自其他版本的应用。可用部分已保留；原始内容保存在“{{backup}}”中。",
  partial: "{{what}}有部分损坏。其余部分已保留；原始内容保存在“{{backup}}”中。",
  noBackup: "{{what}}无法读取，已重置；浏览器未能保存备份。",
  "write-failed": "{{what}}的更改无法保存：浏览器存储已满或被禁用。更改在关闭页面前仍然有效。",
};
