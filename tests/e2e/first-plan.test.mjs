// A planner's first visit: the page loads, shows an empty roster, a creator is added with
// the mouse and keyboard, and it is still there after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, openPage, waitForApp, summary, waitForSummary, click, typeInto, screenshot,
  distinctColours,
} from './browser.mjs';
import { addCreator, pageWithSavedPlan, testData, viewport } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

test('a planner adds a creator, reloads, and finds the creator still in the roster', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);

  const firstShot = await screenshot(page, 'first-frame.png');
  assert.ok(await distinctColours(page, firstShot) > 50, 'the canvas shows a drawn interface, not a blank');
  assert.match(await summary(page), /no creators yet/);

  await addCreator(page, 'Ana Lima', { followers: 120000, fee: 1500, posts: 3 });
  await waitForSummary(page, 'Creator “Ana Lima”: Instagram, Mid, 120,000 followers, 3 posts for €4,500.00 in fees');
  assert.match(await summary(page), /1 creator, total cost €4,500\.00/);
  // One creator: the net reach is that creator's reach, nothing is deduplicated away.
  const [, net, gross] = (await summary(page)).match(/reach ([\d,]+) people after audience overlap \(([\d,]+) added up/);
  assert.equal(net, gross);
  await screenshot(page, 'creator-added.png');

  // Autosave writes shortly after the last edit, to the slot the pointer then names
  // (plan_slots.h); then a reload must bring the plan back.
  await page.waitForFunction(() => {
    const latest = (localStorage.getItem('roster.plan.latest') || '').split(' ');
    return latest.length === 5 && (localStorage.getItem('roster.plan.' + latest[2]) || '').includes('Ana Lima');
  });
  await page.reload();
  await waitForApp(page);
  await waitForSummary(page, 'Creator “Ana Lima”');
  await screenshot(page, 'after-reload.png');

  assert.deepEqual(page.errors, [], 'no console errors');
  await context.close();
});

test('a creator the engine cannot use is refused with a message and the roster is unchanged', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await typeInto(page, 'add-name', 'Zero Followers');
  await click(page, 'add-button');  // followers left at 0
  await screenshot(page, 'refused-creator.png');
  // The roster did not change: still no creators.
  await page.waitForTimeout(300);
  assert.match(await summary(page), /no creators yet/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('on a high-DPI screen the canvas backing store matches the device pixels', async () => {
  const context = await env.browser.newContext({ viewport, deviceScaleFactor: 2 });
  const page = await openPage(context, env.url);
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
  });
  assert.equal(size.cssW, 1280);
  assert.equal(size.w, 2560);
  assert.equal(size.h, 1440);
  await screenshot(page, 'high-dpi.png');

  await page.setViewportSize({ width: 1000, height: 640 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 2000);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a plan saved by Roster 0.1 (file format 1) in the browser opens, updated to today\'s format', async () => {
  const { context, page } = await pageWithSavedPlan(env, testData('plan-format-1.roster.json'));
  await waitForSummary(page, 'Creator “Studio Nord”: YouTube, Mega, 1,250,000 followers, 1 post for €18,000 in fees');
  assert.match(await summary(page), /Creator “Léa "Lou" Martin”: Instagram, Micro, 48,200 followers, 3 posts/);
  await screenshot(page, 'format-1-plan-opened.png');
  assert.deepEqual(page.errors, [], 'no console errors');
  await context.close();
});
