// Excel workbooks in the browser (docs/SPREADSHEETS.md, "Workbooks in the browser"): the page
// loads the workbook module only when a workbook is opened or written; a French workbook saved
// by LibreOffice dropped on the page imports with the right creators and numbers; the report
// workbook exported from the menu is a real .xlsx, which dropped back offers its sheets to
// choose from; hostile workbooks are refused with a message and the plan stays as it was.
import { readFileSync } from 'node:fs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import {
  startBrowser, openPage, click, landmark, screenshot, summary, waitForSummary, waitForStatus, nextFrames,
} from './browser.mjs';
import { choose, openExample, viewport } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const workbook = (name) => readFileSync(new URL(`../data/workbooks/${name}`, import.meta.url));

// A file of any bytes dropped on the page, as a planner drops it from the desktop.
async function dropBytes(page, name, bytes, type) {
  const transfer = await page.evaluateHandle(([n, b64, k]) => {
    const binary = atob(b64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
    const d = new DataTransfer();
    d.items.add(new File([data], n, { type: k }));
    return d;
  }, [name, Buffer.from(bytes).toString('base64'), type]);
  await page.dispatchEvent('#canvas', 'drop', { dataTransfer: transfer });
}

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The parts of a zip file by name, read from its central directory (what a .xlsx is), inflated.
function zipParts(buffer) {
  const parts = new Map();
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, 'a zip file ends with its directory');
  let at = buffer.readUInt32LE(end + 16);
  const count = buffer.readUInt16LE(end + 10);
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50);
    const method = buffer.readUInt16LE(at + 10), packed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28), extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32), local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + packed);
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return parts;
}

test('the workbook module is loaded only when a workbook is opened', async () => {
  const context = await env.browser.newContext({ viewport });
  const requested = [];
  // What the page asks for: the service worker precaches every file of the site after the first
  // frame (the workbook module too, for offline use), which is not the page waiting for it.
  context.on('request', (r) => { if (!r.serviceWorker()) requested.push(new URL(r.url()).pathname); });
  const page = await openPage(context, env.url);
  await nextFrames(page);
  assert.ok(requested.some((p) => p.endsWith('/roster.wasm')), requested.join(' '));
  assert.ok(!requested.some((p) => p.includes('roster_workbook')), 'no workbook code with the page: ' + requested.join(' '));
  await dropBytes(page, 'french-roster.xlsx', workbook('french-roster.xlsx'), xlsx);
  await landmark(page, 'import-confirm');
  assert.ok(requested.some((p) => p.endsWith('/roster_workbook.wasm')), requested.join(' '));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a French workbook saved by LibreOffice, dropped on the page, imports with the right creators and numbers', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await dropBytes(page, 'french-roster.xlsx', workbook('french-roster.xlsx'), xlsx);
  await landmark(page, 'import-confirm');
  await nextFrames(page);
  await screenshot(page, 'workbook-preview.png');
  assert.ok(!(await summary(page)).includes('Léa Martin'), 'nothing imported before the planner confirms');
  await click(page, 'import-confirm');
  await waitForSummary(page, 'Creator “Léa Martin”');
  const after = await summary(page);
  for (const name of ['Chloé Dubois', 'Jérôme Lefèvre', 'Élodie Nguyễn'])
    assert.ok(after.includes(`Creator “${name}”`), `${name} in ${after}`);
  // The numbers as LibreOffice stored them: 48,200 followers, 3 posts at 1,200.50 each.
  assert.match(after, /Creator “Léa Martin”: Instagram, Micro, 48,200 followers, 3 posts for €3,601\.50 in fees/, after);
  assert.match(after, /Creator “Chloé Dubois”: TikTok, Mega, 1,250,000 followers, 2 posts for €5,000\.00/, after);
  await waitForStatus(page, 'french-roster.xlsx');
  await screenshot(page, 'workbook-imported.png');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the report workbook downloads as a real .xlsx and, dropped back, offers its sheets to choose from', async () => {
  const context = await env.browser.newContext({ viewport, acceptDownloads: true });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-micro-vs-macro', 'Micro');
  const creators = [...(await summary(page)).matchAll(/Creator “([^”]+)”/g)].map((m) => m[1]);
  assert.ok(creators.length > 3, 'the example has creators');
  const downloading = page.waitForEvent('download');
  await choose(page, 'menu-plan', 'menu-export-workbook');
  const download = await downloading;
  assert.match(download.suggestedFilename(), / - report\.xlsx$/);
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  const parts = zipParts(bytes);
  const book = parts.get('xl/workbook.xml');
  for (const sheet of ['Report', 'Creators', 'Scenarios', 'Frequency', 'Build-up', 'Assumptions'])
    assert.ok(book.includes(`name="${sheet}"`), `sheet ${sheet} in ${book}`);
  assert.ok(parts.get('xl/styles.xml').includes('0.00%'), 'percentages have their format');
  assert.ok(parts.get('xl/worksheets/sheet2.xml').includes('state="frozen"'), 'the header row is frozen');
  await waitForStatus(page, download.suggestedFilename());

  // Into a new plan: the cover comes first, the planner picks the Creators sheet.
  await choose(page, 'menu-plan', 'menu-new');
  await waitForStatus(page, 'new plan');
  await dropBytes(page, download.suggestedFilename(), bytes, xlsx);
  await click(page, 'import-sheet');
  await screenshot(page, 'workbook-sheet-choice.png');
  await click(page, 'import-sheet-1');
  await landmark(page, 'import-confirm');
  await nextFrames(page);
  await screenshot(page, 'workbook-creators-sheet.png');
  await click(page, 'import-confirm');
  await waitForSummary(page, `Creator “${creators[0]}”`);
  const after = await summary(page);
  for (const name of creators) assert.ok(after.includes(`Creator “${name}”`), `${name} back from the workbook`);
  assert.ok(!after.includes('Creator “Total”'), 'the total row is not a creator');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('hostile workbooks are refused with a message and the plan stays as it was', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-micro-vs-macro', 'Micro');
  const before = await summary(page);
  for (const name of ['zip-bomb.xlsx', 'renamed-csv.xlsx', 'dot-dot.xlsx', 'billion-laughs.xlsx']) {
    await dropBytes(page, name, workbook(`hostile/${name}`), xlsx);
    await waitForStatus(page, `“${name}”`);
    const said = await page.locator('#roster-status').textContent();
    assert.match(said, /Could not read the file “[^”]+” as a spreadsheet/, said);
    if (name === 'zip-bomb.xlsx') await screenshot(page, 'workbook-zip-bomb.png');
    assert.equal(await summary(page), before, `${name} changed nothing`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});
