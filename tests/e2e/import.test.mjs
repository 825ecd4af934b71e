// A shortlist from a spreadsheet: a French semicolon file dropped on the page, or cells pasted
// from a sheet, open the import preview; nothing changes until the planner confirms; the import
// is one undo step.
import { readFileSync } from 'node:fs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, openPage, click, landmark, paste, dropFile, screenshot, summary, waitForSummary, waitForStatus,
  nextFrames,
} from './browser.mjs';
import { choose, undo, viewport, waitForSummaryWithout } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

// As Excel saves a French sheet (semicolons, decimal commas, narrow spaces), in UTF-8 with a BOM,
// with a total row that is not a creator.
const frenchSheet = '\uFEFFNom;Réseau;Abonnés;Taux d\'engagement;Tarif;Publications\r\n' +
  'Léa Martin;Instagram;48\u202F200;3,1 %;1 200 €;3\r\n' +
  'Chloé Dubois;TikTok;1,2 M;5,4 %;2 500 €;2\r\n' +
  'Studio Nord;YouTube;310 000;2,0;2 000,50 €;1\r\n' +
  'Total;;;;5 700,50 €;6\r\n';

test('a French semicolon sheet dropped on the page is previewed, imported in one step and undone in one', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await dropFile(page, 'shortlist.csv', frenchSheet, 'text/csv');
  await landmark(page, 'import-confirm');
  await nextFrames(page);
  await screenshot(page, 'import-preview.png');
  // Nothing is in the plan until the planner confirms.
  assert.ok(!(await summary(page)).includes('Léa Martin'));
  await click(page, 'import-confirm');
  await waitForSummary(page, 'Creator “Léa Martin”');
  const after = await summary(page);
  assert.ok(after.includes('Creator “Chloé Dubois”') && after.includes('Creator “Studio Nord”'), after);
  assert.ok(!after.includes('Creator “Total”'), 'the total row is not a creator');
  await waitForStatus(page, 'Imported from the file “shortlist.csv”');
  await screenshot(page, 'import-done.png');
  await undo(page);
  await waitForSummaryWithout(page, 'Léa Martin');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('cells pasted from a spreadsheet open the preview; cancelling changes nothing', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await paste(page, 'Name\tPlatform\tFollowers\tFee\nAna Lima\tInstagram\t12400\t300\nBo Chen\tTikTok\t88000\t950\n');
  await landmark(page, 'import-cancel');
  await click(page, 'import-cancel');
  await nextFrames(page);
  assert.ok(!(await summary(page)).includes('Ana Lima'));
  await paste(page, 'Name\tPlatform\tFollowers\tFee\nAna Lima\tInstagram\t12400\t300\nBo Chen\tTikTok\t88000\t950\n');
  await click(page, 'import-confirm');
  await waitForSummary(page, 'Creator “Bo Chen”');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a table copied as cells pastes into a spreadsheet cell by cell, and exported as CSV in the language\'s conventions', async () => {
  const context = await env.browser.newContext({ viewport, acceptDownloads: true });
  await context.addInitScript(() => localStorage.setItem('roster.language', 'fr'));
  const page = await openPage(context, env.url);
  await dropFile(page, 'shortlist.csv', frenchSheet, 'text/csv');
  await click(page, 'import-confirm');
  await waitForSummary(page, 'Léa Martin');
  // Copied: tab-separated rows, one creator a row, French numbers with a decimal comma.
  await choose(page, 'menu-plan', 'menu-copy', 'menu-copy-creators');
  await page.waitForFunction(() => typeof window.rosterCopied === 'string');
  const copied = await page.evaluate(() => window.rosterCopied);
  const rows = copied.split(/\r?\n/).filter((r) => r.length > 0);
  // The header, one row a creator, and the plan's total.
  assert.equal(rows.length, 5, copied);
  assert.ok(rows.some((r) => r.split('\t')[0] === 'Léa Martin'), copied);
  assert.ok(rows.every((r) => r.split('\t').length === rows[0].split('\t').length), 'every row has every column');
  // Exported: a CSV file with a BOM and semicolons (French conventions).
  const downloading = page.waitForEvent('download');
  await choose(page, 'menu-plan', 'menu-export', 'menu-export-creators');
  const download = await downloading;
  assert.match(download.suggestedFilename(), /\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'UTF-8 with a BOM, so Excel shows accents');
  assert.ok(text.split(/\r?\n/)[1].includes(';'), text.slice(0, 200));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a column read wrongly is fixed in the preview before anything is imported', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  // "Colonne 4" is not a header Roster knows: the fee column is ignored until the planner says.
  const sheet = 'Name;Platform;Followers;Colonne 4\nAna Lima;Instagram;12400;300\n';
  await dropFile(page, 'fees.csv', sheet, 'text/csv');
  await landmark(page, 'import-confirm');
  await click(page, 'import-column-3');
  await screenshot(page, 'import-column-choice.png');
  await click(page, 'import-target-fee_per_post');
  await nextFrames(page);
  await click(page, 'import-confirm');
  await waitForSummary(page, 'Creator “Ana Lima”');
  assert.match(await summary(page), /Creator “Ana Lima”[^\n]*€300\.00/, 'the fee read from the fixed column');
  assert.deepEqual(page.errors, []);
  await context.close();
});
