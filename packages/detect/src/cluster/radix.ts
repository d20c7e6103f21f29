/**
 * Stable LSD radix sort of (key, value) pairs by 32-bit key, two 16-bit passes: O(n), no
 * comparator calls. Returns new arrays.
 */
export function sortPairs(keys: Uint32Array, values: Int32Array): { keys: Uint32Array; values: Int32Array } {
  // Work on copies so that the callers' arrays are left as they were.
  keys = keys.slice();
  values = values.slice();
  const n = keys.length;
  let k1: Uint32Array = keys;
  let v1: Int32Array = values;
  let k2: Uint32Array = new Uint32Array(n);
  let v2: Int32Array = new Int32Array(n);
  const counts = new Uint32Array(65536);
  for (let shift = 0; shift <= 16; shift += 16) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const b = ((k1[i] ?? 0) >>> shift) & 0xffff;
      counts[b] = (counts[b] ?? 0) + 1;
    }
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = counts[b] ?? 0;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = k1[i] ?? 0;
      const b = (key >>> shift) & 0xffff;
      const at = counts[b] ?? 0;
      counts[b] = at + 1;
      k2[at] = key;
      v2[at] = v1[i] ?? 0;
    }
    [k1, k2] = [k2, k1];
    [v1, v2] = [v2, v1];
  }
  return { keys: k1, values: v1 };
}
