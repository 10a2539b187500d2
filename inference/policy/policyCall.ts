import type { MarketSource } from '../../market/source.js';
import { TIMEFRAMES, type Timeframe } from '../../market/timeframes.js';
import { latestWindow } from '../batchPrediction.js';
import { POLICY_ACTIONS, positionAfter, type PolicyAction, type Position } from '../labels.js';
import type { LoadedPolicy, ModelRegistry } from '../models/registry.js';
import { runPolicyModel } from '../models/runPolicy.js';
import { policyRecord, type PolicyRecord } from './comparison.js';

/** The policy model's recommendation for one pair at its last closed candle, given the position held. */
export interface PolicyCall {
  symbol: string;
  timeframe: Timeframe;
  /** Open time of the last closed candle the policy read. */
  candleTime: number;
  price: number;
  position: Position;
  /** The most probable action, and the position it leads to. */
  action: PolicyAction;
  probability: number;
  probabilities: Record<PolicyAction, number>;
  positionAfter: Position;
  modelVersion: string;
  /** The model's own record on the test block it never saw; null for a model trained before it was recorded. */
  record: PolicyRecord | null;
}

/** The policy of `preferred` if one is loaded, else the first loaded in timeframe order, else null. */
export function pickPolicy(registry: ModelRegistry, preferred: Timeframe): LoadedPolicy | null {
  const ordered = [preferred, ...TIMEFRAMES.filter((tf) => tf !== preferred)];
  for (const timeframe of ordered) {
    const policy = registry.policyModel(timeframe);
    if (policy) return policy;
  }
  return null;
}

/** Runs `policy` on a listed symbol's latest closed candles. Throws MarketDataError, NotEnoughCandlesError. */
export async function policyCall(
  market: MarketSource,
  policy: LoadedPolicy,
  symbol: string,
  position: Position,
): Promise<PolicyCall> {
  const { timeframe, window, model_version: modelVersion } = policy.metadata;
  const { input, candle } = await latestWindow(market, symbol, timeframe, window);
  const [probabilities] = await runPolicyModel(policy, input, [position]);
  if (!probabilities) throw new Error(`policy ${policy.file} returned no probabilities`);
  const action = POLICY_ACTIONS.reduce((best, a) => (probabilities[a] > probabilities[best] ? a : best));
  return {
    symbol,
    timeframe,
    candleTime: candle.time,
    price: candle.close,
    position,
    action,
    probability: probabilities[action],
    probabilities,
    positionAfter: positionAfter(position, action),
    modelVersion,
    record: policyRecord(policy.metadata),
  };
}
