export const en = { pageTitle: "Compare papers" };
export const zh: typeof en = { pageTitle: "论文对比" };
