import { arxivIdFromLink } from "../../src/lib/dataset/audit-dataset";

// The format of the Chinese monthly digest (大模型月报), as rules: each function reads one kind of
// line or phrase. Everything the importer knows about the source's wording lives here, so a change
// of format is a change to this file and its tests.

/** A chapter heading: `第 1 章 文生图`. */
export function parseChapterHeading(line: string): { number: number; nameZh: string } | null {
  const match = /^第\s*(\d+)\s*章\s*(.*)$/.exec(line.trim());
  if (!match) return null;
  return { number: Number(match[1]), nameZh: (match[2] ?? "").trim() };
}

/**
 * An entry heading: `【清华、Meta 提出文生图定制新方法 MultiBooth】`, optionally numbered (`3. 【…】`
 * or `【3. …】`). A heading whose closing bracket is missing is still a heading, marked unclosed.
 */
export function parseEntryHeading(line: string): { number: number | null; heading: string; closed: boolean } | null {
  const match = /^(?:(\d+)\s*[.、.)]\s*)?【(.*?)(】)?\s*$/.exec(line.trim());
  if (!match) return null;
  const inner = /^(?:(\d+)\s*[.、.)])?\s*(.*)$/.exec((match[2] ?? "").trim());
  const number = match[1] ?? inner?.[1];
  return {
    number: number === undefined ? null : Number(number),
    heading: (inner?.[2] ?? "").trim(),
    closed: match[3] !== undefined,
  };
}

/** What a link's label says it is. */
export type LinkLabelKind = "paper" | "project" | "code" | "related";

/** Every label the digest puts before a link, with what it claims the link is. */
export const LINK_LABELS: readonly { label: string; kind: LinkLabelKind }[] = [
  { label: "论文链接", kind: "paper" },
  { label: "论文地址", kind: "paper" },
  { label: "项目地址", kind: "project" },
  { label: "项目网站", kind: "project" },
  { label: "项目主页", kind: "project" },
  { label: "GitHub 地址", kind: "code" },
  { label: "代码地址", kind: "code" },
  { label: "相关链接", kind: "related" },
];

const labelKey = (label: string) => label.replace(/\s+/g, "").toLowerCase();
const LABEL_KINDS = new Map(LINK_LABELS.map(({ label, kind }) => [labelKey(label), kind]));

export interface LinkLine {
  label: string;
  /** null when the label is not one of LINK_LABELS. */
  kind: LinkLabelKind | null;
  url: string;
}

/** A link line: `论文链接:https://arxiv.org/abs/2404.14239` (either colon, spaces allowed), or a bare URL. */
export function parseLinkLine(line: string): LinkLine | null {
  const match = /^(?:([^:\s][^:]*?)\s*[::]\s*)?(https?:\/\/\S+)$/.exec(line.trim());
  if (!match?.[2]) return null;
  const label = (match[1] ?? "").trim();
  return { label, kind: LABEL_KINDS.get(labelKey(label)) ?? null, url: match[2] };
}

/** The draft's link slots, as in the dataset schema's `links`. */
export type LinkSlot = "arxiv" | "project" | "code" | "other";

// A repository on a code host; a GitHub Pages site (*.github.io) is a project page, not code.
const CODE_URL = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com)\/[^/\s]+\/[^/\s]+/i;

/** What the URL itself shows it is, or null when only the label can say. */
export function slotFromUrl(url: string): "arxiv" | "code" | null {
  if (arxivIdFromLink(url) !== null) return "arxiv";
  if (CODE_URL.test(url)) return "code";
  return null;
}

const SLOT_FOR_LABEL: Record<LinkLabelKind, LinkSlot> = {
  paper: "other",
  project: "project",
  code: "code",
  related: "other",
};

/**
 * Where a link belongs, checked against its URL: the URL wins over the label. A code label on a
 * page that is not a repository files it as the project page; a project label on a repository files
 * it as code; either label on an arXiv link files it as the paper. `mislabelled` says the label and
 * the URL disagree.
 */
export function fileLink(kind: LinkLabelKind | null, url: string): { slot: LinkSlot; mislabelled: boolean } {
  const fromUrl = slotFromUrl(url);
  if (kind === null) return { slot: fromUrl ?? "other", mislabelled: false };
  if (fromUrl === "arxiv") return { slot: "arxiv", mislabelled: kind === "project" || kind === "code" };
  if (fromUrl === "code") return { slot: "code", mislabelled: kind === "project" || kind === "paper" };
  if (kind === "code") return { slot: "project", mislabelled: true };
  return { slot: SLOT_FOR_LABEL[kind], mislabelled: false };
}

// "及其合作者" (and their collaborators) is how the April digest says an entry names only some of
// the authors' institutions; "等机构" / "等研究团队" (… and others) and English equivalents say the same.
const COLLABORATORS =
  /及其合作者|及合作者|等(?:机构|单位|高校|公司|(?:的)?(?:研究)?团队)|\band (?:others|collaborators)\b|\bet al\b/i;

/** Whether the text says the paper has authors beyond the institutions it names. */
export function mentionsCollaborators(text: string): boolean {
  return COLLABORATORS.test(text);
}

/**
 * Phrases naming who did the work, strongest first. `from` is "来自 A、B 和 C 的研究团队": whatever
 * it lists is an institution. `team` ("A 研究团队", "A 团队", "A 高级研究员") and `subject`
 * ("A 提出了", "A 表示") are weaker: only names that are known or look like an organisation count.
 */
type AffiliationStrength = "from" | "team" | "subject";
const AFFILIATION_PATTERNS: readonly { strength: AffiliationStrength; pattern: RegExp }[] = [
  { strength: "from", pattern: /来自\s*([^。,,;;::]+?)\s*(?:的)?(?:研究团队|团队|研究人员|研究者|提出|推出)/g },
  {
    strength: "team",
    pattern: /(?:^|[,,::])\s*([^,,。;;::]+?)\s*(?:的)?(?:研究团队|团队|研究人员|(?:高级)?研究员)/g,
  },
  { strength: "subject", pattern: /(?:^|[,,::])\s*([^,,。;;::]+?)\s*(?:提出了|推出了|开发了|表示)/g },
];

export interface AffiliationPhrase {
  strength: AffiliationStrength;
  /** The listed names as written, in order ("清华大学和 Meta" → both, as one string). */
  list: string;
  index: number;
}

// Words that stand where an institution would and are not one: "该研究团队" (this team), "他们提出了".
const NOT_AN_AFFILIATION = /^(?:该|此|这|其|他们|我们|本|研究$|人类$)/;

/** The affiliation phrases of an entry's text, in the order they appear. */
export function findAffiliationPhrases(text: string): AffiliationPhrase[] {
  const phrases: AffiliationPhrase[] = [];
  for (const sentence of splitSentences(text)) {
    for (const { strength, pattern } of AFFILIATION_PATTERNS) {
      for (const match of sentence.text.matchAll(pattern)) {
        const list = (match[1] ?? "").trim();
        if (list === "" || NOT_AN_AFFILIATION.test(list)) continue;
        if (strength !== "from" && list.includes("来自")) continue; // the `from` phrase reads it
        phrases.push({ strength, list, index: sentence.index + (match.index ?? 0) });
      }
    }
  }
  return phrases.sort((a, b) => a.index - b.index);
}

function splitSentences(text: string): { text: string; index: number }[] {
  const sentences: { text: string; index: number }[] = [];
  for (const match of text.matchAll(/[^。!?;!?\n]+/g)) sentences.push({ text: match[0], index: match.index ?? 0 });
  return sentences;
}

/** Splits an affiliation list at its separators: 、 , 和 与 及 以及 "and"; a trailing 等 (and others) is dropped. */
export const LIST_SEPARATOR = /\s*(?:、|,|,|以及|及|和|与|\band\b)\s*/;
export const TRAILING_ETC = /\s*等$/;

// Endings that mark a name as an organisation's when it is not yet in the archive.
const ORGANISATION_NAME =
  /(?:大学|学院|研究院|研究所|实验室|研究中心|公司|集团|科技|AI|Labs?|University|Institute|College|Research|Inc\.?|Corp\.?|Ltd\.?)$|^[A-Z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*)*$/;

/** Whether an unknown name looks like an institution's (for the weaker affiliation phrases). */
export function looksLikeOrganisation(name: string): boolean {
  return ORGANISATION_NAME.test(name.trim());
}

// A system name in Latin script: "MultiBooth", "Tango 2", "Align Your Steps", "Controlnet++", "DR-PO".
const LATIN_NAME = String.raw`[A-Za-z][\w+.-]*(?:\s+[A-Z0-9][\w+.-]*)*`;
const ENTIRELY_LATIN_NAME = new RegExp(`^${LATIN_NAME}$`);
const HEADING_VERB_NAME = new RegExp(`(?:提出|推出|发布)(?:了)?[^A-Za-z]*?\\s*(${LATIN_NAME})\\s*$`);
// In the body the name follows Chinese text or a dash, so "(Feedback Attention Memory" is not one.
const INTRODUCED_NAME = new RegExp(
  `(?:提出了|推出了|开发了)[^。\\n]*?(?<=[\\p{Script=Han}—]\\s*)(${LATIN_NAME})\\s*(?:[,。,;;]|——|$)`,
  "u",
);
const DASHED_ABBREVIATION = new RegExp(`——\\p{Script=Han}+[((](${LATIN_NAME})[))]\\s*(?:——|[,。,])`, "u");
const OPENING_NAME = new RegExp(`^(${LATIN_NAME})\\s*是(?:一个|一种|一款)`);
// Terms the digest writes in Latin script that name a field, not a system.
const GENERIC_TERMS = new Set([
  "ai",
  "llm",
  "llms",
  "lvlm",
  "lvlms",
  "mllm",
  "mllms",
  "vlm",
  "rlhf",
  "sota",
  "transformer",
  "agent",
  "token",
]);
const isSystemName = (name: string | undefined): name is string => !!name && !GENERIC_TERMS.has(name.toLowerCase());

/**
 * The system name a heading gives: a Latin-script name before the colon ("ID-Aligner:…"), unless it
 * is an institution ("OpenAI:…"), or the name after 提出/推出 ending the heading's first clause
 * ("清华、Meta 提出文生图定制新方法 MultiBooth").
 */
export function nameFromHeading(heading: string, isInstitution: (name: string) => boolean): string | null {
  const [first = ""] = heading.split(/[::,,]/);
  const prefix = first.trim();
  const candidates = [
    heading.length > first.length && ENTIRELY_LATIN_NAME.test(prefix) ? prefix : undefined,
    HEADING_VERB_NAME.exec(prefix)?.[1],
  ];
  return candidates.find((name) => isSystemName(name) && !isInstitution(name)) ?? null;
}

/**
 * The system name the body introduces: "提出了…——LayerSkip。", "提出了 VQAScore,", "——数据集重置策略优化(DR-PO)——",
 * or a paragraph opening "Aurora-M 是一个…".
 */
export function nameFromBody(paragraphs: readonly string[]): string | null {
  const text = paragraphs.join("\n");
  const candidates = [
    INTRODUCED_NAME.exec(text)?.[1],
    DASHED_ABBREVIATION.exec(text)?.[1],
    ...paragraphs.map((paragraph) => OPENING_NAME.exec(paragraph.trim())?.[1]),
  ];
  return candidates.find(isSystemName) ?? null;
}

/** Whether text stops mid-sentence: it ends in an ellipsis, or without a closing punctuation mark. */
export function endsMidSentence(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return false;
  return /(?:\.\.\.|…)$/.test(trimmed) || !/[。!?!?.”」)》]$/.test(trimmed);
}

/** Recognisable other formats, for a clear message instead of "no entries". */
export function describeOtherFormat(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return "the file is empty";
  if (/^[[{]/.test(trimmed)) {
    try {
      JSON.parse(trimmed);
      return "the file is JSON, not digest text (a dataset goes to data:check, not data:import)";
    } catch {
      return null;
    }
  }
  if (/^<(?:!doctype|html)/i.test(trimmed)) return "the file is HTML, not digest text";
  return null;
}
