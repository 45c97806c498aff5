export const en = { pageTitle: "Overview" };
export const zh: typeof en = { pageTitle: "概览" };
