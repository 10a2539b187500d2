import type { AlertRarity } from '../inference/alertRarity.js';
import type { Timeframe } from '../market/timeframes.js';
import type { SubscriptionsRepository } from '../storage/subscriptionsRepository.js';

/** What /subscribe, /unsubscribe and /alerts need. */
export interface AlertDeps {
  subscriptions: SubscriptionsRepository;
  /** A normalised symbol as the market lists it; throws UnknownSymbolError with the closest listed ones. */
  resolveSymbol(normalized: string): Promise<string>;
  /** ALERT_DEFAULT_TIMEFRAME: what /subscribe uses when no timeframe is named. */
  defaultTimeframe: Timeframe;
  /** The alert threshold of the timeframe's model and how rarely its walk-forward calls reached it; null without a model. */
  alertRarity(timeframe: Timeframe): AlertRarity | null;
}
