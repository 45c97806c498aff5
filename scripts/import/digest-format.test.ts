import { describe, expect, it } from "vitest";
import {
  describeOtherFormat,
  endsMidSentence,
  fileLink,
  findAffiliationPhrases,
  LINK_LABELS,
  looksLikeOrganisation,
  mentionsCollaborators,
  nameFromBody,
  nameFromHeading,
  parseChapterHeading,
  parseEntryHeading,
  parseLinkLine,
} from "./digest-format";

describe("chapter heading", () => {
  it("reads the number and the Chinese name", () => {
    expect(parseChapterHeading("第 1 章 文生图")).toEqual({ number: 1, nameZh: "文生图" });
    expect(parseChapterHeading("第10章 其他")).toEqual({ number: 10, nameZh: "其他" });
    expect(parseChapterHeading("第 5 章 智能体(Agent)")).toEqual({ number: 5, nameZh: "智能体(Agent)" });
  });

  it("is not any other line", () => {
    expect(parseChapterHeading("这是第 1 章的内容")).toBeNull();
    expect(parseChapterHeading("【第 1 章】")).toBeNull();
  });
});

describe("entry heading", () => {
  it("reads a bracketed heading, trimming the spaces the source leaves inside", () => {
    expect(parseEntryHeading("【 ID-Aligner:利用奖励反馈学习增强“文生图”身份保持】")).toEqual({
      number: null,
      heading: "ID-Aligner:利用奖励反馈学习增强“文生图”身份保持",
      closed: true,
    });
  });

  it("reads an entry number before or inside the bracket", () => {
    expect(parseEntryHeading("3. 【MoA:新型个性化架构】")).toMatchObject({ number: 3, heading: "MoA:新型个性化架构" });
    expect(parseEntryHeading("【12、SnapKV:免微调】")).toMatchObject({ number: 12, heading: "SnapKV:免微调" });
  });

  it("keeps a heading whose closing bracket is missing, marked unclosed", () => {
    expect(parseEntryHeading("【半截标题")).toEqual({ number: null, heading: "半截标题", closed: false });
  });

  it("is not a line of text that merely contains brackets", () => {
    expect(parseEntryHeading("欢迎加入「大模型技术分享群」【扫码】")).toBeNull();
  });
});

describe("link lines", () => {
  it.each(LINK_LABELS)("reads the label $label", ({ label, kind }) => {
    expect(parseLinkLine(`${label}:https://example.org/x`)).toEqual({ label, kind, url: "https://example.org/x" });
  });

  it("accepts either colon, spaces around it, and the label's other capitalisation", () => {
    expect(parseLinkLine("论文链接: https://arxiv.org/abs/2404.12382")?.url).toBe("https://arxiv.org/abs/2404.12382");
    expect(parseLinkLine("Github 地址:https://github.com/a/b")).toMatchObject({ label: "Github 地址", kind: "code" });
  });

  it("reads an unknown label with no kind, and a bare URL with no label", () => {
    expect(parseLinkLine("演示视频:https://example.org/v")).toEqual({
      label: "演示视频",
      kind: null,
      url: "https://example.org/v",
    });
    expect(parseLinkLine("https://example.org/v")).toEqual({ label: "", kind: null, url: "https://example.org/v" });
  });

  it("is not a sentence that mentions a URL", () => {
    expect(parseLinkLine("代码已经开源,见 https://github.com/a/b 。")).toBeNull();
  });
});

describe("filing a link by its label and URL", () => {
  it("files each label where it says when the URL agrees", () => {
    expect(fileLink("paper", "https://arxiv.org/abs/2404.14239")).toEqual({ slot: "arxiv", mislabelled: false });
    expect(fileLink("project", "https://multibooth.github.io/")).toEqual({ slot: "project", mislabelled: false });
    expect(fileLink("code", "https://github.com/THUDM/AutoWebGLM")).toEqual({ slot: "code", mislabelled: false });
    expect(fileLink("related", "https://deepmind.google/discover/blog/x/")).toEqual({
      slot: "other",
      mislabelled: false,
    });
  });

  it("files a GitHub label on a project page as the project, flagged", () => {
    expect(fileLink("code", "https://lazydiffusion.github.io/")).toEqual({ slot: "project", mislabelled: true });
    expect(fileLink("code", "https://vis-www.cs.umass.edu/combo/")).toEqual({ slot: "project", mislabelled: true });
  });

  it("files a project label on a repository as code, flagged", () => {
    expect(fileLink("project", "https://github.com/PKU-YuanGroup/MagicTime")).toEqual({
      slot: "code",
      mislabelled: true,
    });
  });

  it("files an arXiv link as the paper whatever its label says", () => {
    expect(fileLink("code", "https://arxiv.org/abs/2404.00001")).toEqual({ slot: "arxiv", mislabelled: true });
    expect(fileLink(null, "https://arxiv.org/pdf/2404.00001")).toEqual({ slot: "arxiv", mislabelled: false });
  });

  it("files a paper label that is not on arXiv under other links", () => {
    expect(fileLink("paper", "https://openreview.net/forum?id=x")).toEqual({ slot: "other", mislabelled: false });
  });
});

describe("collaborators", () => {
  it("reads 及其合作者, 等机构 and English 'and others'", () => {
    expect(mentionsCollaborators("来自香港科技大学的研究团队及其合作者,提出了")).toBe(true);
    expect(mentionsCollaborators("来自清华大学、北京大学等机构的研究团队")).toBe(true);
    expect(mentionsCollaborators("来自清华大学等研究团队")).toBe(true);
    expect(mentionsCollaborators("researchers from MIT and others")).toBe(true);
  });

  it("is not 等 ending an ordinary list", () => {
    expect(mentionsCollaborators("如颜色、材料、氛围、设计和结构等等")).toBe(false);
    expect(mentionsCollaborators("来自清华大学和 Meta 的研究团队")).toBe(false);
  });
});

describe("institution phrases", () => {
  const lists = (text: string) => findAffiliationPhrases(text).map((p) => [p.strength, p.list]);

  it("reads 来自 … 的研究团队 as a list of institutions", () => {
    expect(lists("来自中国科学技术大学、中国科学院和腾讯的研究团队,提出了")).toEqual([
      ["from", "中国科学技术大学、中国科学院和腾讯"],
    ]);
    expect(lists("来自香港城市大学和莫纳什大学提出了一个系统")).toEqual([["from", "香港城市大学和莫纳什大学"]]);
  });

  it("reads … 研究团队 / 团队 / 研究员 without 来自", () => {
    expect(lists("Snap 研究团队提出了一种新的架构")).toContainEqual(["team", "Snap"]);
    expect(lists("在这项工作中,InstantX 团队首先研究了")).toEqual([["team", "InstantX"]]);
    expect(lists("牛津大学高级研究员 Jindong Gu 探究了")).toEqual([["team", "牛津大学"]]);
  });

  it("reads an institution as the subject of 提出了 / 表示", () => {
    expect(lists("在这项工作中,Stability AI 表示,通过")).toEqual([["subject", "Stability AI"]]);
  });

  it("is not 该研究团队, 研究团队 alone, or 他们", () => {
    expect(lists("为此,该研究团队推出了 MMStar")).toEqual([]);
    expect(lists("研究团队发现当前的视觉语言数据集")).toEqual([]);
    expect(lists("然后,他们提出了一种数据生成方法")).toEqual([]);
  });

  it("takes an unknown name as an organisation by its ending or its Latin capitals", () => {
    expect(looksLikeOrganisation("西湖大学")).toBe(true);
    expect(looksLikeOrganisation("Cohere")).toBe(true);
    expect(looksLikeOrganisation("人类")).toBe(false);
  });
});

describe("system names", () => {
  const noInstitution = () => false;
  const isOpenAi = (name: string) => name === "OpenAI";

  it("takes a Latin-script name before the heading's colon", () => {
    expect(nameFromHeading("Tango 2:通过直接偏好优化对齐", noInstitution)).toBe("Tango 2");
    expect(nameFromHeading("Controlnet++:利用高效一致性反馈改进条件控制", noInstitution)).toBe("Controlnet++");
  });

  it("is not an institution before the colon", () => {
    expect(nameFromHeading("OpenAI:如何让大模型免受恶意攻击?", isOpenAi)).toBeNull();
  });

  it("takes the name after 提出/推出 that ends the heading's first clause", () => {
    expect(nameFromHeading("清华、Meta 提出文生图定制新方法 MultiBooth", noInstitution)).toBe("MultiBooth");
    expect(nameFromHeading("英伟达提出扩散模型采样新方法 Align Your Steps", noInstitution)).toBe("Align Your Steps");
    expect(nameFromHeading("智谱AI、清华团队提出 ChatGLM-Math,增强 LLM 解决数学问题的能力", noInstitution)).toBe(
      "ChatGLM-Math",
    );
  });

  it("is not a field's term or words after the first clause", () => {
    expect(nameFromHeading("负责任的生成式 AI:生成什么,不生成什么", noInstitution)).toBeNull();
    expect(nameFromHeading("上海 AI Lab 新研究:将 LVLM 分辨率提升到 4K HD", noInstitution)).toBeNull();
    expect(nameFromHeading("谷歌推出新型 Transformer 架构:反馈注意力就是工作记忆", noInstitution)).toBeNull();
  });

  it("takes the name the body introduces", () => {
    expect(nameFromBody(["他们提出了一种端到端的大型语言模型(LLM)推理加速解决方案——LayerSkip。"])).toBe("LayerSkip");
    expect(nameFromBody(["研究团队提出了 InternLM-XComposer2-4KHD —— 将 LVLM 分辨率提升"])).toBe(
      "InternLM-XComposer2-4KHD",
    );
    expect(nameFromBody(["他们提出的新算法——数据集重置策略优化(DR-PO)——通过数据集重置"])).toBe("DR-PO");
    expect(nameFromBody(["预训练语言模型是基础。", "Aurora-M 是一个 15B 参数的多语种开源模型"])).toBe("Aurora-M");
  });

  it("is not a term in parentheses, a field's term, or prior work", () => {
    expect(
      nameFromBody(["提出了一种新型 Transformer 架构“反馈注意力记忆”(Feedback Attention Memory,FAM),"]),
    ).toBeNull();
    expect(
      nameFromBody(["提出了说服型生成式 AI 的定义,并区分了操纵型生成式 AI(manipulative generative AI)"]),
    ).toBeNull();
    expect(nameFromBody(["人们开发了许多 Chain-of-X (CoX) 方法,从而应对"])).toBeNull();
  });
});

describe("truncation", () => {
  it("sees text that stops in an ellipsis or without closing punctuation", () => {
    expect(endsMidSentence("与自回归基线相比,推理速度可实现高达 2.37...")).toBe(true);
    expect(endsMidSentence("这是因为其大型语言模型骨干存在内存带宽")).toBe(true);
  });

  it("is not a finished sentence", () => {
    expect(endsMidSentence("实验证明了其有效性。")).toBe(false);
    expect(endsMidSentence("大型语言模型是“超人”的化学家吗?")).toBe(false);
  });
});

describe("other formats", () => {
  it("names an empty file, JSON and HTML", () => {
    expect(describeOtherFormat(" \n ")).toMatch(/empty/);
    expect(describeOtherFormat('{"schemaVersion": 1}')).toMatch(/JSON/);
    expect(describeOtherFormat("<!doctype html><html></html>")).toMatch(/HTML/);
  });

  it("leaves plain text to the parser", () => {
    expect(describeOtherFormat("第 1 章 文生图")).toBeNull();
    expect(describeOtherFormat("[not json")).toBeNull();
  });
});
