type Counts = Uint8Array | Uint16Array | Uint32Array | Int32Array;

/**
 * Adds `by` to `array[index]` and returns the value before. For the counting loops over typed
 * arrays, where `array[index]++` does not type-check (indexed reads may be undefined).
 */
export function bump(array: Counts, index: number, by = 1): number {
  const before = array[index] as number;
  array[index] = before + by;
  return before;
}
