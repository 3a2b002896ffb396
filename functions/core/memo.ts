/**
 * The engine's caches, in one place. What they hold is pure and immutable (parsed decimals, a month's
 * weekdays, a max-hours search, a rate table's names, a person's year of tax rules), so a cache only saves work
 * and can never change an answer. Imports nothing.
 */

/** Remembers up to `size` answers by a text key, and forgets them all when full (bounded memory on a long-lived Lambda). */
export function bounded<V>(size: number): (key: string, compute: () => V) => V {
  const answers = new Map<string, V>();
  return (key, compute) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size >= size) answers.clear();
      answer = compute();
      answers.set(key, answer);
    }
    return answer;
  };
}

/** One answer per object, kept as long as the object lives. */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      answers.set(key, answer);
    }
    return answer;
  };
}
