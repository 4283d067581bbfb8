const BASE_MS = 60_000;
const MAX_MS = 6 * 60 * 60 * 1000;

/**
 * Delay before e-mail attempt `attempts + 1` after `attempts` failures: 1, 2, 4, 8... minutes,
 * at most 6 hours, plus up to 10% jitter so a backlog after an outage does not retry in step.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (1 + 0.1 * random()));
}
