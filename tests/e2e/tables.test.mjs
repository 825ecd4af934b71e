// The keyboard as planners use it. Tables go to a spreadsheet the way planners copy anything:
// Ctrl+C with the mouse over a table or a chart puts its cells on the clipboard, tab-separated,
// header first, ready to paste into a sheet cell by cell (in a text field Ctrl+C still copies the
// field's text). F1 or "?" lists every shortcut.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openPage, click, landmark, nextFrames, press, screenshot, waitForStatus } from './browser.mjs';
import { copyOver, openExample, viewport } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

test('Ctrl+C over the results by creator and over the frequency chart copies each as cells', async () => {
  // A window tall enough for the frequency chart to be in view below the campaign strip and the
  // charts above it.
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-micro-vs-macro', 'Workshop — same budget, micro-heavy or macro-heavy');

  await click(page, 'tab-by-creator');
  const creators = await copyOver(page, 'creator-results');
  await waitForStatus(page, 'Copied the table');
  // A header row, then a row a creator (30 in the open scenario) and the plan's total; every row
  // as wide as the header, the P10 and P90 of each figure among the columns.
  assert.equal(creators[0][0], 'Name');
  assert.ok(creators.length >= 31, `rows: ${creators.length}`);
  assert.ok(creators.every((r) => r.length === creators[0].length), 'every row has every column');
  assert.ok(creators.some((r) => r[0] === 'Micro creator 01'));

  await click(page, 'tab-charts');
  const frequency = await copyOver(page, 'frequency-chart');
  // The header, then one row per frequency from 1 to 10+.
  assert.equal(frequency.length, 11, JSON.stringify(frequency));
  assert.ok(frequency.at(-1)[0].startsWith('10'), JSON.stringify(frequency.at(-1)));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('"?" outside a field, or F1, lists every keyboard shortcut, in French too', async () => {
  const context = await env.browser.newContext({ viewport });
  await context.addInitScript(() => localStorage.setItem('roster.language', 'fr'));
  const page = await openPage(context, env.url);
  await page.mouse.click(640, 600);  // on the page, outside any field
  await nextFrames(page);
  await page.keyboard.type('?');
  await landmark(page, 'shortcuts-list');
  await nextFrames(page);
  await screenshot(page, 'shortcuts-fr.png');
  await press(page, 'F1');
  await page.waitForFunction(() => !(window.rosterLandmarks['shortcuts-list']?.w > 0), null, { timeout: 10_000 });
  await press(page, 'F1');
  await landmark(page, 'shortcuts-list');
  assert.deepEqual(page.errors, []);
  await context.close();
});
