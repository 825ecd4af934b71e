// Starts Roster: checks that the browser can run it, shows progress, then loads roster.js.
// A browser without WebAssembly or WebGL2 gets a plain message instead of a blank page.
(function () {
  'use strict';
  var loading = document.getElementById('loading');
  var status = document.getElementById('loading-status');

  function showProblem(text) {
    document.getElementById('problem-text').textContent = text;
    document.getElementById('problem').hidden = false;
    loading.style.display = 'none';
  }

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    showProblem('Roster needs WebAssembly, which this browser does not provide. ' +
                'Please use a current version of Chrome, Edge, Firefox or Safari.');
    return;
  }
  var probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) {
    showProblem('Roster draws with WebGL2, which this browser or its graphics settings do not provide. ' +
                'Please use a current browser with hardware acceleration turned on.');
    return;
  }

  var canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', function (event) {
    event.preventDefault();
    showProblem('The graphics context was lost. Reload the page: your plan is saved in this browser.');
  });

  // Called by the app once its first frame is on screen.
  window.rosterFirstFrame = function () {
    document.body.classList.add('ready');
    window.rosterReady = true;
    canvas.focus();
  };

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    setStatus: function (text) { status.textContent = text || ''; },
    onAbort: function () {
      showProblem('Roster stopped unexpectedly. Reload the page: your last saved plan is kept in this browser.');
    }
  };

  var script = document.createElement('script');
  script.src = 'roster.js';
  script.async = true;
  script.onerror = function () {
    showProblem('Roster could not be downloaded. Check the connection and reload the page.');
  };
  document.body.appendChild(script);
})();
