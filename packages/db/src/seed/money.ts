/** Seed data is written in rupees for readability; the database stores paisa. */
export function paisaFromRupees(rupees: number): number {
  return Math.round(rupees * 100);
}

/**
 * A fee in paisa at a rate in basis points, with a floor. Rounds half up to whole paisa.
 * The seed needs fees for its finished demo orders; the payments domain owns the real rules.
 */
export function feePaisa(amountPaisa: number, bps: number, minimumPaisa: number): number {
  return Math.max(minimumPaisa, Math.round((amountPaisa * bps) / 10_000));
}
