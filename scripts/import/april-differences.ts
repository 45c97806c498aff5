// Where the importer's draft of the April 2024 digest may differ from data/2024-04.json, and why.
// Each difference is recorded either by a note of the dataset (the text below must be in one of the
// paper's notes) or by the draft's own review list (the draft leaves the field for a maintainer).
import type { ReviewCategory } from "./review";

/** The facts a draft takes from the source, compared paper by paper. */
export const FACT_FIELDS = [
  "chapter",
  "name",
  "headingZh",
  "arxivId",
  "links",
  "institutions",
  "hasCollaborators",
  "published",
  "sourceTruncated",
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

export interface ExplainedDifference {
  paper: string;
  field: FactField;
  why: string;
  recordedBy: { note: string } | { review: ReviewCategory };
}

const noName = (paper: string, why: string): ExplainedDifference => ({
  paper,
  field: "name",
  why,
  recordedBy: { review: "name" },
});

export const APRIL_DIFFERENCES: readonly ExplainedDifference[] = [
  {
    paper: "controlnet-plus-plus",
    field: "name",
    why: "the source spells it Controlnet++; the dataset uses the paper's ControlNet++",
    recordedBy: { note: 'The source spells the name "Controlnet++"' },
  },
  {
    paper: "long-form-music-generation",
    field: "name",
    why: "the source gives no system name; the dataset describes the work",
    recordedBy: { note: "The source gives no system name" },
  },
  noName("llm-game-agents-survey", "a survey with no name; the dataset's name describes it"),
  noName("agent-architectures-survey", "a survey with no name; the dataset's name describes it"),
  noName("agent-memory-survey", "a survey with no name; the dataset's name describes it"),
  noName("attention-modulation-t2i-alignment", "the source names the mechanism only in Chinese and lower-case English"),
  noName("cross-lingual-reward-transfer", "the source names no system; the dataset's name describes the method"),
  noName(
    "instruction-hierarchy",
    "the source gives the idea only in parentheses, in lower case (instruction hierarchy)",
  ),
  noName("persuasive-ai-harms", "the source names no system; the dataset's name describes the work"),
  noName("holistic-safety-evaluations", "the source names no system; the dataset's name describes the report"),
  noName("ethics-of-advanced-ai-assistants", "the source names no system; the dataset's name describes the report"),
  noName("llm-alignment-safety-challenges", "the source names no system; the dataset's name describes the agenda"),
  noName("responsible-generative-ai", "the heading's 负责任的生成式 AI is a topic, not a system name"),
  noName("chemistry-knowledge-prompting", "the source names no system; the dataset's name describes the method"),
  noName("oncology-ai-agent", "the source names no system; the dataset's name describes the agent"),
  noName("chain-of-x-survey", "the source names the family of methods (Chain-of-X), not the survey"),
  noName("many-shot-icl", "the source names no system; the dataset's name describes the study"),
  noName(
    "transformer-fam",
    "the source introduces FAM in parentheses and writes TransformerFAM only later, in passing",
  ),
  noName("speculative-decoding-mllm", "the entry is cut off before any name; the dataset's name describes the method"),
  {
    paper: "ethics-of-advanced-ai-assistants",
    field: "arxivId",
    why: "the source links only a blog post; the dataset's arXiv id comes from a public record",
    recordedBy: { note: "The arXiv id 2404.16244 was filled in from outside the source" },
  },
  {
    paper: "ethics-of-advanced-ai-assistants",
    field: "published",
    why: "follows the arXiv id filled in from outside the source",
    recordedBy: { note: "The arXiv id 2404.16244 was filled in from outside the source" },
  },
  {
    paper: "speculative-decoding-mllm",
    field: "arxivId",
    why: "the entry is cut off before its links; the dataset's arXiv id comes from a public record",
    recordedBy: { note: "The arXiv id 2404.08856 and the title were filled in from outside the source" },
  },
  {
    paper: "speculative-decoding-mllm",
    field: "published",
    why: "follows the arXiv id filled in from outside the source",
    recordedBy: { note: "The arXiv id 2404.08856 and the title were filled in from outside the source" },
  },
];

/**
 * Links whose source label disagrees with the URL. The draft files them by URL, as the dataset
 * does, so they are not differences; the draft must flag exactly these, each recorded by a note.
 */
export const APRIL_MISLABELLED_LINKS: readonly { paper: string; note: string }[] = [
  { paper: "lazydiffusion", note: 'labels the project page (lazydiffusion.github.io) as a "GitHub 地址"' },
  { paper: "magictime", note: "is the GitHub repository github.com/PKU-YuanGroup/MagicTime" },
  { paper: "audio-dialogues", note: "is a demo/project page, not a code repository" },
  { paper: "flashspeech", note: "is an audio-sample/project page and is stored as the project link" },
  { paper: "combo", note: "is the project page, not a GitHub repository" },
];
