// An analysis worker: draws blocks of the live ranges' Monte-Carlo draws for the page
// (app/host/draw_workers_web.cpp). It runs the page's own roster.js and roster.wasm, which the
// browser already holds, without running main(): no window, no SDL, only the engine's entry
// points (app/host/analysis_worker.cpp).
//
// Messages in: {type: 'job', job, plan, seedHigh, seedLow, sampling, draws, hasNet, gross, net,
// ceiling} then {type: 'draw', job, first, count}. Messages out: {type: 'ready'} once loaded,
// {type: 'drawn', job, first, count, samples} for each draw (every figure's draws one after the
// other, a Float64Array handed over without a copy), and {type: 'failed', why} when it cannot go
// on, after which the page draws on its own thread.
'use strict';

var loaded = false;
var waiting = [];

function failed(why) {
  postMessage({ type: 'failed', why: String(why) });
}

// Text into the module's memory through malloc: a 1,000-creator plan file is larger than the
// stack that ccall's strings would use.
function withText(text, use) {
  var size = Module.lengthBytesUTF8(text) + 1;
  var at = Module._malloc(size);
  if (!at) throw new Error('out of memory');
  try {
    Module.stringToUTF8(text, at, size);
    return use(at, size - 1);
  } finally {
    Module._free(at);
  }
}

function handle(m) {
  if (m.type === 'job') {
    var refused = withText(m.plan, function (at, length) {
      return Module._roster_worker_job(at, length, m.seedHigh, m.seedLow, m.sampling, m.draws, m.hasNet,
                                       m.gross, m.net, m.ceiling);
    });
    if (refused) failed('the plan file did not load');
  } else if (m.type === 'draw') {
    var at = Module._roster_worker_draws(m.first, m.count);
    if (!at) { failed('no job'); return; }
    var count = Module._roster_worker_drawn();
    var figures = Module.HEAPF64.slice(at >> 3, (at >> 3) + Module._roster_worker_figures());
    postMessage({ type: 'drawn', job: m.job, first: m.first, count: count, samples: figures }, [figures.buffer]);
  }
}

self.onmessage = function (event) {
  if (!loaded) { waiting.push(event.data); return; }
  try { handle(event.data); } catch (e) { failed(e && e.message || e); }
};

var Module = {
  noInitialRun: true,
  print: function () {},
  printErr: function () {},
  onAbort: function (what) { failed(what); },
  onRuntimeInitialized: function () {
    loaded = true;
    postMessage({ type: 'ready' });
    try { waiting.forEach(handle); } catch (e) { failed(e && e.message || e); }
    waiting = [];
  }
};

try {
  importScripts('roster.js');
} catch (e) {
  failed(e && e.message || e);
}
