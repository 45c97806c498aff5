/** Shortens an axis label to about `width` Latin characters; a CJK character counts as two. */
export function truncateLabel(label: string, width: number): string {
  let used = 0;
  for (let i = 0; i < label.length; i++) {
    used += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(label[i] ?? "") ? 2 : 1;
    if (used > width) return `${label.slice(0, Math.max(1, i - 1)).trimEnd()}…`;
  }
  return label;
}
