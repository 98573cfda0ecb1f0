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

/** The most edits a candidate may be from the word and still be suggested. */
const tolerance = (candidate: string): number => Math.max(2, Math.floor(candidate.length / 3));

/**
 * The known words close enough to `word` to be what was meant, closest first, at most `max` (case is ignored).
 * A candidate whose length alone differs by more than its tolerance is passed over unscored: the distance is at
 * least that difference. An estate names thousands of objects the project does not define, each held against
 * the catalogue's hundreds of names.
 */
export const closestNames = (word: string, known: Iterable<string>, max = 3): string[] => {
  const lower = word.toLowerCase();
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of known) {
    const lowerCandidate = candidate.toLowerCase();
    const allowed = tolerance(candidate);
    if (Math.abs(lowerCandidate.length - lower.length) > allowed) continue;
    const score = distance(lower, lowerCandidate);
    if (score > 0 && score <= allowed) scored.push({ candidate, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0))
    .slice(0, max)
    .map(({ candidate }) => candidate);
};

/** The known word closest to `word`, when it is close enough to be a likely typo (case is ignored). */
export const closest = (word: string, known: readonly string[]): string | undefined => closestNames(word, known, 1)[0];
