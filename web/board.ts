import { failureText, getJson } from './api.js';
import { boardRows, visibleRows, type BoardFilter, type BoardRow, type SortKey } from './boardRows.js';
import { arrow, html, pathSymbol, percent, timeframes, utcTime } from './format.js';
import { m } from './i18n.js';
import { renderLayout, showInFeed } from './layout.js';
import { listenLive } from './live.js';
import type { PairPredictions, Prediction, RiskReport } from './types.js';

const RISK_LEVELS = ['low', 'medium', 'high', 'extreme'];

async function riskOrNull(symbol: string): Promise<RiskReport | null> {
  try {
    return await getJson<RiskReport>(`/api/risk/${encodeURIComponent(pathSymbol(symbol))}`);
  } catch {
    return null; // the risk column says "—"; the calls still show
  }
}

/** Every followed pair on every timeframe: one batched request per timeframe, then each pair's risk. */
async function loadRows(): Promise<BoardRow[]> {
  const batches = await Promise.all(timeframes().map((tf) => getJson<PairPredictions>(`/api/predictions?timeframe=${tf}`)));
  const symbols = batches[0]?.predictions.map((p) => p.symbol) ?? [];
  const risks = await Promise.all(symbols.map(riskOrNull));
  return boardRows(batches, new Map(symbols.map((s, k) => [s, risks[k] ?? null])));
}

function cell(symbol: string, timeframe: string, call: Prediction | null | undefined): string {
  const href = `/pair/${encodeURIComponent(pathSymbol(symbol))}?tf=${timeframe}`;
  if (!call) return `<a class="cell none" href="${href}" data-timeframe="${timeframe}">—<small>${m.noCall}</small></a>`;
  const kind = call.direction.toLowerCase().replace('_', '-');
  // The colour's strength follows the calibrated confidence, so a glance finds the sure calls.
  return `<a class="cell ${kind}" href="${href}" data-timeframe="${timeframe}" style="--strength:${call.confidence.toFixed(2)}"
    title="${html(m.cellTitle(`${symbol} ${timeframe}`, m.direction[call.direction] ?? call.direction, percent(call.confidence, 1)))}">
    <b>${arrow(call.direction)} ${percent(call.confidence)}</b><small>${m.closes(utcTime(call.validUntil))}</small></a>`;
}

function rowHtml(row: BoardRow, tfs: string[]): string {
  const { direction, agreeing, of } = row.confluence;
  const agreement = direction ? `${agreeing}/${of} ${arrow(direction)}` : m.mixed(of);
  const risk = row.risk
    ? `<span class="risk ${row.risk.level}">${m.riskLevel[row.risk.level] ?? row.risk.level} ${Math.round(row.risk.score)}</span>`
    : '<span class="risk">—</span>';
  return `<div class="row" data-symbol="${html(row.symbol)}">
    <a class="pair" href="/pair/${encodeURIComponent(pathSymbol(row.symbol))}">${html(row.symbol)}</a>
    <span class="agree">${agreement}</span>${risk}
    ${tfs.map((tf) => cell(row.symbol, tf, row.calls.get(tf))).join('')}
  </div>`;
}

function controls(): string {
  const sorts: [SortKey, string][] = [['confluence', m.sortConfluence], ['confidence', m.sortConfidence], ['risk', m.sortRisk], ['symbol', m.sortPair]];
  return `<form class="controls" id="controls">
    <label>${m.sort} <select name="sort">${sorts.map(([key, label]) => `<option value="${key}">${label}</option>`).join('')}</select></label>
    <label>${m.minConfidence} <input name="minConfidence" type="number" min="0" max="100" step="5" value="0">%</label>
    <label>${m.risk} <select name="risk"><option value="">${m.anyRisk}</option>${RISK_LEVELS.map((l) => `<option value="${l}">${m.riskLevel[l] ?? l}</option>`).join('')}</select></label>
    <label><input name="confluent" type="checkbox"> ${m.agreeingOnly}</label>
  </form>`;
}

function readFilter(form: HTMLFormElement): BoardFilter {
  const data = new FormData(form);
  const risk = String(data.get('risk') ?? '');
  return {
    sort: String(data.get('sort')) as SortKey,
    minConfidence: Number(data.get('minConfidence') ?? 0) / 100,
    // "medium" means medium or calmer.
    riskLevels: risk === '' ? [] : RISK_LEVELS.slice(0, RISK_LEVELS.indexOf(risk) + 1),
    confluentOnly: data.get('confluent') === 'on',
  };
}

export async function showBoard(): Promise<void> {
  const content = renderLayout(m.boardTitle);
  const tfs = timeframes();
  let rows: BoardRow[];
  try {
    rows = await loadRows();
  } catch (error) {
    content.innerHTML = `<p class="error">${html(failureText(error))}</p>`;
    return;
  }
  content.innerHTML = `${controls()}
    <div class="grid" style="--timeframes:${tfs.length}">
      <div class="row head"><span>${m.columnPair}</span><span>${m.columnAgree}</span><span>${m.columnRisk}</span>${tfs.map((tf) => `<span>${tf}</span>`).join('')}</div>
      <div id="rows"></div>
    </div>`;
  const form = content.querySelector<HTMLFormElement>('#controls')!;
  const draw = () => {
    content.querySelector('#rows')!.innerHTML = visibleRows(rows, readFilter(form)).map((row) => rowHtml(row, tfs)).join('');
  };
  form.addEventListener('input', draw);
  draw();
  listenLive(async (event) => {
    showInFeed(event);
    // A closed candle or a new alert changes the calls: read the board again.
    if (event.kind !== 'outcome') {
      rows = await loadRows().catch(() => rows);
      draw();
    }
  });
}
