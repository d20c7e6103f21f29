/** The number of `name` in `names` (indexed by `ids`), adding it at the end when new. */
export function numberOf(names: string[], ids: Map<string, number>, name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    id = names.length;
    names.push(name);
    ids.set(name, id);
  }
  return id;
}
