import { describe, expect, it } from 'vitest';
import { formatSharpe, policyLines, recordVerdict } from '../../bot/formatPolicy.js';
import { formatStatus } from '../../bot/formatStatus.js';
import { htmlToText } from '../../bot/html.js';
import type { PolicyComparison, PolicyRecord, StrategyFigures } from '../../inference/policy/comparison.js';
import type { PolicyCall } from '../../inference/policy/policyCall.js';
import type { StatusReply } from '../../inference/status/status.js';
import { langFor } from '../../bot/i18n/chatLocale.js';
import { parseTelegramHtml } from '../support/botApiEmulatorHtml.js';

const EN = langFor('en');

const figures = (totalReturn: number, sharpe: number | null, trades = 10): StrategyFigures => ({
  totalReturn,
  sharpe,
  maxDrawdown: 0.2,
  trades,
});

function comparison(policy: StrategyFigures, buyAndHold: StrategyFigures): PolicyComparison {
  return { policy, buyAndHold, flat: figures(0, null, 0), random: figures(-0.6, -20, 5000) };
}

function record(policy: StrategyFigures, buyAndHold: StrategyFigures, beatsBuyAndHoldRiskAdjusted: boolean, beatsFlat: boolean): PolicyRecord {
  return { from: '2024-03-01T00:00:00Z', to: '2024-08-31T21:00:00Z', figures: comparison(policy, buyAndHold), beatsBuyAndHoldRiskAdjusted, beatsFlat };
}

function call(r: PolicyRecord | null): PolicyCall {
  return {
    symbol: 'BTC/USDT',
    timeframe: '1h',
    candleTime: Date.UTC(2026, 10, 20, 11),
    price: 91234.5,
    position: 0,
    action: 'BUY',
    probability: 0.58,
    probabilities: { HOLD: 0.21, BUY: 0.58, SELL: 0.21 },
    positionAfter: 1,
    modelVersion: 'policy-1h-20261206-23d7f992',
    record: r,
  };
}

describe('the policy in /status: its own record on data it never saw', () => {
  it('shows the shipped model against buy-and-hold (return and Sharpe) and always-flat, and says in plain words that it lost to holding', () => {
    const lines = policyLines(call(record(figures(-0.2265, -0.7), figures(-0.1712, -0.419), false, false)), EN).map(htmlToText);
    expect(lines).toEqual([
      'Call: BUY 58% — open a long (paper position: flat) · HOLD 21% · SELL 21%',
      'Model policy-1h-20261206-23d7f992 (1h) · on its test block 2024-03-01 → 2024-08-31, after fees: ' +
        '−22.65% (Sharpe −0.70) vs buy-and-hold −17.12% (Sharpe −0.42), always flat +0.00%',
      'On data it never saw, this policy did worse than simply holding (Sharpe −0.70 vs −0.42) and than staying flat ' +
        '(−22.65% vs 0%): treat its call as an experiment.',
    ]);
  });

  it('says so when it beat holding on Sharpe but lost money, and when it made money but lost to holding', () => {
    expect(recordVerdict(record(figures(-0.05, -0.4), figures(-0.3, -1.1), true, false), EN)).toBe(
      'On data it never saw, this policy did worse than staying flat (−5.00% vs 0%): treat its call as an experiment.',
    );
    expect(recordVerdict(record(figures(0.042, 0.4), figures(0.187, 0.9), false, true), EN)).toBe(
      'On data it never saw, this policy did worse than simply holding (Sharpe 0.40 vs 0.90): treat its call as an experiment.',
    );
  });

  it('says it beat both only when the verdict says so, and still calls it one block of evidence', () => {
    expect(recordVerdict(record(figures(0.33, 1.31), figures(-0.17, -0.42), true, true), EN)).toBe(
      'On data it never saw, this policy beat simply holding (Sharpe 1.31 vs −0.42) and staying flat — one test block, so evidence, not proof.',
    );
  });

  it('never shows the figures of a model trained before its own record was kept (they chained other models)', () => {
    const lines = policyLines(call(null), EN).map(htmlToText);
    expect(lines.slice(1)).toEqual([
      'Model policy-1h-20261206-23d7f992 (1h) · no record of its own on data it never saw (trained before the policy kept ' +
        'a test block apart): treat its call as an experiment.',
    ]);
    expect(lines[1]).not.toMatch(/%/);
  });

  it('formats Sharpe ratios with a true minus, and n/a for a flat account', () => {
    expect([formatSharpe(0.904), formatSharpe(-0.4), formatSharpe(-0.001), formatSharpe(null)]).toEqual(['0.90', '−0.40', '0.00', 'n/a']);
  });

  it('puts the record and the verdict in the /status reply, before the disclaimer', () => {
    const reply: StatusReply = {
      mood: { score: 55, label: 'steady' },
      market: {
        symbol: 'BTC/USDT',
        timeframe: '1h',
        candleTime: Date.UTC(2026, 10, 20, 11),
        price: 91234.5,
        volatility: 0.021,
        volatilityPercentile: 40,
        quoteVolume24h: 1.2e9,
        volumePercentile: 60,
        historyDays: 30,
      },
      record: { closedTrades: 0, wins: 0, pnl: 0, tradesLastHour: 0 },
      policy: call(record(figures(0.042, 0.4), figures(0.187, 0.9), false, true)),
      policyFailed: false,
    };
    const lines = htmlToText(formatStatus(reply, EN)).split('\n');
    expect(lines.slice(-4)).toEqual([
      'Model policy-1h-20261206-23d7f992 (1h) · on its test block 2024-03-01 → 2024-08-31, after fees: ' +
        '+4.20% (Sharpe 0.40) vs buy-and-hold +18.70% (Sharpe 0.90), always flat +0.00%',
      'On data it never saw, this policy did worse than simply holding (Sharpe 0.40 vs 0.90): treat its call as an experiment.',
      '',
      'Paper-trading signals, not financial advice.',
    ]);
  });
});

describe('/status and the policy in Indonesian', () => {
  const ID = langFor('id');

  it('a user whose Telegram is in Indonesian reads the mood, the market, the call and the verdict in Indonesian', () => {
    const reply: StatusReply = {
      mood: { score: 55, label: 'steady' },
      market: {
        symbol: 'BTC/USDT', timeframe: '1h', candleTime: Date.UTC(2026, 10, 20, 11), price: 91234.5,
        volatility: 0.021, volatilityPercentile: 40, quoteVolume24h: 1.2e9, volumePercentile: 60, historyDays: 30,
      },
      record: { closedTrades: 12, wins: 7, pnl: 0.031, tradesLastHour: 1 },
      policy: call(record(figures(0.042, 0.4), figures(0.187, 0.9), false, true)),
      policyFailed: false,
    };
    const html = formatStatus(reply, ID);
    expect(parseTelegramHtml(html).ok).toBe(true);
    expect(htmlToText(html).split('\n')).toEqual([
      '🙂 Mood: 55/100 · stabil',
      'BTC/USDT sedang bergerak seperti biasa (volatilitas 2,1% per hari, persentil ke-40 dari 30 hari terakhir) ' +
        'dengan volume normal (1,2\u00a0M USDT dalam 24 jam, persentil ke-60).',
      'Paper trading, 7 hari terakhir: 12 ditutup, win rate 58%, P&L +3,10% · 1 dibuka dalam satu jam terakhir.',
      '',
      'Policy · BTC/USDT',
      'Harga: 91.234,5 (close 1h pada 20 Nov 2026 11.00 UTC)',
      'Keputusan: BUY 58% — buka posisi long (posisi paper: flat) · HOLD 21% · SELL 21%',
      'Model policy-1h-20261206-23d7f992 (1h) · pada blok ujinya 2024-03-01 → 2024-08-31, setelah biaya: ' +
        '+4,20% (Sharpe 0,40) vs buy-and-hold +18,70% (Sharpe 0,90), selalu flat +0,00%',
      'Pada data yang belum pernah dilihatnya, policy ini lebih buruk daripada sekadar hold (Sharpe 0,40 vs 0,90): anggap keputusannya sebagai eksperimen.',
      '',
      'Sinyal paper trading, bukan nasihat keuangan.',
    ]);
  });

  it('says in Indonesian when the policy lost to both, and when there is no policy call', () => {
    expect(recordVerdict(record(figures(-0.05, -0.4), figures(0.3, 1.1), false, false), ID)).toBe(
      'Pada data yang belum pernah dilihatnya, policy ini lebih buruk daripada sekadar hold (Sharpe −0,40 vs 1,10) ' +
        'dan daripada tetap flat (−5,00% vs 0%): anggap keputusannya sebagai eksperimen.',
    );
    expect(formatSharpe(-0.4, 'id')).toBe('−0,40');
    const market: StatusReply['market'] = {
      symbol: 'BTC/USDT', timeframe: '1h', candleTime: Date.UTC(2026, 10, 20, 11), price: 91234.5,
      volatility: 0.0005, volatilityPercentile: 2, quoteVolume24h: 3.4e6, volumePercentile: 97, historyDays: 1,
    };
    const status = (policyFailed: boolean) =>
      htmlToText(formatStatus({ mood: { score: 20, label: 'tense' }, market, record: { closedTrades: 0, wins: 0, pnl: 0, tradesLastHour: 0 }, policy: null, policyFailed }, ID));
    expect(status(false)).toContain('Model policy belum dimuat, jadi belum ada keputusan HOLD / BUY / SELL.');
    expect(status(false)).toContain('BTC/USDT sedang tenang (volatilitas 0,05% per hari, persentil ke-2 dari 1 hari terakhir) dengan volume besar (3,4\u00a0jt USDT');
    expect(status(false)).toContain('Catatan paper trading: belum dimulai');
    expect(status(true)).toContain('Policy tidak bisa membaca pasar barusan, jadi belum ada keputusan HOLD / BUY / SELL; coba lagi sebentar lagi.');
  });
});
