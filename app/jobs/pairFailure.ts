/** A pair a job could not handle this time, and why; the job goes on with the others. */
export interface PairFailure {
  symbol: string;
  timeframe: string;
  reason: string;
}

export function failureReason(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
