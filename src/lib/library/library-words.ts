import type { Language } from "../locale/locale";
import type { ReadingStatus } from "./library-entry";

/** The library's own vocabulary in each language, for filters, charts, controls and exports. */
export interface LibraryWords {
  starred: string;
  status: Record<ReadingStatus, string>;
  noStatus: string;
}

const en: LibraryWords = {
  starred: "Starred",
  status: { "to-read": "To read", reading: "Reading", read: "Read" },
  noStatus: "No status",
};

const zh: LibraryWords = {
  starred: "已加星标",
  status: { "to-read": "待读", reading: "在读", read: "已读" },
  noStatus: "未设状态",
};

export function libraryWords(language: Language): LibraryWords {
  return language === "zh" ? zh : en;
}
