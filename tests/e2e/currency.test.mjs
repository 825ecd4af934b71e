// Money in its currency (issues 18 and 26): the campaign's currency is chosen from the ISO 4217
// list by code or name, a code that is not one is not taken, and a change of currency asks
// whether the planner's own amounts are converted at the dated rate or kept as numbers, in one
// undo step. Driven with the mouse and the keys; read back from the summary for screen readers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openPage, click, landmark, nextFrames, press, screenshot, summary, waitForStatus } from './browser.mjs';
import { choose, openExample, undo, viewport } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

const example = 'Workshop — same budget, micro-heavy or macro-heavy';

// The open scenario's total cost as the summary writes it (symbol and digits).
async function totalCost(page) {
  const text = await summary(page);
  const m = text.match(/, total cost ([^,]+(?:,\d{3})*(?:\.\d+)?)/);
  assert.ok(m, text.slice(0, 300));
  return m[1];
}

async function openCurrencyList(page) {
  await click(page, 'campaign-currency');
  await nextFrames(page);
}

test('a currency that is not ISO 4217 is not taken, and JPY converts the typed amounts in one undo step', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-micro-vs-macro', example);
  const inEuros = await totalCost(page);
  assert.match(inEuros, /^€48,660/);
  await choose(page, 'menu-view', 'menu-assumptions');

  // "XYZ" matches nothing: the list says so and Enter leaves the plan in euros.
  await openCurrencyList(page);
  await page.keyboard.type('XYZ', { delay: 15 });
  await press(page, 'Enter');
  await nextFrames(page);
  await screenshot(page, 'currency-no-match.png');
  await press(page, 'Escape');
  await nextFrames(page);
  assert.equal(await totalCost(page), inEuros);

  // The yen, found by its code: the plan has fees, so Roster asks what to do with them.
  await openCurrencyList(page);
  await page.keyboard.type('JPY', { delay: 15 });
  await press(page, 'Enter');
  await landmark(page, 'currency-convert');
  await screenshot(page, 'currency-ask.png');
  await click(page, 'currency-convert');
  await waitForStatus(page, 'Currency changed from EUR to JPY');
  const inYen = await totalCost(page);
  assert.match(inYen, /^¥[\d,]+$/, 'yen have no decimals');
  const yen = Number(inYen.replace(/[¥,]/g, ''));
  assert.ok(yen > 100 * 48_660 && yen < 300 * 48_660, `€48,660 at the dated rate is millions of yen, not ${inYen}`);

  // One undo puts the euros back, amounts and all.
  await undo(page);
  await page.waitForFunction(() => /, total cost €48,660/.test(document.getElementById('roster-summary').textContent));
  assert.equal(await totalCost(page), inEuros);

  // Keeping the numbers relabels them: 48,660 stays 48,660, now in yen.
  await openCurrencyList(page);
  await page.keyboard.type('JPY', { delay: 15 });
  await press(page, 'Enter');
  await click(page, 'currency-keep');
  await page.waitForFunction(() => /, total cost ¥/.test(document.getElementById('roster-summary').textContent));
  assert.equal(await totalCost(page), '¥48,660');
  assert.deepEqual(page.errors, []);
  await context.close();
});
