import { describe, expect, it } from 'vitest';
import { formatDigest } from '../../bot/formatDigest.js';
import { formatPerformance } from '../../bot/formatPerformance.js';
import { htmlToText } from '../../bot/html.js';
import { performanceReport, tally, type SignalResult } from '../../inference/performance.js';
import { parseTelegramHtml } from '../support/botApiEmulatorHtml.js';
import { langFor } from '../../bot/i18n/chatLocale.js';

const EN = langFor('en');

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30);

function row(outcome: string | null, net: number | null, daysAgo: number, timeframe = '1h', confidence = 0.46): SignalResult {
  return {
    symbol: 'BTC/USDT', timeframe, confidence, candleTime: NOW - daysAgo * DAY, direction: 'LONG', entry: 100, stopLoss: 98, tp1: 102,
    outcome, netReturn: net,
  };
}

const ROWS = [row('TP1', 0.01798, 1), row('TP2', 0.01798, 2), row('SL', -0.02198, 3, '4h', 0.52), row('EXPIRED', 0.004, 4), row(null, null, 0)];

describe('/performance', () => {
  it('shows per window the counts, the win rate against break-even and the mean net return, per timeframe and band', () => {
    const html = formatPerformance(performanceReport(ROWS, [], null, NOW), EN);
    expect(parseTelegramHtml(html)).toMatchObject({ ok: true });
    const lines = htmlToText(html).split('\n');
    const week = lines.indexOf('Last 7 days');
    expect(lines.slice(week, week + 8)).toEqual([
      'Last 7 days',
      'Signals 5 · resolved 4 · 2 wins, 1 stop, 1 expired · P&L +1.80%',
      expect.stringMatching(/^Win rate 66\.7% vs break-even 55\.0% · mean net \+0\.45% \(95% CI [+−]\d\.\d\d%…[+−]\d\.\d\d%\)$/),
      'By timeframe:',
      expect.stringMatching(/^• 1h: 2 wins, 0 stops, 1 expired · win rate 100\.0% vs break-even 55\.0% · mean net \+1\.33% \(95% CI .*\) on 3 calls$/),
      expect.stringMatching(/^• 4h: 0 wins, 1 stop, 0 expired · win rate 0\.0% vs break-even 55\.0% · mean net −2\.20% \(95% CI .*\) on 1 call$/),
      'By confidence:',
      expect.stringMatching(/^• 45–50%: 2 wins, 0 stops, 1 expired · /),
    ]);
    expect(lines[1]).toMatch(/^Each alert is a paper trade of one unit: a win closes at TP1/);
  });

  it('says so when every resolved trade expired, and the digest reads the same', () => {
    const t = tally([row('EXPIRED', 0.004, 1)]);
    const digest = htmlToText(formatDigest({ digestAt: NOW, alerts: [], outcomes: t }, EN));
    expect(digest).toContain('Outcomes: 1 resolved · no win or stop yet (0 wins, 0 stops, 1 expired) · P&L +0.40% after fees');
    const digest2 = htmlToText(formatDigest({ digestAt: NOW, alerts: [], outcomes: tally(ROWS) }, EN));
    expect(digest2).toContain('Outcomes: 4 resolved · win rate 66.7% vs break-even 55.0% (2 wins, 1 stop, 1 expired) · P&L +1.80% after fees');
  });
});

describe('/performance and the digest in Indonesian', () => {
  const ID = langFor('id');

  it('a user whose Telegram is in Indonesian reads the windows, the rules and the disclaimer in Indonesian', () => {
    const html = formatPerformance(performanceReport(ROWS, [], '1h', NOW), ID);
    expect(parseTelegramHtml(html)).toMatchObject({ ok: true });
    const lines = htmlToText(html).split('\n');
    expect(lines[0]).toBe('📊 Performa · alert 1h');
    expect(lines[1]).toMatch(/^Setiap alert adalah paper trade satu unit: .* setelah biaya 0,1% per sisi\./);
    expect(lines).toContain('7 hari terakhir');
    expect(lines).toContain('Per timeframe:');
    expect(lines.at(-1)).toBe('Paper trading, bukan nasihat keuangan.');
  });

  it('the digest reads in Indonesian with an Indonesian date', () => {
    const alerts = [{ symbol: 'BTC/USDT', timeframe: '1h', direction: 'LONG', confidence: 0.456 }];
    const digest = htmlToText(formatDigest({ digestAt: NOW, alerts, outcomes: tally([]) } as Parameters<typeof formatDigest>[0], ID));
    expect(digest.split('\n')).toEqual([
      '📰 Ringkasan harian · 24 jam hingga 30 Nov 2026 00.00 UTC',
      'Alert: 1',
      '• BTC/USDT · 1h LONG 46%',
      'Belum ada hasil yang selesai.',
      'Paper trading, bukan nasihat keuangan. Bisukan ringkasan ini lewat /alerts.',
    ]);
  });
});
