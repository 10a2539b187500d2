import { mkdirSync, statSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIMEFRAMES } from '../../market/timeframes.js';
import { CHROMIUM, chromiumOrSkip } from '../support/chromium.js';
import { buildWebBundle, startBoardServer, type BoardServer } from '../support/webBoard.js';

const { skip } = chromiumOrSkip();
const TOKEN = 'board-token-0123456789';
const ARTIFACTS = 'artifacts/web';
// Low enough that the synthetic market's calls pass the alert rule, as in tests/e2e/sweep.e2e.test.ts.
const MIN_CONFIDENCE = 0.36;

describe.skipIf(skip)('the web board in Chromium', () => {
  let board: BoardServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    buildWebBundle();
    mkdirSync(ARTIFACTS, { recursive: true });
    board = await startBoardServer({ token: TOKEN, app: { alertMinConfidence: MIN_CONFIDENCE } });
    browser = await chromium.launch({ executablePath: CHROMIUM });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await board?.close();
  });

  /** The followed pairs as the API lists them: the board must show each. */
  const followedPairs = async (): Promise<string[]> => {
    const response = await fetch(`${board.url}/api/predictions?timeframe=1h`, { headers: { authorization: `Bearer ${TOKEN}` } });
    return ((await response.json()) as { predictions: { symbol: string }[] }).predictions.map((p) => p.symbol);
  };

  it('a visitor without the token is refused the data and told how to open the board', async () => {
    const bare = await fetch(`${board.url}/api/predictions?timeframe=1h`);
    expect(bare.status).toBe(401);
    expect((await fetch(`${board.url}/api/events`)).status).toBe(401);
    const stranger = await browser.newPage();
    await stranger.goto(`${board.url}/`);
    await expect.poll(() => stranger.locator('.error').textContent()).toContain('needs the API token');
    expect(await stranger.locator('.cell').count()).toBe(0);
    await stranger.close();
  });

  it('a trader opens the board with the token and sees every followed pair on every timeframe', async () => {
    const followed = (await followedPairs()).length;
    expect(followed).toBeGreaterThan(0);
    await page.goto(`${board.url}/?token=${TOKEN}`);
    await page.locator('.cell').first().waitFor();
    expect(await page.locator('.cell').count()).toBe(followed * TIMEFRAMES.length);
    // The token left the address bar and stays in the tab for the next pages.
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('.cell.long, .cell.short, .cell.no-trade').count()).toBe(followed * TIMEFRAMES.length);
    expect(await page.locator('.cell small').first().textContent()).toMatch(/^closes \d\d \w{3} \d\d:\d\d$/);
    expect(await page.locator('.row[data-symbol] .risk').count()).toBe(followed);
    await page.locator('#live.on').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/board.png`, fullPage: true });

    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    const sizes = { js: statSync('web/dist/main.js').size, css: statSync('web/dist/main.css').size };
    console.info(`board first-contentful-paint ${paint?.toFixed(0)} ms; bundle JS ${sizes.js} B, CSS ${sizes.css} B`);
    expect(paint).not.toBeNull();
  });

  it('a trader sorts the board by risk and filters it to confident calls', async () => {
    await page.selectOption('select[name=sort]', 'risk');
    const scores = await page.locator('.row[data-symbol] .risk').allTextContents();
    const numbers = scores.map((s) => Number(s.split(' ')[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await page.fill('input[name=minConfidence]', '100');
    await expect.poll(() => page.locator('.row[data-symbol]').count()).toBe(0);
    await page.fill('input[name=minConfidence]', '0');
    await expect.poll(() => page.locator('.row[data-symbol]').count()).toBe((await followedPairs()).length);
  });

  it('a click on a cell opens the pair page with its chart and the trade levels', async () => {
    const cell = page.locator('.cell.long, .cell.short').first();
    const target = (await cell.getAttribute('href'))!;
    await cell.click();
    await page.waitForURL(`**${target}`);
    await page.locator('#chart canvas').first().waitFor();
    const levels = await page.locator('.levels dt').allTextContents();
    expect(levels).toEqual(['Entry', 'Stop', 'TP1', 'TP2', 'TP3']);
    await expect.poll(() => page.locator('#model p').count()).toBeGreaterThan(1);
    await expect.poll(() => page.locator('#risk .factors li').count()).toBe(4);
    expect(await page.locator('#why li').first().textContent()).toMatch(/^RSI \d+: (overbought|oversold|neutral)\.$/);
    await page.locator('#live.on').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/pair.png`, fullPage: true });
  });

  it('a sweep that alerts shows the new alert on the open page within 2 s', async () => {
    const { app } = board.testApp;
    app.subscriptions.subscribe(1, (await followedPairs()).map((symbol) => ({ symbol, timeframe: '1h' })), 100);
    const started = Date.now();
    const report = await app.jobs.sweep('1h', Date.now());
    expect(report.alerts.length).toBeGreaterThan(0);
    const first = report.alerts[0]!;
    await page.locator('#feed .event.alert', { hasText: `${first.symbol} · 1h` }).waitFor({ timeout: 2_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
    await page.screenshot({ path: `${ARTIFACTS}/pair-live.png`, fullPage: true });
  });

  it('after the server restarts, the open page reconnects and hears the next events', async () => {
    await board.restart();
    await page.locator('#live:not(.on)').waitFor({ timeout: 2_000 });
    await page.locator('#live.on').waitFor({ timeout: 8_000 });
    await board.testApp.app.jobs.sweep('4h', Date.now());
    await page.locator('#feed .event.candle', { hasText: '4h candle closed' }).waitFor({ timeout: 2_000 });
  });

  it('an open page whose reconnect is refused while the server shuts down still comes back live', async () => {
    await page.locator('#feed .event.candle').first().waitFor();
    const heard = await page.locator('#feed .event.candle').count();
    await board.restart({ closingMs: 2_500 });
    await page.locator('#live.on').waitFor({ timeout: 8_000 });
    await board.testApp.app.jobs.sweep('4h', Date.now());
    await expect.poll(() => page.locator('#feed .event.candle').count(), { timeout: 2_000 }).toBeGreaterThan(heard);
  });

  it('a trader whose browser is in Indonesian reads the board in Indonesian, numbers and dates too', async () => {
    const indonesian = await browser.newPage({ locale: 'id-ID' });
    await indonesian.goto(`${board.url}/?token=${TOKEN}`);
    await indonesian.locator('.cell').first().waitFor();
    expect(await indonesian.locator('nav a').allTextContents()).toEqual(['Papan', 'Kinerja']);
    expect(await indonesian.locator('.row.head span').evaluateAll((spans) => spans.slice(0, 3).map((s) => s.textContent))).toEqual(['Pair', 'Searah', 'Risiko']);
    expect(await indonesian.locator('.cell small').first().textContent()).toMatch(/^tutup \d\d \w{3} \d\d[.:]\d\d$/);
    expect(await indonesian.locator('footer').textContent()).toBe('Hanya paper trading: sinyal, tidak pernah order sungguhan.');
    expect(await indonesian.evaluate(() => document.documentElement.lang)).toBe('id');
    await indonesian.screenshot({ path: `${ARTIFACTS}/board-id.png`, fullPage: true });
    await indonesian.close();
  });

  it('on a phone the board fits the screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.goto(`${board.url}/?token=${TOKEN}`);
    await phone.locator('.cell').first().waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${ARTIFACTS}/board-phone.png`, fullPage: true });
    await phone.close();
  });

  it('the performance page shows the record and its equity curve', async () => {
    await page.goto(`${board.url}/performance`);
    await page.locator('table.record').first().waitFor();
    expect(await page.locator('h2').allTextContents()).toContain('The record');
    expect(await page.locator('#equity canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/performance.png`, fullPage: true });
  });
});
