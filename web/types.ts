/** The shapes of the JSON API answers the board reads (docs/http-api.md; the server's schemas are the source). */

export type Direction = 'LONG' | 'SHORT' | 'NO_TRADE';

export interface Prediction {
  symbol: string;
  timeframe: string;
  direction: Direction;
  confidence: number;
  entry: number;
  stopLoss: number | null;
  takeProfits: { tp1: number; tp2: number; tp3: number } | null;
  candleTime: number;
  validUntil: number;
  modelVersion: string;
  alertThreshold: number | null;
}

export interface ErrorDetail {
  code: string;
  message: string;
}

export interface PairPredictions {
  timeframe: string;
  predictions: { symbol: string; prediction: Prediction | null; error: ErrorDetail | null }[];
}

export interface RiskReport {
  symbol: string;
  score: number;
  level: 'low' | 'medium' | 'high' | 'extreme';
  factors: { name: string; label: string; weight: number; unit: 'percent' | 'index'; value: number; subScore: number; ownPercentile: number }[];
  warnings: { kind: string; label?: string; topPercent?: number; days: number }[];
}

export interface Candle {
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
}

export interface AlertResult {
  symbol: string;
  timeframe: string;
  confidence: number;
  candleTime: number;
  direction: string;
  entry: number;
  outcome: string | null;
  hit: boolean | null;
  netReturn: number | null;
}

export interface CallStats {
  count: number;
  wins: number;
  stops: number;
  expired: number;
  win_rate: number | null;
  breakeven_win_rate: number | null;
  mean_net_return: number | null;
}

export interface Tally {
  signals: number;
  resolved: number;
  stats: CallStats;
  pnl: number;
}

export interface PerformanceReport {
  windows: { days: number; total: Tally; byTimeframe: { timeframe: string; tally: Tally }[]; byBand: { band: string; tally: Tally }[] }[];
}

export interface DirectionModel {
  modelVersion: string;
  timeframe: string;
  symbol: string | null;
  metrics: { balancedAccuracy: number | null; logLoss: number | null; baselineLogLoss: number | null; signalHitRate: number | null; signalCount: number | null };
  calls: {
    alertThreshold: number | null;
    atAlert: CallStats | null;
  };
}

export interface ModelsReport {
  loaded: DirectionModel[];
}

/** What the event stream sends (app/events.ts). */
export type LiveEvent =
  | { kind: 'alert'; symbol: string; timeframe: string; direction: string; confidence: number; at: number }
  | { kind: 'outcome'; symbol: string; timeframe: string; outcome: string; netReturn: number; at: number }
  | { kind: 'candle'; timeframe: string; at: number };

/** /api/predictions/{symbol}/why: the call, what the model saw, and what moved it. */
export interface Explanation {
  prediction: Prediction;
  readings: {
    rsi: { value: number; zone: string };
    macd: { histogram: number; rising: boolean };
    volume: { z: number; level: string };
    volatility: { ratio: number; level: string };
    market: { btcMove: number; basketMove: number; breadth: number };
  };
  pushes: { indicator: string; towardCall: number; effect: 'toward' | 'against' | 'little' }[];
}
