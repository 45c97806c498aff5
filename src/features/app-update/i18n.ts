export const en = {
  title: "Update available",
  body: "A new version of Paper Explorer is ready. Reload to use it; your saved views and settings stay.",
  reload: "Reload",
  later: "Later",
};

export const zh: typeof en = {
  title: "有可用更新",
  body: "论文浏览器的新版本已就绪。重新加载即可使用，已保存的视图和设置都会保留。",
  reload: "重新加载",
  later: "稍后",
};
