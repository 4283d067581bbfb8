/** Average of 1–5 stars to one decimal, from a sum and a count (null without reviews). */
export function averageRating(sum: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.round((sum / count) * 10) / 10;
}
