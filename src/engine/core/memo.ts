/**
 * A bounded memo for pure functions of one text or number: scorecards repeat the same few texts, formats and
 * figures across thousands of rows, so each is worked out once. When full it starts again rather than growing.
 */
export function memoize<K extends string | number, V>(compute: (key: K) => V, limit = 10_000): (key: K) => V {
  const known = new Map<K, V>();
  return (key: K): V => {
    const found = known.get(key);
    if (found !== undefined || known.has(key)) return found as V;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
