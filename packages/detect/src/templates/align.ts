/** The token cap for alignment: templates and slots are read from an ad's first 256 tokens. */
export const MAX_ALIGN_TOKENS = 256;

let table = new Uint16Array((MAX_ALIGN_TOKENS + 1) * (MAX_ALIGN_TOKENS + 1));
/** The middle of `b` (between the common head and tail), as plain integers. */
let middle = new Int32Array(MAX_ALIGN_TOKENS);

/**
 * Longest-common-subsequence alignment of token sequences `a` and `b`: fills `matchOfA[i]` with
 * the position in `b` aligned to `a[i]`, or −1. Common prefix and suffix are matched first, so
 * near-duplicates cost little; the middle is a dynamic programme with a deterministic traceback.
 */
export function align(a: ArrayLike<number>, b: ArrayLike<number>, matchOfA: Int32Array): void {
  const n = Math.min(a.length, MAX_ALIGN_TOKENS);
  const m = Math.min(b.length, MAX_ALIGN_TOKENS);
  matchOfA.fill(-1, 0, n);
  let head = 0;
  while (head < n && head < m && a[head] === b[head]) {
    matchOfA[head] = head;
    head++;
  }
  let tail = 0;
  while (tail < n - head && tail < m - head && a[n - 1 - tail] === b[m - 1 - tail]) {
    matchOfA[n - 1 - tail] = m - 1 - tail;
    tail++;
  }
  const rows = n - head - tail;
  const cols = m - head - tail;
  if (rows === 0 || cols === 0) return;
  const width = cols + 1;
  if (table.length < (rows + 1) * width) table = new Uint16Array((rows + 1) * width);
  if (middle.length < cols) middle = new Int32Array(MAX_ALIGN_TOKENS);
  const t = table;
  const bm = middle;
  for (let j = 0; j < cols; j++) bm[j] = b[head + j] as number;
  for (let j = 0; j <= cols; j++) t[j] = 0;
  // LCS lengths row by row; the cell to the left and the one diagonally up-left stay in
  // registers. (Values, and so the traceback below, are those of the textbook recurrence.)
  for (let i = 1; i <= rows; i++) {
    const ai = a[head + i - 1] as number;
    const row = i * width;
    const up = row - width;
    t[row] = 0;
    let left = 0;
    let diagonal = 0;
    for (let j = 1; j <= cols; j++) {
      const above = t[up + j] as number;
      const value = ai === bm[j - 1] ? diagonal + 1 : above >= left ? above : left;
      t[row + j] = value;
      diagonal = above;
      left = value;
    }
  }
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    const here = table[i * width + j] ?? 0;
    if (a[head + i - 1] === b[head + j - 1] && here === (table[(i - 1) * width + j - 1] ?? 0) + 1) {
      matchOfA[head + i - 1] = head + j - 1;
      i--;
      j--;
    } else if ((table[(i - 1) * width + j] ?? 0) >= (table[i * width + j - 1] ?? 0)) i--;
    else j--;
  }
}
