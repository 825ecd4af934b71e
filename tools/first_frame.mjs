// How long the built page takes to draw its first frame in headless Chromium (Debian's, as the
// browser tests run it), from the start of navigation to the app's call of rosterFirstFrame, each
// load in a fresh browser context (nothing cached, no service worker yet).
//
//   node tools/first_frame.mjs [SITE ...] [--runs N]      # SITE defaults to build/wasm/site
//
// Several sites are measured in turn, run by run, so that a busy machine slows them alike.
// Needs the browser tests' packages (tests/e2e/node_modules, installed by tools/setup.sh).
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveSite } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'tests/e2e/package.json'));
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
let runs = 7;
const sites = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else sites.push(resolve(args[i]));
}
if (!sites.length) sites.push(join(root, 'build/wasm/site'));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync',
         '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const servers = await Promise.all(sites.map((s) => serveSite(s)));
const times = sites.map(() => []);
for (let run = 0; run < runs; run++) {
  for (let s = 0; s < sites.length; s++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    // Records the moment the app calls rosterFirstFrame, whatever the loader does around it.
    await context.addInitScript(() => {
      let hook;
      Object.defineProperty(window, 'rosterFirstFrame', {
        configurable: true,
        get: () => hook,
        set: (f) => { hook = function () { window.measuredFirstFrame = performance.now(); return f.apply(this, arguments); }; },
      });
    });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${servers[s].address().port}/`);
    await page.waitForFunction(() => window.measuredFirstFrame !== undefined, null, { timeout: 60_000 });
    times[s].push(await page.evaluate(() => window.measuredFirstFrame));
    await context.close();
  }
}
await browser.close();
await Promise.all(servers.map((server) => new Promise((ok) => server.close(ok))));

const median = (xs) => { const v = [...xs].sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
sites.forEach((site, s) => {
  const t = times[s];
  console.log(`${site}: first frame after ${median(t).toFixed(0)} ms (median of ${t.length}; ` +
              `min ${Math.min(...t).toFixed(0)}, max ${Math.max(...t).toFixed(0)})`);
});
