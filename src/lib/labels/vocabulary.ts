import type { InstitutionType, Modality, PaperKind } from "../dataset/schema";

/** The app's fixed vocabulary, in each language (registered in i18n as `common:vocab`). */
export interface Vocabulary {
  modality: Record<Modality, string>;
  kind: Record<PaperKind, string>;
  type: Record<InstitutionType, string>;
}

export const en: Vocabulary = {
  modality: {
    text: "Text",
    image: "Image",
    video: "Video",
    audio: "Audio",
    speech: "Speech",
    music: "Music",
    "3d": "3D",
    multimodal: "Multimodal",
    code: "Code",
    web: "Web",
    science: "Science",
  },
  kind: {
    method: "Method",
    model: "Model",
    dataset: "Dataset",
    benchmark: "Benchmark",
    survey: "Survey",
    position: "Position paper",
    system: "System",
  },
  type: { academia: "Academia", industry: "Industry" },
};

export const zh: Vocabulary = {
  modality: {
    text: "文本",
    image: "图像",
    video: "视频",
    audio: "音频",
    speech: "语音",
    music: "音乐",
    "3d": "3D",
    multimodal: "多模态",
    code: "代码",
    web: "网页",
    science: "科学",
  },
  kind: {
    method: "方法",
    model: "模型",
    dataset: "数据集",
    benchmark: "基准",
    survey: "综述",
    position: "观点",
    system: "系统",
  },
  type: { academia: "学术界", industry: "产业界" },
};
