// The plans kept in this browser: a new plan leaves the previous one in the library; plans are
// opened, renamed, duplicated and deleted (with undo) from the library window, and survive a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openPage, waitForApp, waitForSummary, waitForStatus, click, screenshot } from './browser.mjs';
import { addCreator, choose, enterText, viewport } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });


test('plans in this browser: new, open, rename, duplicate, delete and undo, across a reload', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await addCreator(page, 'First Creator', { followers: 40000 });
  await page.waitForTimeout(1200);  // autosave

  // A new plan starts empty; the first stays in the library.
  await choose(page, 'menu-plan', 'menu-new');
  await waitForSummary(page, 'no creators yet');
  await addCreator(page, 'Second Creator', { followers: 50000 });
  await page.waitForTimeout(1200);
  await choose(page, 'menu-plan', 'menu-library');
  // Plan ids: the first plan 1, the new one 2, the copy 3.
  await enterText(page, 'library-rename:2', 'Spring launch');
  await waitForSummary(page, 'Plan “Spring launch”');
  await screenshot(page, 'plan-library.png');

  // Open the first plan.
  await click(page, 'library-open:1');
  await waitForSummary(page, 'Creator “First Creator”');
  await waitForStatus(page, 'from this browser\'s plans');

  // Duplicate the open plan, then delete the copy and bring it back.
  await click(page, 'library-duplicate:1');
  await waitForStatus(page, 'Duplicated as “Untitled plan (copy)”');
  await click(page, 'library-delete:3');
  await waitForStatus(page, 'Deleted “Untitled plan (copy)”');
  assert.equal(await page.evaluate(() => localStorage.getItem('roster.library').includes('(copy)')), false);
  await click(page, 'library-undo-delete');
  await waitForStatus(page, 'Restored “Untitled plan (copy)”');
  assert.equal(await page.evaluate(() => localStorage.getItem('roster.library').includes('(copy)')), true);

  // After a reload the plan opened last comes back, and the others are still listed.
  await page.reload();
  await waitForApp(page);
  await waitForSummary(page, 'Creator “First Creator”');
  const names = await page.evaluate(() => localStorage.getItem('roster.library'));
  assert.match(names, /Spring launch/);
  assert.match(names, /Untitled plan \(copy\)/);
  assert.deepEqual(page.errors, []);
  await context.close();
});
