// Listing prices are typed in whole rupees and stored as integer paisa (PKR x 100).

export const PAISA_PER_RUPEE = 100;

export function paisaFromRupees(rupees: number): number {
  if (!Number.isSafeInteger(rupees)) throw new RangeError(`not a whole number of rupees: ${rupees}`);
  return rupees * PAISA_PER_RUPEE;
}

/** Whole rupees of a listing price (listing prices are always whole rupees). */
export function rupeesFromPaisa(paisa: number): number {
  return Math.round(paisa / PAISA_PER_RUPEE);
}
