/**
 * A bounded memo for pure functions of one text or number: scorecards repeat the same few texts, formats and
 * figures across thousands of rows, so each is worked out once. When full it starts again rather than growing.
 */
export function memoize<K extends string | number, V>(compute: (key: K) => V, limit = 10_000): (key: K) => V {
  const known = new Map<K, V>();
  // Neighbouring cells often repeat one another (a column's format, a table's polarity): the last key is checked
  // before the map, which is a comparison rather than a hash lookup.
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key: K): V => {
    if (key === lastKey) return lastValue as V;
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      value = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    lastKey = key;
    lastValue = value;
    return value as V;
  };
}
