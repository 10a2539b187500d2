import type { Timeframe } from '../market/timeframes.js';

/**
 * What happened that an open page should show without a reload. Transport-free: the SSE route sends it on.
 * Its JSON is documented by api/schemas/liveEvent.ts; tests/api/liveEvents.test.ts holds the two together.
 */
export type AppEvent =
  | { kind: 'alert'; symbol: string; timeframe: Timeframe; direction: string; confidence: number; at: number }
  | { kind: 'outcome'; symbol: string; timeframe: string; signalId: number; outcome: string; netReturn: number; at: number }
  | { kind: 'candle'; timeframe: Timeframe; at: number };

export type AppEventListener = (event: AppEvent) => void;

/** An in-process bus: the jobs emit, any number of listeners (open event streams) receive, in order. */
export class AppEvents {
  private readonly listeners = new Set<AppEventListener>();

  /** Starts listening; call the returned function to stop. */
  subscribe(listener: AppEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A listener that throws must not break the job that emitted, nor the other listeners. */
  emit(event: AppEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A stream that failed to write is removed by its own close handler.
      }
    }
  }
}
