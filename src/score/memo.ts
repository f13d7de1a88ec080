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

/** One reading of an owner (an article index), worked out the first time it is asked for. */
export function readOnce<V>(memo: WeakMap<object, V>, owner: object, compute: () => V): V {
  let found = memo.get(owner);
  if (found === undefined) memo.set(owner, (found = compute()));
  return found;
}

/** The bounded memo of one owner (an article index): its readings go with it when it is collected. */
export function rememberFor<V>(memos: WeakMap<object, Map<string, V>>, owner: object, key: string, compute: () => V, size = 1024): V {
  let memo = memos.get(owner);
  if (!memo) memos.set(owner, (memo = new Map()));
  return remember(memo, key, size, compute);
}
