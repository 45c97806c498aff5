import { describe, expect, it } from "vitest";
import type { Institution } from "../../src/lib/dataset/schema";
import { findKnownInstitutions, indexInstitutionNames, normaliseName, readAffiliationList } from "./institution-names";

const institution = (id: string, nameEn: string, nameZh: string | null, aliases: string[] = []): Institution => ({
  id,
  nameEn,
  nameZh,
  aliases,
  type: "academia",
  country: "CN",
});
const names = indexInstitutionNames([
  institution("cas", "Chinese Academy of Sciences", "中国科学院"),
  institution("ucas", "University of Chinese Academy of Sciences", "中国科学院大学"),
  institution("shanghai-ai-laboratory", "Shanghai AI Laboratory", "上海人工智能实验室", ["上海 AI Lab"]),
  institution("snap", "Snap Inc.", null, ["Snap"]),
  institution("zhipu-ai", "Zhipu AI", "智谱AI"),
  institution("mit", "Massachusetts Institute of Technology", "麻省理工学院", ["MIT 计算机科学与人工智能实验室"]),
]);

describe("institution names", () => {
  it("normalises full-width forms and the spaces around Chinese text", () => {
    expect(normaliseName("智谱AI 和 清华大学")).toBe("智谱AI和清华大学");
    expect(normaliseName("上海  AI Lab")).toBe("上海AI Lab");
    expect(normaliseName("Ａｄｏｂｅ")).toBe("Adobe");
  });

  it("matches nameEn, nameZh and aliases, whatever the case and spacing", () => {
    expect(names.idOf("上海AI Lab")).toBe("shanghai-ai-laboratory");
    expect(names.idOf("shanghai ai laboratory")).toBe("shanghai-ai-laboratory");
    expect(names.idOf("中国科学院")).toBe("cas");
    expect(names.idOf("清华大学")).toBeNull();
  });

  it("prefers the longest spelling and respects Latin word boundaries", () => {
    expect(findKnownInstitutions("来自中国科学院大学和中国科学院的团队", names)).toEqual(["ucas", "cas"]);
    expect(findKnownInstitutions("SnapKV 由 Snap 研究团队提出", names)).toEqual(["snap"]);
  });

  it("reads an affiliation list into known and unknown names, in order, dropping a trailing 等", () => {
    expect(readAffiliationList("智谱AI 和清华大学", names)).toEqual([
      { id: "zhipu-ai", name: "智谱AI" },
      { id: null, name: "清华大学" },
    ]);
    expect(readAffiliationList("MIT 计算机科学与人工智能实验室", names)).toEqual([
      { id: "mit", name: "MIT计算机科学与人工智能实验室" },
    ]);
    expect(readAffiliationList("上海 AI Lab、西湖大学等", names)).toEqual([
      { id: "shanghai-ai-laboratory", name: "上海AI Lab" },
      { id: null, name: "西湖大学" },
    ]);
  });
});
