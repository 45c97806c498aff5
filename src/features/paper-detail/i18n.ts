export const en = {
  close: "Close the paper",
  notFound: {
    title: "Paper not found",
    body: "No paper in this dataset has the id or arXiv id “{{id}}”.",
    back: "Back to the papers",
  },
};

export const zh: typeof en = {
  close: "关闭论文",
  notFound: {
    title: "未找到论文",
    body: "当前数据集中没有 id 或 arXiv 编号为“{{id}}”的论文。",
    back: "返回论文列表",
  },
};
