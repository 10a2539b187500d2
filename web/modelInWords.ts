import { decimal, percent, signedPercent } from './format.js';
import { m } from './i18n.js';
import type { DirectionModel } from './types.js';

/** The model card's numbers as sentences a trader reads without the card. */
export function modelInWords(model: DirectionModel): string[] {
  const { metrics, calls } = model;
  const lines = [m.modelServes(model.modelVersion, model.timeframe, model.symbol ? m.modelTrainedFor(model.symbol) : m.modelPooled)];
  if (metrics.balancedAccuracy !== null) lines.push(m.modelAccuracy(percent(metrics.balancedAccuracy)));
  if (metrics.logLoss !== null && metrics.baselineLogLoss !== null) {
    lines.push(m.modelLogLoss(metrics.logLoss < metrics.baselineLogLoss, decimal(metrics.logLoss, 3), decimal(metrics.baselineLogLoss, 3)));
  }
  const atAlert = calls.atAlert;
  if (calls.alertThreshold !== null && atAlert && atAlert.win_rate !== null) {
    const breakeven = atAlert.breakeven_win_rate === null ? null : percent(atAlert.breakeven_win_rate);
    lines.push(m.modelAtAlert(percent(calls.alertThreshold), decimal(atAlert.count, 0), percent(atAlert.win_rate), breakeven));
    if (atAlert.mean_net_return !== null) lines.push(m.modelMeanNet(signedPercent(atAlert.mean_net_return)));
  }
  return lines;
}
