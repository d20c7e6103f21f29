import { Growable } from "../storage/growable.ts";

/**
 * Union-find (union by size, path halving) over ad indices, with each component's members kept
 * as a circular list, so that a component can be listed and reset without scanning all ads.
 */
export class UnionFind {
  private readonly parent = new Growable((n) => new Int32Array(n));
  private readonly size = new Growable((n) => new Int32Array(n));
  private readonly ring = new Growable((n) => new Int32Array(n));

  get length(): number {
    return this.parent.length;
  }

  /** Adds one ad, a component of its own; returns its index. */
  add(): number {
    this.addMany(1);
    return this.parent.length - 1;
  }

  /** Adds `n` ads, each a component of its own. */
  addMany(n: number): void {
    const { parent, size, ring } = this;
    const end = parent.length + n;
    parent.reserve(end);
    size.reserve(end);
    ring.reserve(end);
    for (let i = parent.length; i < end; i++) {
      parent.data[i] = i;
      size.data[i] = 1;
      ring.data[i] = i;
    }
    parent.length = size.length = ring.length = end;
  }

  find(x: number): number {
    const p = this.parent.data;
    while (p[x] !== x) {
      const up = p[p[x] ?? x] ?? x;
      p[x] = up;
      x = up;
    }
    return x;
  }

  /** Joins the components of `a` and `b`; false when they were already one. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    const s = this.size.data;
    if ((s[ra] ?? 0) < (s[rb] ?? 0)) [ra, rb] = [rb, ra];
    this.parent.data[rb] = ra;
    s[ra] = (s[ra] ?? 0) + (s[rb] ?? 0);
    // Splice the two circular member lists.
    const r = this.ring.data;
    const next = r[ra] ?? ra;
    r[ra] = r[rb] ?? rb;
    r[rb] = next;
    return true;
  }

  sizeOf(x: number): number {
    return this.size.data[this.find(x)] ?? 1;
  }

  /** The members of `x`'s component. */
  members(x: number): number[] {
    const out = [x];
    const r = this.ring.data;
    for (let m = r[x] ?? x; m !== x; m = r[m] ?? x) out.push(m);
    return out;
  }

  /** Makes every listed ad a component of its own again. */
  reset(ads: readonly number[]): void {
    for (const a of ads) {
      this.parent.data[a] = a;
      this.size.data[a] = 1;
      this.ring.data[a] = a;
    }
  }
}
