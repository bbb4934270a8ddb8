/**
 * The interactive timeline in a real Chromium: zoom, pan, selection, details, filters, search,
 * list, deep links, history, touch, failures, and that nothing leaves the origin.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { app, chartCentre, host, listIds, markIds, openReady, params, waitForParams } from './helpers';
import { windowOf } from '../../src/state/urlConfig';

const session = useBrowser();

const span = (p: URLSearchParams) => {
  const win = windowOf(p.get('from')!, p.get('to')!)!;
  return { t0: win[0], t1: win[1], width: win[1] - win[0] };
};

describe('the timeline page', () => {
  it('loads the default dataset, draws marks and lists every event, without console errors or foreign requests', async () => {
    await openReady(session.w.page);
    expect((await markIds(session.w.page)).length).toBeGreaterThan(10);
    const total = (await listIds(session.w.page)).length;
    expect(total).toBeGreaterThanOrEqual(45);
    await expect(session.w.page.textContent('.menu-button')).resolves.toBe(`Filters · ${total} of ${total} events`);
    expect(await session.w.page.title()).toBe('Israel and Azerbaijan — Bilateral-relations timeline');
    expect(session.w.errors).toEqual([]);
    const origin = new URL(app()).origin;
    expect(session.w.requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([]);
  });

  it('zooms in with the wheel around the pointer, and the URL follows', async () => {
    await openReady(session.w.page);
    const { x, y } = await chartCentre(session.w.page);
    await session.w.page.mouse.move(x, y);
    for (let i = 0; i < 4; i++) await session.w.page.mouse.wheel(0, -200);
    const p = await waitForParams(session.w.page, (q) => q.has('from') && q.has('to'));
    const years = span(p).width / (365.25 * 86_400_000);
    expect(years).toBeLessThan(30);
    expect(years).toBeGreaterThan(0.5);
  });

  it('pans by dragging: the window moves and keeps its width', async () => {
    await openReady(session.w.page, '/?from=2010&to=2014');
    const before = span(params(session.w.page));
    const { x, y } = await chartCentre(session.w.page);
    await session.w.page.mouse.move(x, y);
    await session.w.page.mouse.down();
    await session.w.page.mouse.move(x + 300, y, { steps: 8 });
    await session.w.page.mouse.up();
    const after = span(await waitForParams(session.w.page, (q) => q.get('from') !== '2010'));
    expect(after.t0).toBeLessThan(before.t0); // dragging right shows earlier times
    expect(Math.abs(after.width - before.width) / before.width).toBeLessThan(0.1);
  });

  it('zoom buttons and fit all change the window', async () => {
    await openReady(session.w.page);
    await session.w.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const zoomed = span(await waitForParams(session.w.page, (q) => q.has('from')));
    await session.w.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const more = span(await waitForParams(session.w.page, (q) => q.has('from') && span(q).width < zoomed.width * 0.75));
    expect(more.width).toBeLessThan(zoomed.width);
    await session.w.page.getByRole('button', { name: 'Fit all' }).click();
    await waitForParams(session.w.page, (q) => !q.has('from'));
  });

  it('double-click zooms in', async () => {
    await openReady(session.w.page);
    await session.w.page.locator('.tl-axis').scrollIntoViewIfNeeded();
    const box = (await session.w.page.locator('.tl-axis').boundingBox())!;
    await session.w.page.mouse.dblclick(box.x + box.width / 2, box.y + 4);
    await waitForParams(session.w.page, (q) => q.has('from'));
  });

  it('clicking a mark opens its details with the quote and a source link; previous / next walk in time', async () => {
    await openReady(session.w.page);
    await session.w.page.click('g.tl-mark[data-id="arms-deal-2012"]');
    const details = session.w.page.locator('.details');
    await expect(details.locator('h2').textContent()).resolves.toContain('$1.6 billion');
    await expect(details.locator('.details-date').textContent()).resolves.toBe('26 February 2012');
    await expect(details.locator('blockquote').first().textContent()).resolves.toContain('inked a $1.6 billion deal with Israel');
    const link = details.locator('a.source-link').first();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(params(session.w.page).get('event')).toBe('arms-deal-2012');
    expect(await session.w.page.getAttribute('.event-list li[data-id="arms-deal-2012"] button', 'aria-pressed')).toBe('true');

    await details.getByRole('button', { name: 'Next event' }).click();
    await waitForParams(session.w.page, (q) => q.get('event') === 'lieberman-visit-2012');
    await details.getByRole('button', { name: 'Previous event' }).click();
    await details.getByRole('button', { name: 'Previous event' }).click();
    await waitForParams(session.w.page, (q) => q.get('event') === 'iran-accuses-azerbaijan-2012');
  });

  it('shows where sources disagree beside the record', async () => {
    await openReady(session.w.page, '/?event=israel-recognises-azerbaijan');
    const block = session.w.page.locator('.disagree').first();
    await expect(block.textContent()).resolves.toContain('25 December 1991');
    await expect(block.textContent()).resolves.toContain('1992');
  });

  it('filters by category (the legend), actor and certainty change both the marks and the list', async () => {
    await openReady(session.w.page);
    const all = await session.w.page.textContent('.menu-button');
    await session.w.page.click('.menu-button');
    await session.w.page.getByRole('button', { name: 'Arms and defence', exact: true }).click();
    await expect.poll(() => session.w.page.textContent('.menu-button')).not.toBe(all);
    const list = await listIds(session.w.page);
    const marks = await markIds(session.w.page);
    expect(list).not.toContain('arms-deal-2012');
    expect(marks).not.toContain('arms-deal-2012');
    expect(params(session.w.page).get('categories')).not.toContain('arms');

    await session.w.page.getByRole('button', { name: 'Reset all' }).click();
    await expect.poll(() => session.w.page.textContent('.menu-button')).toBe(all);
    await session.w.page.getByRole('button', { name: 'Alleged', exact: true }).click();
    expect(await listIds(session.w.page)).not.toContain('iran-accuses-azerbaijan-2012');
  });

  it('search narrows the marks and the list to matching titles, summaries and quotes', async () => {
    await openReady(session.w.page);
    await session.w.page.getByLabel('Search').fill('Iron Dome');
    await expect.poll(() => listIds(session.w.page)).toEqual(['iron-dome-deal-2016']);
    expect(await markIds(session.w.page)).toEqual(['iron-dome-deal-2016']);
    await waitForParams(session.w.page, (q) => q.get('q') === 'Iron Dome');
  });

  it('clicking a list row selects the event and reveals its mark', async () => {
    await openReady(session.w.page, '/?from=1991&to=1995');
    await session.w.page.click('.event-list li[data-id="tamar-stake-2025"] button');
    await waitForParams(session.w.page, (q) => q.get('event') === 'tamar-stake-2025');
    await expect.poll(() => markIds(session.w.page)).toContain('tamar-stake-2025');
    expect(await session.w.page.getAttribute('g.tl-mark[data-id="tamar-stake-2025"]', 'aria-pressed')).toBe('true');
  });

  it('a deep link restores the selection, window, filters and search', async () => {
    await openReady(session.w.page, '/?event=arms-deal-2012&from=2010&to=2014&categories=arms,diplomacy&q=deal');
    await expect(session.w.page.locator('.details h2').textContent()).resolves.toContain('$1.6 billion');
    const ticks = await session.w.page.$$eval('.tl-axis .tick text', (n) => n.map((t) => t.textContent));
    expect(ticks.some((t) => t?.includes('2012'))).toBe(true);
    expect(ticks.some((t) => t?.includes('2005') || t?.includes('2020'))).toBe(false);
    expect(await session.w.page.getAttribute('.legend button:has-text("Energy and trade")', 'aria-pressed')).toBe('false');
    expect(await session.w.page.inputValue('input[type="search"]')).toBe('deal');
    const p = params(session.w.page);
    expect([p.get('from'), p.get('to')]).toEqual(['2010', '2014']);
  });

  it('back and forward restore earlier views', async () => {
    await openReady(session.w.page);
    await session.w.page.click('.event-list li[data-id="arms-deal-2012"] button');
    await waitForParams(session.w.page, (q) => q.get('event') === 'arms-deal-2012');
    await session.w.page.click('.event-list li[data-id="netanyahu-visit-1997"] button');
    await waitForParams(session.w.page, (q) => q.get('event') === 'netanyahu-visit-1997');
    await session.w.page.goBack();
    await expect.poll(() => session.w.page.locator('.details h2').textContent()).toContain('$1.6 billion');
    await session.w.page.goForward();
    await expect.poll(() => session.w.page.locator('.details h2').textContent()).toContain('Netanyahu');
  });

  it('ignores unknown and invalid URL values with a quiet notice', async () => {
    await openReady(session.w.page, '/?event=no-such-event&lanes=sideways&colour=red&categories=arms,nope');
    const notice = await session.w.page.textContent('.notices');
    expect(notice).toContain('no-such-event');
    expect(notice).toContain('sideways');
    expect(notice).toContain('colour');
    expect(notice).toContain('nope');
    expect(await session.w.page.getAttribute('.legend button:has-text("Arms and defence")', 'aria-pressed')).toBe('true');
    expect(session.w.errors).toEqual([]);
  });

  it('lanes by country draw an event in each of its actors’ lanes', async () => {
    await openReady(session.w.page);
    await session.w.page.getByLabel('Lanes').selectOption('actor');
    await expect.poll(() => session.w.page.$$eval('.tl-lane-label', (n) => n.map((t) => t.textContent))).toContain('Armenia');
    expect(params(session.w.page).get('lanes')).toBe('actor');
  });
});

describe('failures are readable', () => {
  it.each([
    ['invalid data', '/fixtures/invalid/end-before-start.json', 'events[1] "arms-deal-2012" end: end 2011 is before start 2012'],
    ['malformed JSON', '/fixtures/invalid/malformed-json.json', 'not valid JSON at line 4, column 1'],
    ['a missing file', '/fixtures/nothing-here.json', 'the server answered 404'],
  ])('%s shows the error panel with the problems', async (_, path, line) => {
    await openReady(session.w.page, `/?data=${encodeURIComponent(host(path))}`, 'error');
    const panel = await session.w.page.textContent('.error-panel');
    expect(panel).toContain(line);
    expect(await session.w.page.$('g.tl-mark')).toBeNull();
  });

  it('says where data from another origin comes from', async () => {
    await openReady(session.w.page, `/?data=${encodeURIComponent(host('/fixtures/valid-minimal.json'))}`);
    await expect(session.w.page.textContent('.origin-notice')).resolves.toContain(new URL(host()).origin);
    expect(await listIds(session.w.page)).toEqual(['recognition', 'arms-deal-2012']);
  });
});

describe('touch', () => {
  it('tapping a mark selects it and pinching zooms', async () => {
    await session.reopen({ hasTouch: true, isMobile: false, viewport: { width: 900, height: 800 } });
    await openReady(session.w.page);
    const box = (await session.w.page.locator('g.tl-mark[data-id="arms-deal-2012"] path').boundingBox())!;
    await session.w.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await waitForParams(session.w.page, (q) => q.get('event') === 'arms-deal-2012');

    const { x, y } = await chartCentre(session.w.page);
    const cdp = await session.w.context.newCDPSession(session.w.page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: x - d, y, id: 1 }, { x: x + d, y, id: 2 }] });
    await touch('touchStart', 20);
    for (let d = 30; d <= 200; d += 10) await touch('touchMove', d);
    await touch('touchEnd', 200);
    const p = await waitForParams(session.w.page, (q) => q.has('from'));
    expect(span(p).width).toBeLessThan(20 * 365 * 86_400_000);
  });
});
