import type { Direction, PairPredictions, Prediction, RiskReport } from './types.js';

/** One pair's line of the board: its call on each timeframe and its risk now. */
export interface BoardRow {
  symbol: string;
  calls: Map<string, Prediction | null>;
  risk: RiskReport | null;
  /** As the bot's /predict SYMBOL: the direction of a strict majority of the calls, or null when mixed. */
  confluence: { direction: Direction | null; agreeing: number; of: number };
  /** The highest confidence among the pair's LONG and SHORT calls; 0 without any. */
  topConfidence: number;
}

function confluenceOf(calls: Prediction[]): BoardRow['confluence'] {
  const counts = new Map<Direction, number>();
  for (const call of calls) counts.set(call.direction, (counts.get(call.direction) ?? 0) + 1);
  const [top, agreeing] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['NO_TRADE', 0] as [Direction, number]);
  return { direction: agreeing * 2 > calls.length ? top : null, agreeing, of: calls.length };
}

/** Rows from one batch per timeframe and the pairs' risk reports. */
export function boardRows(batches: PairPredictions[], risks: Map<string, RiskReport | null>): BoardRow[] {
  const rows = new Map<string, BoardRow>();
  for (const batch of batches) {
    for (const item of batch.predictions) {
      const row = rows.get(item.symbol) ?? { symbol: item.symbol, calls: new Map(), risk: risks.get(item.symbol) ?? null, confluence: { direction: null, agreeing: 0, of: 0 }, topConfidence: 0 };
      row.calls.set(batch.timeframe, item.prediction);
      rows.set(item.symbol, row);
    }
  }
  for (const row of rows.values()) {
    const calls = [...row.calls.values()].filter((c): c is Prediction => c !== null);
    row.confluence = confluenceOf(calls);
    row.topConfidence = Math.max(0, ...calls.filter((c) => c.direction !== 'NO_TRADE').map((c) => c.confidence));
  }
  return [...rows.values()];
}

export type SortKey = 'confluence' | 'confidence' | 'risk' | 'symbol';

/** How a trade-worthy row agrees: a LONG or SHORT majority counts its calls, a mixed or NO_TRADE one nothing. */
const tradeAgreement = (row: BoardRow) => (row.confluence.direction && row.confluence.direction !== 'NO_TRADE' ? row.confluence.agreeing : 0);

const ORDER: Record<SortKey, (a: BoardRow, b: BoardRow) => number> = {
  confluence: (a, b) => tradeAgreement(b) - tradeAgreement(a) || b.topConfidence - a.topConfidence,
  confidence: (a, b) => b.topConfidence - a.topConfidence,
  // Calmest first; a pair without a risk reading goes last.
  risk: (a, b) => (a.risk?.score ?? Infinity) - (b.risk?.score ?? Infinity),
  symbol: (a, b) => a.symbol.localeCompare(b.symbol),
};

export interface BoardFilter {
  sort: SortKey;
  /** Only rows with a LONG or SHORT call at least this confident. */
  minConfidence: number;
  /** Only rows whose risk level is one of these; empty: any. */
  riskLevels: string[];
  /** Only rows whose calls agree on LONG or SHORT. */
  confluentOnly: boolean;
}

export function visibleRows(rows: BoardRow[], filter: BoardFilter): BoardRow[] {
  return rows
    .filter((row) => row.topConfidence >= filter.minConfidence)
    .filter((row) => filter.riskLevels.length === 0 || (row.risk !== null && filter.riskLevels.includes(row.risk.level)))
    .filter((row) => !filter.confluentOnly || tradeAgreement(row) > 0)
    .sort(ORDER[filter.sort]);
}
