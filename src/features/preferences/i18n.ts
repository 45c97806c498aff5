export const en = {
  darkMode: "Switch to dark mode",
  lightMode: "Switch to light mode",
  language: "Language",
};

export const zh: typeof en = {
  darkMode: "切换到深色模式",
  lightMode: "切换到浅色模式",
  language: "语言",
};
