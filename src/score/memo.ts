// A bounded memo for the scorer's pure lookups (word forms, keys, prompts,
// article indexes): the same few texts come back for every student, and the
// oldest entry goes once the memo is full, so memory stays flat.

export function remember<V>(memo: Map<string, V>, key: string, size: number, compute: () => V): V {
  let found = memo.get(key);
  if (found === undefined) {
    found = compute();
    if (memo.size >= size) memo.delete(memo.keys().next().value!);
    memo.set(key, found);
  }
  return found;
}
