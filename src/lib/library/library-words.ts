import type { Language } from "../locale/locale";
import type { ReadingStatus } from "./library-entry";

/** The library's own vocabulary in each language, for filters, charts, controls and exports. */
export interface LibraryWords {
  starred: string;
  status: Record<ReadingStatus, string>;
  noStatus: string;
  /** Names of the reader's fields in exports. */
  fields: { starred: string; status: string; tags: string; note: string };
}

const en: LibraryWords = {
  starred: "Starred",
  status: { "to-read": "To read", reading: "Reading", read: "Read" },
  noStatus: "No status",
  fields: { starred: "Starred", status: "Reading status", tags: "Your tags", note: "Your note" },
};

const zh: LibraryWords = {
  starred: "已加星标",
  status: { "to-read": "待读", reading: "在读", read: "已读" },
  noStatus: "未设状态",
  fields: { starred: "星标", status: "阅读状态", tags: "我的标签", note: "我的笔记" },
};

export function libraryWords(language: Language): LibraryWords {
  return language === "zh" ? zh : en;
}
