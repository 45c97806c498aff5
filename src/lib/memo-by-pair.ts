/**
 * `compute`, remembered for each pair of objects while both are alive: derived data that depends
 * on two things that change independently (a view and a dataset, a library and a dataset). Any
 * further arguments are passed on but are not part of the key, so they must follow from the pair
 * (a dataset's indexes, say).
 */
export function memoByPair<A extends object, B extends object, Rest extends unknown[], R>(
  compute: (a: A, b: B, ...rest: Rest) => R,
): (a: A, b: B, ...rest: Rest) => R {
  const results = new WeakMap<A, WeakMap<B, R>>();
  return (a, b, ...rest) => {
    let byB = results.get(a);
    if (!byB) {
      byB = new WeakMap();
      results.set(a, byB);
    }
    if (byB.has(b)) return byB.get(b) as R;
    const result = compute(a, b, ...rest);
    byB.set(b, result);
    return result;
  };
}
