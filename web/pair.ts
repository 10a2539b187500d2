import { failureText, getJson } from './api.js';
import { arrow, decimal, html, pathSymbol, percent, price, signedPercent, timeframes, utcTime } from './format.js';
import { m } from './i18n.js';
import { renderLayout, showInFeed } from './layout.js';
import { listenLive } from './live.js';
import { modelInWords } from './modelInWords.js';
import { drawPairChart } from './pairChart.js';
import type { AlertHistory, AlertResult, Candles, Explanation, ModelsReport, Prediction, RiskReport } from './types.js';
import { pushesInWords, readingsInWords } from './whyInWords.js';

const CANDLES = 200;

const settle = <T>(promise: Promise<T>) => promise.then((value) => ({ value }), (error: unknown) => ({ error }));
type Settled<T> = { value: T } | { error: unknown };
const failed = (result: Settled<unknown>) => ('error' in result ? `<p class="error">${html(failureText(result.error))}</p>` : '');

function levelsHtml(call: Prediction): string {
  const rows = [[m.entry, call.entry], [m.stop, call.stopLoss], ...Object.entries(call.takeProfits ?? {}).map(([k, v]) => [k.toUpperCase(), v])] as [string, number | null][];
  return `<p class="call ${call.direction.toLowerCase().replace('_', '-')}">${m.callLine(arrow(call.direction), m.direction[call.direction] ?? call.direction, percent(call.confidence, 1), utcTime(call.validUntil))}</p>
    <dl class="levels">${rows.filter(([, v]) => v !== null).map(([k, v]) => `<dt>${k}</dt><dd>${price(v!)}</dd>`).join('')}</dl>`;
}

function riskHtml(risk: RiskReport): string {
  const value = (f: RiskReport['factors'][number]) => (f.unit === 'percent' ? percent(f.value, 2) : decimal(f.value, 1));
  const share = (points: number) => percent(Math.round(points) / 100);
  return `<p><span class="risk ${risk.level}">${m.riskLevel[risk.level] ?? risk.level} ${Math.round(risk.score)}/100</span></p>
    <ul class="factors">${risk.factors
      .map((f) => `<li>${m.riskFactor(html(f.label), value(f), share(f.subScore), share(f.ownPercentile), percent(f.weight))}</li>`)
      .join('')}</ul>
    ${risk.warnings
      .map((w) => `<p class="warning">⚠ ${w.kind === 'unusual' ? m.riskUnusual(html(w.label ?? ''), percent((w.topPercent ?? 0) / 100), String(Math.round(w.days))) : m.riskShortHistory(String(Math.round(w.days)))}</p>`)
      .join('')}`;
}

function historyHtml(alerts: AlertResult[]): string {
  if (alerts.length === 0) return `<p class="muted">${m.noAlertsOnPair}</p>`;
  const outcome = (a: AlertResult) =>
    a.outcome === null ? `<span class="muted">${m.open}</span>` : `<span class="${(a.netReturn ?? 0) >= 0 ? 'up' : 'down'}">${a.outcome} ${signedPercent(a.netReturn ?? 0)}</span>`;
  const head = [m.columnCandle, m.columnTimeframe, m.columnCall, m.columnEntry, m.columnOutcome].map((h) => `<th>${h}</th>`).join('');
  return `<table class="history"><thead><tr>${head}</tr></thead><tbody>
    ${[...alerts].reverse().map((a) => `<tr><td>${utcTime(a.candleTime)}</td><td>${a.timeframe}</td><td>${arrow(a.direction)} ${m.direction[a.direction] ?? a.direction} ${percent(a.confidence)}</td><td>${price(a.entry)}</td><td>${outcome(a)}</td></tr>`).join('')}
  </tbody></table>`;
}

export async function showPair(symbolInPath: string): Promise<void> {
  const symbol = decodeURIComponent(symbolInPath);
  const tfs = timeframes();
  const asked = new URL(location.href).searchParams.get('tf');
  const timeframe = asked && tfs.includes(asked) ? asked : (tfs[1] ?? tfs[0]!);
  const content = renderLayout(`${symbol} · ${timeframe}`);
  const tabs = tfs.map((tf) => `<a class="tab${tf === timeframe ? ' on' : ''}" href="/pair/${encodeURIComponent(symbol)}?tf=${tf}">${tf}</a>`).join('');
  content.innerHTML = `<nav class="tabs">${tabs}</nav>
    <div class="pair-layout">
      <section class="panel wide"><div id="chart" class="chart"></div><div id="levels"></div></section>
      <section class="panel"><h2>${m.panelWhy}</h2><div id="why"></div></section>
      <section class="panel"><h2>${m.panelRisk}</h2><div id="risk"></div></section>
      <section class="panel wide"><h2>${m.panelModel}</h2><div id="model"></div></section>
      <section class="panel wide"><h2>${m.panelAlerts}</h2><div id="history"></div></section>
    </div>`;
  const part = (id: string) => content.querySelector<HTMLElement>(`#${id}`)!;
  const path = encodeURIComponent(pathSymbol(symbol));

  const [candles, why, risk, models] = await Promise.all([
    settle(getJson<Candles>(`/api/candles/${path}?timeframe=${timeframe}&limit=${CANDLES}`)),
    settle(getJson<Explanation>(`/api/predictions/${path}/why?timeframe=${timeframe}`)),
    settle(getJson<RiskReport>(`/api/risk/${path}`)),
    settle(getJson<ModelsReport>('/api/models')),
  ]);
  const call: Settled<Prediction> = 'value' in why ? { value: why.value.prediction } : why;
  if ('value' in candles) {
    // The page path is forgiving (btc, BTCUSDT); the answer names the pair as the market lists it.
    document.title = `${candles.value.symbol} · ${timeframe} · ${m.siteName}`;
    document.querySelector('h1')!.textContent = `${candles.value.symbol} · ${timeframe}`;
    drawPairChart(part('chart'), candles.value.candles, 'value' in call ? call.value : null);
  } else part('chart').outerHTML = failed(candles);
  part('levels').innerHTML = 'value' in call ? levelsHtml(call.value) : failed(call);
  part('why').innerHTML = 'value' in why
    ? `<ul>${readingsInWords(why.value).map((line) => `<li>${html(line)}</li>`).join('')}</ul>
       <p class="muted">${m.whatMoved}</p>
       <ul class="pushes">${pushesInWords(why.value).map((line) => `<li>${html(line)}</li>`).join('')}</ul>`
    : failed(why);
  part('risk').innerHTML = 'value' in risk ? riskHtml(risk.value) : failed(risk);
  if ('value' in models) {
    const model = models.value.loaded.find((m) => m.timeframe === timeframe && m.symbol === ('value' in call ? call.value.symbol : null))
      ?? models.value.loaded.find((m) => m.timeframe === timeframe && m.symbol === null);
    part('model').innerHTML = model ? modelInWords(model).map((line) => `<p>${html(line)}</p>`).join('') : `<p class="muted">${m.noModel}</p>`;
  } else part('model').innerHTML = failed(models);

  const showHistory = async () => {
    const history = await settle(getJson<AlertHistory>(`/api/alerts?symbol=${path}`));
    part('history').innerHTML = 'value' in history ? historyHtml(history.value.alerts) : failed(history);
  };
  await showHistory();
  listenLive((event) => {
    showInFeed(event);
    if (event.kind !== 'candle' && pathSymbol(event.symbol) === pathSymbol(symbol)) void showHistory();
  });
}
