/** The median of `samples` (mean of the two middle values for an even count). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** The `p`th percentile of `samples`, linearly interpolated between ranks. */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) throw new RangeError('No samples.');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = ((sorted.length - 1) * p) / 100;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}
