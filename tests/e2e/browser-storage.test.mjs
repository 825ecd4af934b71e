// The browser's copy of the plan: a corrupted latest save is recovered from the one before
// it; full storage shows a lasting warning with a one-click download; storage refused
// altogether leaves a working plan in memory, said so; two tabs never silently overwrite each
// other's newer work.
import { readFileSync } from 'node:fs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openPage, summary, status, waitForSummary, waitForStatus, click, screenshot } from './browser.mjs';
import { addCreator, testData, viewport } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

const golden = testData('plan-format-4.roster.json');

test('a corrupted latest save is kept aside and the save before it opens', async () => {
  const context = await env.browser.newContext({ viewport, acceptDownloads: true });
  const older = golden.replace('Rentrée 2026 — micro-heavy', 'The save before');
  await context.addInitScript((o) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('roster.plan.a', o);
      localStorage.setItem('roster.plan.b', '{"app": "roster", "format": 3, "plan": {"name": "cut');
      localStorage.setItem('roster.plan.latest', 'roster-slots 1 b 8 tab-elsewhere');
      sessionStorage.setItem('seeded', '1');
    }
  }, older);
  const page = await openPage(context, env.url);
  await waitForSummary(page, 'Plan “The save before”');
  await waitForStatus(page, 'The latest save in this browser could not be read');
  await screenshot(page, 'corrupted-save-recovered.png');
  const downloading = page.waitForEvent('download');
  await click(page, 'status-download-unreadable');
  const download = await downloading;
  assert.equal(readFileSync(await download.path(), 'utf8'), '{"app": "roster", "format": 3, "plan": {"name": "cut');
  assert.equal(await page.evaluate(() => localStorage.getItem('roster.plan.unreadable')),
               '{"app": "roster", "format": 3, "plan": {"name": "cut');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('when storage is full the warning stays and one click downloads the plan', async () => {
  const context = await env.browser.newContext({ viewport, acceptDownloads: true });
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.storageFull && key.startsWith('roster.plan')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const page = await openPage(context, env.url);
  await page.evaluate(() => { window.storageFull = true; });
  await addCreator(page, 'Ana Lima', { followers: 120000 });
  await waitForStatus(page, 'Browser storage is full: changes are NOT being saved');
  await screenshot(page, 'storage-full.png');
  const downloading = page.waitForEvent('download');
  await click(page, 'status-download');
  const download = await downloading;
  assert.match(readFileSync(await download.path(), 'utf8'), /"name": "Ana Lima"/);
  // Still warning: the browser's copy is still behind.
  await page.waitForTimeout(1500);
  assert.match(await status(page), /Browser storage is full/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('when the browser refuses storage altogether, the planner works in memory and is told so', async () => {
  const context = await env.browser.newContext({ viewport, acceptDownloads: true });
  // As in a private window with storage disabled: any use of localStorage throws.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const page = await openPage(context, env.url);
  await addCreator(page, 'Only in memory', { followers: 30000 });
  await waitForStatus(page, 'This browser does not let Roster store data: the plan lives only in this tab');
  await screenshot(page, 'storage-unavailable.png');
  // Editing goes on as usual, and one click keeps the work as a file.
  await addCreator(page, 'Still editing', { followers: 45000 });
  assert.match(await summary(page), /Only in memory/);
  const downloading = page.waitForEvent('download');
  await click(page, 'status-download');
  assert.match(readFileSync(await (await downloading).path(), 'utf8'), /"name": "Still editing"/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a tab does not save over newer work from another tab, and can open that version', async () => {
  const context = await env.browser.newContext({ viewport });
  const first = await openPage(context, env.url);
  const second = await openPage(context, env.url);
  // Pages in the background get no animation frames: each is brought forward to be used.
  await first.bringToFront();
  await addCreator(first, 'From tab one', { followers: 50000 });
  await first.waitForFunction(() => (localStorage.getItem('roster.plan.latest') || '').length > 0);
  await second.bringToFront();
  await addCreator(second, 'From tab two', { followers: 60000 });
  await waitForStatus(second, 'Another tab saved this plan later: changes here are NOT saved');
  await screenshot(second, 'two-tabs.png');
  // Tab one's save is intact.
  assert.match(await first.evaluate(() => {
    const slot = localStorage.getItem('roster.plan.latest').split(' ')[2];
    return localStorage.getItem('roster.plan.' + slot);
  }), /From tab one/);
  await click(second, 'status-open-theirs');
  await waitForSummary(second, 'Creator “From tab one”');
  assert.doesNotMatch(await summary(second), /From tab two/);
  assert.deepEqual(first.errors, []);
  assert.deepEqual(second.errors, []);
  await context.close();
});
