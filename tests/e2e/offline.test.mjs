// Offline after one visit: the service worker keeps the site, a new deployment waits for the
// planner's click, the deployment or the planner can retire the worker, and a plan file opened
// with the installed app goes the way of a dropped one. Each test serves its own copy of the
// built site (on a port of its own), so it can stop the server or change a file under the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveSite } from '../../tools/serve.mjs';
import { startBrowser, openPage, siteDir, summary, waitForApp, waitForSummary, screenshot,
         distinctColours } from './browser.mjs';
import { addCreator, testData, viewport } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

// A copy of the built site in a temporary folder, served on loopback on a free port.
async function servedCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'roster-offline-'));
  cpSync(siteDir, dir, { recursive: true });
  const server = await serveSite(dir);
  // Every file sent in full (status 200), in order: the worker's first install must not fetch
  // again what the page has just loaded (the server answers its checks with 304).
  const sent = [];
  server.on('request', (req, res) => res.on('finish', () => {
    if (res.statusCode === 200) sent.push(new URL(req.url, 'http://x').pathname);
  }));
  return {
    dir,
    sent,
    url: `http://127.0.0.1:${server.address().port}/`,
    async stop() {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    },
    async remove() {
      await this.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null,
                                                   null, { timeout: 30_000 });
const cacheNames = (page) => page.evaluate(() => caches.keys());
const workerVersion = (dir) => /var VERSION = '([^']+)'/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))[1];

// A new deployment of the same site: the worker's file changes, as the build's hash does.
function deployNewVersion(dir, version) {
  const file = join(dir, 'sw.js');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/var VERSION = '[^']+'/, `var VERSION = '${version}'`));
}

test('after one visit the planner works with no network: the page reloads and a plan can be edited', async () => {
  const site = await servedCopy();
  const context = await env.browser.newContext({ viewport });
  try {
    const page = await openPage(context, site.url);
    await controlled(page);
    assert.deepEqual(await cacheNames(page), [`roster-${workerVersion(site.dir)}`]);
    assert.equal(site.sent.filter((p) => p === '/roster.wasm').length, 1, `sent: ${site.sent.join(' ')}`);

    // No network, and nothing left to answer: the browser's offline mode and the server stopped.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions',
                   { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await site.stop();

    await page.reload();
    await waitForApp(page);
    const shot = await screenshot(page, 'offline-reloaded.png');
    assert.ok(await distinctColours(page, shot) > 50, 'the workspace is drawn offline');

    await addCreator(page, 'Offline Olive', { followers: 42000 });
    assert.match(await summary(page), /Creator “Offline Olive”/);
    await screenshot(page, 'offline-edited.png');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await site.remove();
  }
});

test('a new deployment waits for the planner: the banner offers to reload, the plan is kept, the old cache goes', async () => {
  const site = await servedCopy();
  const context = await env.browser.newContext({ viewport });
  try {
    const page = await openPage(context, site.url);
    await controlled(page);
    const first = workerVersion(site.dir);
    await addCreator(page, 'Kept Kim', { followers: 12000 });
    assert.equal(await page.isVisible('#update'), false);

    deployNewVersion(site.dir, 'next-deployment');
    await page.evaluate(() => window.rosterWorker.update());
    await page.waitForSelector('#update', { state: 'visible', timeout: 30_000 });
    assert.match(await page.textContent('#update'), /A new version of Roster is ready\s+—\s+Reload/);
    // Installed beside the old one, which still serves the page until the planner clicks.
    assert.deepEqual((await cacheNames(page)).sort(), [`roster-${first}`, 'roster-next-deployment'].sort());
    await screenshot(page, 'update-ready.png');

    await Promise.all([page.waitForEvent('load'), page.click('#update-reload')]);
    await waitForApp(page);
    await waitForSummary(page, 'Creator “Kept Kim”');
    assert.deepEqual(await cacheNames(page), ['roster-next-deployment']);
    assert.equal(await page.isVisible('#update'), false);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await site.remove();
  }
});

test('the update banner speaks French when the planner chose French', async () => {
  const site = await servedCopy();
  const context = await env.browser.newContext({ viewport });
  await context.addInitScript(() => localStorage.setItem('roster.language', 'fr'));
  try {
    const page = await openPage(context, site.url);
    await controlled(page);
    deployNewVersion(site.dir, 'version-suivante');
    await page.evaluate(() => window.rosterWorker.update());
    await page.waitForSelector('#update', { state: 'visible', timeout: 30_000 });
    assert.match(await page.textContent('#update'), /Une nouvelle version de Roster est prête\s+—\s+Recharger/);
    await screenshot(page, 'update-ready-fr.png');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await site.remove();
  }
});

test('a deployment retires the worker with a sw-retire file, and a planner with ?sw=off', async () => {
  const site = await servedCopy();
  const context = await env.browser.newContext({ viewport });
  const registrations = (page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  try {
    let page = await openPage(context, site.url);
    await controlled(page);

    // The deployment's kill switch: the next load finds it, and the page comes from the network.
    writeFileSync(join(site.dir, 'sw-retire'), 'retired\n');
    await page.reload();
    await page.waitForFunction(async () => navigator.serviceWorker.controller === null &&
                                           (await navigator.serviceWorker.getRegistrations()).length === 0 &&
                                           (await caches.keys()).length === 0, null, { timeout: 30_000 });
    await waitForApp(page);
    // While the file is there, the worker does not come back: the page registers it again, its
    // installation fails, and the registration goes (a worker that installed would stay).
    await page.reload();
    await waitForApp(page);
    await page.waitForTimeout(1500);
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length === 0,
                               null, { timeout: 20_000 });
    await page.reload();
    await waitForApp(page);
    // The registration made by this load fails to install while the file is there; until it has
    // failed, it may be the page's controller-to-be, so wait for it to go.
    await page.waitForFunction(async () => navigator.serviceWorker.controller === null &&
                                           (await navigator.serviceWorker.getRegistrations()).length === 0,
                               null, { timeout: 20_000 });

    // The file gone, the next visit installs it again; ?sw=off retires it in this browser.
    rmSync(join(site.dir, 'sw-retire'));
    await page.reload();
    await waitForApp(page);
    await controlled(page);
    await page.goto(site.url + '?sw=off');
    await page.waitForFunction(() => window.rosterWorkerRetired === true && navigator.serviceWorker.controller === null,
                               null, { timeout: 30_000 });
    await waitForApp(page);
    assert.equal(await registrations(page), 0);
    assert.deepEqual(await cacheNames(page), []);
    // ... and it stays off on the next visits, until ?sw=on.
    await page.goto(site.url);
    await waitForApp(page);
    await page.waitForTimeout(1500);
    assert.equal(await registrations(page), 0);
    await page.goto(site.url + '?sw=on');
    await waitForApp(page);
    await controlled(page);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await site.remove();
  }
});

test('a plan file opened with the installed app opens like a dropped one', async () => {
  const site = await servedCopy();
  const context = await env.browser.newContext({ viewport });
  // What Chromium does when the installed app is chosen to open a file: the launch queue hands
  // the page a file handle (here before the app has even started).
  await context.addInitScript((text) => {
    Object.defineProperty(window, 'launchQueue', {
      value: {
        setConsumer(consumer) {
          const file = new File([text], 'client.roster.json', { type: 'application/json' });
          setTimeout(() => consumer({ files: [{ kind: 'file', name: file.name, getFile: async () => file }] }), 0);
        },
      },
    });
  }, testData('plan-format-4.roster.json'));
  try {
    const page = await openPage(context, site.url);
    await waitForSummary(page, 'Creator “Léa "Lou" Martin”');
    await screenshot(page, 'launched-file-opened.png');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await site.remove();
  }
});
