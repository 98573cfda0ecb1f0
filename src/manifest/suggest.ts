/** Edit distance, for "did you mean" suggestions on misspelt keys and values. */
const distance = (a: string, b: string): number => {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
};

/** The known word closest to `word`, when it is close enough to be a likely typo (case is ignored). */
export const closest = (word: string, known: readonly string[]): string | undefined => {
  const lower = word.toLowerCase();
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of known) {
    const score = distance(lower, candidate.toLowerCase());
    if (score <= Math.max(2, Math.floor(candidate.length / 3)) && (best === undefined || score < best.score)) {
      best = { candidate, score };
    }
  }
  return best?.candidate;
};
