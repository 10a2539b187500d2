import { percent, signedPercent } from './format.js';
import type { DirectionModel } from './types.js';

/** The model card's numbers as sentences a trader reads without the card. */
export function modelInWords(model: DirectionModel): string[] {
  const { metrics, calls } = model;
  const lines = [`${model.modelVersion} serves ${model.timeframe} (${model.symbol ? `trained for ${model.symbol}` : 'pooled over the followed pairs'}).`];
  if (metrics.balancedAccuracy !== null) {
    lines.push(`In walk-forward tests it picked the right one of LONG, SHORT and stay-out ${percent(metrics.balancedAccuracy)} of the time, balanced over the three (a coin toss of three: 33%).`);
  }
  if (metrics.logLoss !== null && metrics.baselineLogLoss !== null) {
    const better = metrics.logLoss < metrics.baselineLogLoss;
    lines.push(`Its probabilities scored ${better ? 'better' : 'no better'} than always guessing the usual shares (log-loss ${metrics.logLoss.toFixed(3)} vs ${metrics.baselineLogLoss.toFixed(3)}).`);
  }
  const atAlert = calls.atAlert;
  if (calls.alertThreshold !== null && atAlert && atAlert.win_rate !== null) {
    const edge = atAlert.breakeven_win_rate === null ? '' : `, against ${percent(atAlert.breakeven_win_rate)} needed to break even after fees`;
    lines.push(`At its alert level (${percent(calls.alertThreshold)} confidence) ${atAlert.count} test calls reached TP1 before the stop ${percent(atAlert.win_rate)} of the time${edge}.`);
    if (atAlert.mean_net_return !== null) lines.push(`They made ${signedPercent(atAlert.mean_net_return)} per call on average after fees.`);
  }
  return lines;
}
