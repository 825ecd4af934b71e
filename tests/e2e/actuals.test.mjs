// From forecast to actuals in the page (docs/ACTUALS.md, docs/CALIBRATION.md): a planner opens a
// campaign, locks its forecast, drops the Instagram export of the posts on the page, imports the
// matched rows in one step, reads the forecast against the actuals, calibrates from the finished
// campaign and takes the calibration back with Ctrl+Z.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, click, landmark, dropFile, screenshot, waitForSummary, waitForStatus, nextFrames, press,
} from './browser.mjs';
import { choose, copyOver, enterText, pageWithSavedPlan, testData, undo } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

// Whether the control `id` is drawn in the frame the page last published.
async function drawn(page, id) {
  return page.evaluate((i) => Boolean(window.rosterLandmarks && window.rosterLandmarks[i] &&
                                      window.rosterLandmarks[i].w > 0), id);
}

async function waitUntilGone(page, id) {
  await page.waitForFunction((i) => !(window.rosterLandmarks && window.rosterLandmarks[i] &&
                                      window.rosterLandmarks[i].w > 0), id, { timeout: 10_000 });
}

test('a locked forecast, an Instagram export dropped and imported, the comparison read, a calibration applied and undone', async () => {
  const { context, page } = await pageWithSavedPlan(env, testData('actuals/rentree-2026.roster.json'));
  await waitForSummary(page, 'Creator “Léa Lou”');
  assert.equal(await drawn(page, 'forecast-locked'), false, 'nothing is locked yet');

  // Plan > Lock forecast…: the dialog says what is kept; Lock is one edit.
  await choose(page, 'menu-plan', 'menu-lock');
  await landmark(page, 'lock-confirm');
  await nextFrames(page);
  await screenshot(page, 'actuals-lock-dialog.png');
  await click(page, 'lock-confirm');
  await landmark(page, 'forecast-locked');

  // The export dropped on the page: its preview, nothing imported yet.
  await dropFile(page, 'instagram-en.csv', testData('actuals/instagram-en.csv'), 'text/csv');
  await landmark(page, 'actuals-import-confirm');
  await nextFrames(page);
  await screenshot(page, 'actuals-import-preview.png');
  await click(page, 'actuals-import-confirm');
  await waitForStatus(page, 'Imported campaign results from the file “instagram-en.csv”');

  // The comparison opens; its table copies as cells, header first.
  await landmark(page, 'forecast-table');
  await nextFrames(page);
  await screenshot(page, 'actuals-forecast-against-actual.png');
  const rows = await copyOver(page, 'forecast-table');
  assert.deepEqual(rows[0].slice(0, 4), ['Group', 'Where', 'Figure', 'Actual'], rows[0].join(' | '));
  const lea = rows.find((r) => r[1] === 'Léa Lou' && r[2] === 'views');
  assert.ok(lea, rows.map((r) => r.join(' | ')).join('\n'));
  // Her two reels and her carousel: 12,450 + 9,310 + 6,020 views.
  assert.equal(Number(lea[3]), 27780, lea.join(' | '));
  assert.ok(Number(lea[5]) > 0 && Number(lea[6]) <= Number(lea[5]) && Number(lea[5]) <= Number(lea[7]), lea.join(' | '));
  assert.ok(['inside', 'outside'].includes(lea[8]), lea.join(' | '));
  assert.ok(rows.some((r) => r[0] === 'Total'), 'a total row');
  // Studio Nord and Ben Arcade have no actuals from this file.
  assert.ok(!rows.some((r) => r[1] === 'Ben Arcade' && r[3] !== ''), 'no actual invented for Ben Arcade');

  // View > Calibrate from past campaigns…: this finished campaign, applied in one step.
  await choose(page, 'menu-view', 'menu-calibrate');
  await landmark(page, 'calibration-apply');
  await nextFrames(page);
  await screenshot(page, 'actuals-calibration.png');
  await click(page, 'calibration-apply');
  await nextFrames(page);
  await choose(page, 'menu-view', 'menu-assumptions');
  // Opened, the note lists every value the calibration replaced.
  await click(page, 'assumptions-calibrated');
  await page.mouse.move(5, 300);
  await nextFrames(page);
  await screenshot(page, 'actuals-calibrated-assumptions.png');

  // Ctrl+Z takes the calibration back, and the actuals and the lock stay.
  await page.mouse.move(5, 300);
  await undo(page);
  await waitUntilGone(page, 'assumptions-calibrated');
  assert.equal(await drawn(page, 'forecast-locked'), true, 'the lock stays');
  await press(page, 'Escape');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a roster sheet is not taken for an analytics export, and a hostile export changes nothing', async () => {
  const { context, page } = await pageWithSavedPlan(env, testData('actuals/rentree-2026.roster.json'));
  await waitForSummary(page, 'Creator “Léa Lou”');
  // An export whose only row holds a negative count: previewed with the row refused, no Import.
  await dropFile(page, 'negative.csv', testData('actuals/instagram-negative.csv'), 'text/csv');
  await landmark(page, 'actuals-import-cancel');
  await nextFrames(page);
  await screenshot(page, 'actuals-import-refused.png');
  await click(page, 'actuals-import-confirm');  // disabled: nothing happens
  await click(page, 'actuals-import-cancel');
  await waitUntilGone(page, 'actuals-import-cancel');
  // A roster sheet opens the creators' import, not the actuals'.
  await dropFile(page, 'roster.csv', testData('actuals/roster-not-an-export.csv'), 'text/csv');
  await landmark(page, 'import-confirm');
  assert.equal(await drawn(page, 'actuals-import-confirm'), false);
  await click(page, 'import-cancel');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('views and a date typed in the creator panel\'s Actuals tab are undoable edits, compared with the locked forecast', async () => {
  const { context, page } = await pageWithSavedPlan(env, testData('actuals/rentree-2026.roster.json'));
  await waitForSummary(page, 'Creator “Ben Arcade”');
  await choose(page, 'menu-plan', 'menu-lock');
  await click(page, 'lock-confirm');
  await landmark(page, 'forecast-locked');

  // Ben Arcade's first TikTok video, as the planner reads it off the app.
  await click(page, 'row-3');
  await click(page, 'creator-tab-actuals');
  await enterText(page, 'actuals-figure-views', '184200');
  await enterText(page, 'actuals-date', '2026-03-15');
  await page.mouse.move(5, 300);
  await nextFrames(page);
  await screenshot(page, 'actuals-typed.png');
  await choose(page, 'menu-view', 'menu-forecast');
  let rows = await copyOver(page, 'forecast-table');
  const ben = rows.find((r) => r[1] === 'Ben Arcade' && r[2] === 'views');
  assert.ok(ben, rows.map((r) => r.join(' | ')).join('\n'));
  assert.equal(Number(ben[3]), 184200, ben.join(' | '));
  assert.equal(ben[4], '', 'typed, not an estimate');

  // The date was its own edit: one undo takes it back and leaves the views typed before it.
  await page.mouse.move(5, 300);
  await undo(page);
  await nextFrames(page);
  // Plan > Copy table as cells > Forecast against actual: the same table, from the menu.
  await page.evaluate(() => { window.rosterCopied = undefined; });
  await choose(page, 'menu-plan', 'menu-copy', 'menu-copy-actuals');
  await page.waitForFunction(() => typeof window.rosterCopied === 'string', null, { timeout: 10_000 });
  rows = (await page.evaluate(() => window.rosterCopied)).split(/\r?\n/).filter((r) => r.length > 0)
    .map((r) => r.split('\t'));
  const after = rows.find((r) => r[1] === 'Ben Arcade' && r[2] === 'views');
  assert.ok(after, rows.map((r) => r.join(' | ')).join('\n'));
  assert.equal(Number(after[3]), 184200, after.join(' | '));
  await choose(page, 'menu-plan');
  await nextFrames(page);
  await screenshot(page, 'actuals-date-undone.png');
  await press(page, 'Escape');
  assert.deepEqual(page.errors, []);
  await context.close();
});
