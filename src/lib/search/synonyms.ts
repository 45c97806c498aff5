/**
 * Abbreviations and names of the field that mean the same thing. A search word equal to any member
 * of a group also finds papers with any other member. Members are matched as whole terms:
 * hyphenated compounds (`text-to-speech`, also how the dataset writes tasks) as one term, phrases
 * with spaces as all of their words, Chinese by substring. Keep each group to one meaning.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["tts", "text-to-speech", "语音合成"],
  ["asr", "speech-recognition", "语音识别"],
  ["t2i", "text-to-image", "文生图"],
  ["t2v", "text-to-video", "文生视频"],
  ["i2v", "image-to-video", "图生视频"],
  ["t2a", "text-to-audio", "文生音频"],
  ["t2m", "text-to-music", "文生音乐"],
  ["llm", "large language model", "大语言模型", "大模型"],
  ["vlm", "vision-language-model", "视觉语言模型"],
  ["mllm", "multimodal large language model", "多模态大模型", "多模态大语言模型"],
  ["rlhf", "reinforcement learning from human feedback", "人类反馈强化学习"],
  ["dpo", "direct preference optimization", "直接偏好优化"],
  ["moe", "mixture-of-experts", "混合专家"],
  ["rag", "retrieval-augmented", "检索增强"],
  ["cot", "chain-of-thought", "思维链"],
  ["sft", "supervised fine-tuning", "监督微调"],
  ["nerf", "neural radiance field", "神经辐射场"],
  ["3dgs", "gaussian-splatting", "高斯泼溅"],
  ["vqa", "visual question answering", "视觉问答"],
];

const byMember = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const member of group) byMember.set(member.toLowerCase(), group);

/** The other ways of saying `term` (lower-case), or none. */
export function synonymsOf(term: string): readonly string[] {
  const group = byMember.get(term);
  return group ? group.filter((member) => member !== term) : [];
}
