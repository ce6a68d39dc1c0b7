/**
 * `compute` remembered for the strings it has been asked about. The rules ask the same small
 * texts again and again (a candidate name, a window after a title, a sentence's dates), and
 * where the answer depends on the text alone it is kept across pages; the memo is emptied when
 * it holds `limit` answers, so memory stays flat however many pages a process parses. Answers
 * are shared: callers only read them.
 */
export function boundedMemo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>()
  return (key) => {
    if (answers.has(key)) return answers.get(key)!
    if (answers.size >= limit) answers.clear()
    const answer = compute(key)
    answers.set(key, answer)
    return answer
  }
}
