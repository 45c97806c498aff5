import type { Dataset, Institution, Modality, Paper, PaperKind } from "../../src/lib/dataset/schema";
import { MODALITIES, PAPER_KINDS } from "../../src/lib/dataset/schema";
import { slugify } from "../lib/slugify";
import { createRandom, type Random, zipfSampler } from "./random";
import {
  ADJECTIVES,
  CHAPTER_WEIGHTS,
  COMPANY_WORDS,
  COUNTRIES,
  COUNTRY_WEIGHTS,
  FAMILY_NAMES,
  FIELD_WORDS,
  GIVEN_NAMES,
  METRICS,
  PLACE_WORDS,
  SYLLABLES,
  TASKS,
  TECHNIQUES,
  ZH_SYLLABLES,
  ZH_TECHNIQUES,
} from "./vocabulary";

export const CHAPTERS: Dataset["chapters"] = [
  { id: "text-to-image", number: 1, nameZh: "文生图", nameEn: "Text-to-image" },
  { id: "video", number: 2, nameZh: "文/图生视频", nameEn: "Text/image-to-video" },
  { id: "audio", number: 3, nameZh: "文生音频", nameEn: "Text-to-audio" },
  { id: "3d", number: 4, nameZh: "文/图生3D", nameEn: "Text/image-to-3D" },
  { id: "agents", number: 5, nameZh: "智能体(Agent)", nameEn: "Agents" },
  { id: "alignment", number: 6, nameZh: "对齐(Alignment)", nameEn: "Alignment" },
  { id: "safety", number: 7, nameZh: "安全治理", nameEn: "Safety and governance" },
  { id: "ai4science", number: 8, nameZh: "大模型/AI4Science", nameEn: "LLMs and AI for science" },
  { id: "evaluation", number: 9, nameZh: "评测", nameEn: "Evaluation" },
  { id: "other", number: 10, nameZh: "其他", nameEn: "Other" },
];

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function zhName(random: Random, length: number): string {
  return Array.from({ length }, () => random.pick(ZH_SYLLABLES)).join("");
}

function makeInstitution(random: Random, index: number): Institution {
  const industry = random.chance(0.4);
  const base = industry
    ? `${capitalize(random.pick(SYLLABLES))}${random.pick(SYLLABLES)} ${random.pick(COMPANY_WORDS)}`
    : `${random.pick(PLACE_WORDS)} University of ${random.pick(FIELD_WORDS)}`;
  const nameEn = `${base} ${index + 1}`;
  const short = zhName(random, 2);
  return {
    id: slugify(nameEn),
    nameEn,
    nameZh: industry ? `${short}科技 ${index + 1}` : `${short}大学 ${index + 1}`,
    aliases: random.chance(0.3) ? [`${short}${index + 1}`] : [],
    type: industry ? "industry" : "academia",
    country: random.weighted(COUNTRIES, COUNTRY_WEIGHTS),
  };
}

function distinct<T>(count: number, draw: () => T): T[] {
  const picked = new Set<T>();
  for (let tries = 0; picked.size < count && tries < count * 10; tries++) picked.add(draw());
  return [...picked];
}

/** 1–12 distinct people, sourced from the paper's arXiv page; about one paper in twenty has no known authors. */
function makeAuthors(random: Random, arxivLink: string): Pick<Paper, "authors" | "authorsSource"> {
  if (random.chance(0.05)) return { authors: [], authorsSource: null };
  const authors = distinct(random.int(1, 12), () => `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`);
  return { authors, authorsSource: { url: arxivLink, kind: "arxiv" } };
}

/** The digest a paper is in and the month it was posted (YYYY-MM); by default January 2024 and a random 2024 month. */
export interface PaperSlot {
  digest: string;
  published: string;
}

export interface InstitutionPool {
  institutions: Institution[];
  draw: () => number;
}

/** Institutions for `papers` papers, drawn with a long (Zipf) tail. */
export function institutionPool(random: Random, papers: number): InstitutionPool {
  const count = Math.max(20, Math.min(5000, Math.round(papers / 25)));
  const institutions = Array.from({ length: count }, (_, i) => makeInstitution(random, i));
  return { institutions, draw: zipfSampler(count, 1.07, random) };
}

/** Author names come from their own stream (`people`), so adding them changed no other field of a seed's dataset. */
export function makePaper(
  random: Random,
  people: Random,
  index: number,
  pool: InstitutionPool,
  slot?: PaperSlot,
): Paper {
  const { institutions, draw: drawInstitution } = pool;
  const name = `${capitalize(random.pick(SYLLABLES))}${capitalize(random.pick(SYLLABLES))}-${index + 1}`;
  const published = slot?.published ?? `2024-${String(random.int(1, 12)).padStart(2, "0")}`;
  const arxivId = `${published.slice(2, 4)}${published.slice(5, 7)}.${String(index % 100000).padStart(5, "0")}`;
  const taskPairs = distinct(random.int(1, 4), () => random.pick(TASKS));
  const [task, taskZh] = taskPairs[0] ?? TASKS[0];
  const technique = random.int(0, TECHNIQUES.length - 1);
  const affiliations = distinct(random.int(1, 6), drawInstitution).map((i) => institutions[i] as Institution);
  const lead = affiliations[0] as Institution;
  const adjective = random.pick(ADJECTIVES);
  const results = Array.from({ length: random.int(0, 2) }, () => ({
    metric: random.pick(METRICS),
    value: `${random.int(2, 95)}${random.chance(0.5) ? "%" : "x"}`,
    context: random.chance(0.5) ? `on a ${random.pick(["public", "held-out", "new"])} benchmark` : null,
  }));
  const arxivLink = `https://arxiv.org/abs/${arxivId}`;
  return {
    id: slugify(name),
    digest: slot?.digest ?? "2024-01",
    arxivId,
    name,
    headingZh: `${lead.nameZh ?? lead.nameEn} 提出${taskZh}新方法 ${name}`,
    title: `${name}: ${adjective} ${capitalize(task.replace(/-/g, " "))} with ${capitalize(TECHNIQUES[technique] ?? "")}`,
    chapter: random.weighted(CHAPTERS, CHAPTER_WEIGHTS).id,
    institutions: affiliations.map((i) => i.id),
    hasCollaborators: random.chance(0.2),
    modalities: distinct(random.int(1, 3), () => random.pick(MODALITIES)) as Modality[],
    tasks: taskPairs.map(([en]) => en),
    kind: random.weighted(PAPER_KINDS, [40, 20, 10, 12, 8, 3, 7]) as PaperKind,
    links: {
      arxiv: arxivLink,
      project: random.chance(0.3) ? `https://${slugify(name)}.github.io/` : null,
      code: random.chance(0.4) ? `https://github.com/example/${slugify(name)}` : null,
      other: [],
    },
    results,
    summary: {
      en: `${name} tackles ${task.replace(/-/g, " ")} where current systems are slow or brittle. It combines ${TECHNIQUES[technique]} with a ${adjective.toLowerCase()} training recipe developed at ${lead.nameEn}. Experiments on several benchmarks show consistent gains over strong baselines${results[0] ? `, including ${results[0].value} on ${results[0].metric}` : ""}.`,
      zh: `${name} 面向${taskZh}任务,针对现有方法速度慢、稳定性差的问题,结合${ZH_TECHNIQUES[technique]}提出了新的训练方案。多个基准上的实验表明,它稳定优于已有方法。`,
    },
    published,
    notes: [],
    sourceTruncated: false,
    ...makeAuthors(people, arxivLink),
  };
}

/** The random stream author names are drawn from, for a seed. */
export function peopleRandom(seed: number): Random {
  return createRandom(seed ^ 0x5eed);
}

/** A schema-valid dataset of `papers` papers with long-tailed institutions, the same for the same seed. */
export function synthDataset(papers: number, seed = 1): Dataset {
  const random = createRandom(seed);
  const pool = institutionPool(random, papers);
  const people = peopleRandom(seed);
  const list = Array.from({ length: papers }, (_, i) => makePaper(random, people, i, pool));
  const used = new Set(list.flatMap((p) => p.institutions));
  return {
    schemaVersion: 1,
    source: {
      description: `A synthetic dataset of ${papers} papers for scale testing (seed ${seed}).`,
      digests: [{ id: "2024-01", titleZh: "合成数据集", titleEn: "Synthetic dataset", language: "en" }],
    },
    chapters: CHAPTERS,
    institutions: pool.institutions.filter((i) => used.has(i.id)),
    papers: list,
  };
}
