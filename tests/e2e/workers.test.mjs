// The ranges drawn in Web Workers (issue 25): the page's own roster.js and roster.wasm run in the
// workers and draw the Monte-Carlo blocks; the ranges a planner reads are those the page draws
// alone, and when workers are missing, cannot load, or fail in the middle of a run, the page's
// own thread draws them instead. The ranges are read where a screen reader reads them, beside the
// canvas (#roster-ranges, which says when they are final; the plan's summary names its creators).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openPage, screenshot, distinctColours } from './browser.mjs';
import { addCreator, viewport } from './planner.mjs';
import { syntheticPlan } from '../../tools/synthetic_plan.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

const FINAL = /Net reach will likely be between ([\d,]+) and ([\d,]+) people \(10th to 90th percentile of ([\d,]+) simulated campaigns\)/;
const plan = syntheticPlan(120);

// The final ranges' sentence once the page shows it.
const ranges = (page) => page.locator('#roster-ranges').textContent();
async function finalRanges(page) {
  await page.waitForFunction((source) => new RegExp(source).test(document.getElementById('roster-ranges').textContent),
                             FINAL.source, { timeout: 60_000 });
  return FINAL.exec(await ranges(page))[0];
}

// A page with the plan saved in its storage; `setUp` (with `arg`) runs before the page's scripts,
// and `prepare` is given the context first (to change what the server sends).
async function open(setUp, arg, prepare) {
  const context = await env.browser.newContext({ viewport });
  await context.addInitScript((t) => { localStorage.setItem('roster.plan', t); }, plan);
  if (setUp) await context.addInitScript(setUp, arg);
  if (prepare) await prepare(context);
  return { context, page: await openPage(context, env.url) };
}

// The ranges the page's own thread draws, with no workers at all: of the saved plan, and once a
// creator is added.
let alone, aloneEdited;

// Adds a creator with the mouse and keys and returns the final ranges of the plan with it.
async function addNadia(page) {
  await addCreator(page, 'Nadia', { followers: 52000 });
  await page.waitForFunction((source) => document.getElementById('roster-summary').textContent.includes('Creator “Nadia”') &&
                                         new RegExp(source).test(document.getElementById('roster-ranges').textContent),
                             FINAL.source, { timeout: 60_000 });
  return FINAL.exec(await ranges(page))[0];
}
test('Without Web Workers the page draws the ranges itself, between frames', async () => {
  const { context, page } = await open(() => { delete window.Worker; });
  alone = await finalRanges(page);
  assert.equal(await page.evaluate(() => window.rosterDrawWorkers), undefined);
  // An edit: the new plan's ranges follow, final once more.
  aloneEdited = await addNadia(page);
  assert.notEqual(aloneEdited, alone);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Workers draw the ranges, and the planner reads the same ranges as without them', async () => {
  const { context, page } = await open();
  // The saved plan's ranges (drawn partly on the page while the workers loaded).
  assert.equal(await finalRanges(page), alone);
  await page.waitForFunction(() => window.rosterDrawWorkers && window.rosterDrawWorkers.ready >= 1, null,
                             { timeout: 30_000 });
  // An edit's whole run in the workers.
  const before = await page.evaluate(() => window.rosterDrawWorkers.blocks);
  assert.equal(await addNadia(page), aloneEdited);
  const pool = await page.evaluate(() => ({ blocks: window.rosterDrawWorkers.blocks, failed: window.rosterDrawWorkers.failed,
                                            size: window.rosterDrawWorkers.size }));
  assert.equal(pool.failed, false);
  assert.ok(pool.blocks > before + 4, `the workers drew the edit's blocks (${before} then ${pool.blocks})`);
  assert.ok(pool.size >= 1);
  const shot = await screenshot(page, 'workers-ranges.png');
  assert.ok(await distinctColours(page, shot) > 50);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('A worker script that cannot run leaves the page drawing the same ranges itself', async () => {
  // A deployment whose worker script is broken.
  const { context, page } = await open(null, null, (c) => c.route('**/analysis_worker.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("broken worker");' })));
  await page.waitForFunction(() => window.rosterDrawWorkers && window.rosterDrawWorkers.failed, null, { timeout: 30_000 });
  assert.equal(await finalRanges(page), alone);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('A worker that fails in the middle of a run leaves the page to finish the same ranges', async () => {
  // Loads the real worker, which draws its first blocks, then fails on the fifth request.
  const { context, page } = await open(null, null, (c) => c.route('**/analysis_worker.js', async (route) => {
    const real = await (await route.fetch()).text();
    const body = 'var roster_requests = 0;\n' + real.replace("} else if (m.type === 'draw') {",
      "} else if (m.type === 'draw') {\n    if (++roster_requests === 5) throw new Error('worker failed mid-run');");
    await route.fulfill({ status: 200, contentType: 'text/javascript', body });
  }));
  await page.waitForFunction(() => window.rosterDrawWorkers && window.rosterDrawWorkers.ready >= 1, null,
                             { timeout: 30_000 });
  // An edit, whose run starts in the workers.
  assert.equal(await addNadia(page), aloneEdited);
  assert.equal(await page.evaluate(() => window.rosterDrawWorkers.failed), true);
  assert.ok(await page.evaluate(() => window.rosterDrawWorkers.blocks) >= 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});
