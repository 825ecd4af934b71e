// How fast the live ranges follow an edit in the real page (issue 25): a 1,000-creator plan is
// opened in headless Chromium (Debian's, as the browser tests run it), then creators are added
// with the mouse and the keyboard, as a planner would. For each edit it measures, from the click
// on Add, the time until the text for screen readers beside the canvas (#roster-ranges,
// ui/page_mirror.cpp) reads out the new plan's first net-reach range ("... so far ...") and its
// final one, and the page thread's frames meanwhile: the longest gap between two animation
// frames while the ranges are drawn (from the first estimate to the final ranges), beside the
// longest while the page rests, since under SwiftShader drawing a frame of a 1,000-creator plan
// takes 50 to 100 ms by itself. Medians over the edits, for each way of drawing:
//   page thread   no Web Workers (window.Worker removed): the draws run between frames
//   1 worker      the pool as the page sizes it on a 2-core machine
//   2 workers     the pool told of 3 cores (navigator.hardwareConcurrency), to see whether more helps
//
//   node tools/ranges_bench.mjs [SITE] [--edits N] [--creators N]     # SITE: build/wasm/site
//
// Needs the browser tests' packages (tests/e2e/node_modules, installed by tools/setup.sh).
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveSite } from './serve.mjs';
import { syntheticPlan } from './synthetic_plan.mjs';
import { click, landmark, nextFrames, selectAll } from '../tests/e2e/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'tests/e2e/package.json'));
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
let edits = 5, creators = 1000, site = join(root, 'build/wasm/site');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--edits') edits = Number(args[++i]);
  else if (args[i] === '--creators') creators = Number(args[++i]);
  else site = resolve(args[i]);
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
              '--disable-background-networking', '--disable-component-update', '--disable-sync',
              '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

// A field clicked, what it holds selected and typed over, each key held for a frame (no Enter:
// in the form to add a creator, Enter would add it before the click the benchmark times).
async function typeInto(page, id, text) {
  await click(page, id);
  await selectAll(page);
  await page.keyboard.type(text, { delay: 15 });
  await nextFrames(page);
}

const FINAL = /Net reach will likely be between [^\n]* simulated campaigns\)/;
const SO_FAR = /Net reach will likely be between [^\n]* so far/;

async function measure(browser, url, plan, mode) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(({ text, mode }) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('roster.plan', text);
      sessionStorage.setItem('seeded', '1');
    }
    if (mode === 'page') delete window.Worker;
    if (mode === 'two') Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 3 });
    // Every gap between two animation frames, with when it ended.
    window.benchGaps = [];
    let last = 0;
    const tick = (t) => {
      if (last) window.benchGaps.push([t, t - last]);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, { text: plan, mode });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.rosterReady === true, null, { timeout: 60_000 });
  await page.waitForFunction((source) => new RegExp(source).test(document.getElementById('roster-ranges').textContent),
                             FINAL.source, { timeout: 300_000 });
  if (mode !== 'page') {
    await page.waitForFunction(() => window.rosterDrawWorkers && window.rosterDrawWorkers.ready === window.rosterDrawWorkers.size,
                               null, { timeout: 60_000 });
  }
  const workers = await page.evaluate(() => window.rosterDrawWorkers ? window.rosterDrawWorkers.ready : 0);
  const rows = [];
  for (let e = 0; e < edits; e++) {
    const name = `Bench ${mode} ${e + 1}`;
    await typeInto(page, 'add-name', name);
    await typeInto(page, 'add-followers', String(40_000 + 1_000 * e));
    const p = await landmark(page, 'add-button');
    await page.mouse.move(p.x, p.y);
    await nextFrames(page);
    await page.mouse.down();
    await nextFrames(page);
    // The page at rest, just before the click: the longest gap of the last second.
    // From the click (the button acts on release), the ranges' changes, timed in the page.
    await page.evaluate(({ name, soFar, final }) => {
      const now = performance.now();
      const marks = window.benchMarks = { start: now, estimate: 0, final: 0,
        resting: Math.max(0, ...window.benchGaps.filter(([t]) => t > now - 1000).map(([, g]) => g)) };
      const look = () => {
        const text = document.getElementById('roster-ranges').textContent;
        const at = performance.now();
        if (!marks.estimate && new RegExp(soFar).test(text)) marks.estimate = at;
        if (marks.estimate && !marks.final && new RegExp(final).test(text) &&
            document.getElementById('roster-summary').textContent.includes(`Creator “${name}”`)) {
          marks.final = at;
          marks.draws = (/of ([\d,]+) simulated campaigns/.exec(text) || [])[1];
          window.benchObserver.disconnect();
        }
      };
      window.benchObserver = new MutationObserver(look);
      window.benchObserver.observe(document.getElementById('roster-ranges'), { childList: true, characterData: true, subtree: true });
    }, { name, soFar: SO_FAR.source, final: FINAL.source });
    await page.mouse.up();
    await page.waitForFunction(() => window.benchMarks.final > 0, null, { timeout: 300_000 });
    await nextFrames(page);
    const m = await page.evaluate(() => {
      const b = window.benchMarks;
      const during = window.benchGaps.filter(([t, g]) => t - g >= b.estimate && t <= b.final + 100).map(([, g]) => g);
      return { ...b, drawing: Math.max(0, ...during) };
    });
    rows.push({ estimate: m.estimate - m.start, final: m.final - m.start, drawing: m.drawing, resting: m.resting,
                draws: m.draws });
  }
  await context.close();
  if (errors.length) throw new Error(`${mode}: page errors: ${errors.join('; ')}`);
  return { workers, rows };
}

const median = (xs) => { const v = [...xs].sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
const server = await serveSite(site);
const url = `http://127.0.0.1:${server.address().port}/`;
const plan = syntheticPlan(creators);
console.log(`Ranges after an edit, ${creators} creators, ${edits} edits each (medians), headless Chromium:`);
for (const [mode, label] of [['page', 'page thread'], ['one', 'workers'], ['two', 'workers (3 cores claimed)']]) {
  const { workers, rows } = await measure(browser, url, plan, mode);
  const name = mode === 'page' ? label : `${label}, ${workers} ready`;
  console.log(`  ${name.padEnd(36)} first estimate ${median(rows.map((r) => r.estimate)).toFixed(0).padStart(5)} ms, ` +
              `final ${median(rows.map((r) => r.final)).toFixed(0).padStart(5)} ms; ` +
              `longest frame gap while drawing ${median(rows.map((r) => r.drawing)).toFixed(0).padStart(4)} ms, ` +
              `at rest ${median(rows.map((r) => r.resting)).toFixed(0).padStart(4)} ms ` +
              `(draws: ${rows.map((r) => r.draws).join(', ')})`);
}
await browser.close();
await new Promise((ok) => server.close(ok));
