/** Runs `work` between two performance marks, so the benchmark can report each loading phase. */
export function measured<T>(phase: string, work: () => T): T {
  performance.mark(`${phase}:start`);
  try {
    return work();
  } finally {
    performance.measure(`dataset:${phase}`, `${phase}:start`);
  }
}
