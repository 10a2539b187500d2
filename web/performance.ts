import { failureText, getJson } from './api.js';
import { drawEquityCurve } from './equityCurve.js';
import { html, percent, signedPercent } from './format.js';
import { m } from './i18n.js';
import { renderLayout, showInFeed } from './layout.js';
import { listenLive } from './live.js';
import type { AlertHistory, PerformanceReport, Tally } from './types.js';

function tallyRow(label: string, t: Tally): string {
  const { wins, stops, expired, win_rate, breakeven_win_rate } = t.stats;
  const rate = win_rate === null ? '—' : `${percent(win_rate, 1)}${breakeven_win_rate === null ? '' : ` <small>${m.versus(percent(breakeven_win_rate, 1))}</small>`}`;
  return `<tr><td>${html(label)}</td><td>${t.signals}</td><td>${t.resolved}</td><td>${wins} / ${stops} / ${expired}</td><td>${rate}</td><td class="${t.pnl >= 0 ? 'up' : 'down'}">${signedPercent(t.pnl)}</td></tr>`;
}

function table(title: string, rows: string[]): string {
  const head = ['', m.columnAlerts, m.columnResolved, m.columnWinsStopsExpired, m.columnHitRate, m.columnPnl].map((h) => `<th>${h}</th>`).join('');
  return `<h2>${title}</h2><table class="record"><thead><tr>${head}</tr></thead>
    <tbody>${rows.join('') || `<tr><td colspan="6" class="muted">${m.noAlertYet}</td></tr>`}</tbody></table>`;
}

async function render(content: HTMLElement): Promise<void> {
  try {
    const [report, history] = await Promise.all([getJson<PerformanceReport>('/api/performance'), getJson<AlertHistory>('/api/alerts')]);
    const windows = report.windows.map((w) => tallyRow(m.lastDays(w.days), w.total));
    const longest = report.windows.at(-1)!;
    const resolved = history.alerts.filter((a) => a.netReturn !== null).length;
    const curveNote = resolved === 0 ? `<p class="muted">${m.noOutcomeYet}</p>` : '';
    content.innerHTML = `<section class="panel wide"><h2>${m.equityTitle(longest.days)}</h2><div id="equity" class="chart"></div>${curveNote}</section>
      ${table(m.theRecord, windows)}
      ${table(m.byTimeframe(longest.days), longest.byTimeframe.map((b) => tallyRow(b.timeframe, b.tally)))}
      ${table(m.byConfidence(longest.days), longest.byBand.map((b) => tallyRow(b.band, b.tally)))}`;
    drawEquityCurve(content.querySelector<HTMLElement>('#equity')!, history.alerts);
  } catch (error) {
    content.innerHTML = `<p class="error">${html(failureText(error))}</p>`;
  }
}

export async function showPerformance(): Promise<void> {
  const content = renderLayout(m.performanceTitle);
  await render(content);
  listenLive((event) => {
    showInFeed(event);
    if (event.kind === 'outcome') void render(content);
  });
}
