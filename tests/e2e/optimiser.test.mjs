// The budget optimiser as a planner uses it: open it from the scenario bar, set a budget, propose,
// read the proposal, open it as a new scenario beside the planner's own (one undo takes it
// back), and draw the efficient frontier; a search can be cancelled. Screenshots:
// build/screenshots/optimiser-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, openPage, click, landmark, nextFrames, screenshot, summary, waitForSummary, waitForStatus,
} from './browser.mjs';
import { enterText, openExample, undo, viewport } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const example = 'Workshop — same budget, micro-heavy or macro-heavy';

// The open scenario's name and total cost, from the summary for screen readers.
async function openScenario(page) {
  const text = await summary(page);
  const m = text.match(/scenario “([^”]+)” \((\d+) of (\d+)\): (\d+) creators?, total cost €([\d,.]+)/);
  assert.ok(m, text.slice(0, 300));
  return { name: m[1], position: Number(m[2]), count: Number(m[3]), creators: Number(m[4]),
           cost: Number(m[5].replace(/,/g, '')) };
}

test('a proposal for a budget opens as a new scenario within the budget, and one undo takes it back', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-micro-vs-macro', example);
  const before = await openScenario(page);
  await click(page, 'scenario-optimise');
  await landmark(page, 'optimiser-run');
  await enterText(page, 'optimiser-budget', '20000');
  // One more way to book the first creator: as the plan books them, written as the planner's own.
  await click(page, 'optimiser-creators');
  await click(page, 'optimiser-booking-0');
  await click(page, 'booking-keep');
  await click(page, 'optimiser-creators');
  await click(page, 'optimiser-run');
  await landmark(page, 'optimiser-open');
  await nextFrames(page);
  await screenshot(page, 'optimiser-proposal.png');

  await click(page, 'optimiser-open');
  await waitForStatus(page, 'Opened the proposal as the scenario');
  const proposal = await openScenario(page);
  assert.equal(proposal.count, before.count + 1, 'one scenario more');
  assert.equal(proposal.position, proposal.count, 'the proposal is the last, and open');
  assert.ok(proposal.cost <= 20000, `the proposal costs ${proposal.cost}`);
  assert.ok(proposal.creators > 0 && proposal.creators < before.creators);

  await undo(page);
  await waitForSummary(page, `scenario “${before.name}” (${before.position} of ${before.count})`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a plan over its budget cap says so wherever its cost is shown', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-micro-vs-macro', example);
  await waitForSummary(page, 'Budget: €1,340.00 left of €50,000.');
  await click(page, 'menu-view');
  await click(page, 'menu-assumptions');
  await enterText(page, 'campaign-budget-cap', '30000');
  await waitForSummary(page, 'Budget: over the cap of €30,000 by €18,660.');
  await click(page, 'menu-view');
  await click(page, 'menu-assumptions');
  await landmark(page, 'result-budget');
  await landmark(page, 'roster-budget');
  await nextFrames(page);
  await screenshot(page, 'budget-over.png');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the efficient frontier is drawn with the plan as it is against it, in French too', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript(() => localStorage.setItem('roster.language', 'fr'));
  const page = await openPage(context, env.url);
  await openExample(page, 'example-micro-vs-macro', 'Atelier — même budget, surtout micro ou surtout macro');
  await click(page, 'scenario-optimise');
  const started = Date.now();
  await click(page, 'optimiser-frontier');
  await landmark(page, 'optimiser-progress');
  // Twenty budgets' searches, stepped between frames: the page answers all along.
  await page.waitForFunction(() => window.rosterLandmarks['optimiser-frontier-chart']?.w > 0, null, { timeout: 120_000 });
  console.log(`frontier of 30 creators drawn in ${Date.now() - started} ms`);
  await nextFrames(page);
  await screenshot(page, 'optimiser-frontier-fr.png');
  assert.deepEqual(page.errors, []);
  await context.close();
});
