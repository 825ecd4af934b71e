// Starts Roster: checks that the browser can run it, shows progress, then loads roster.js.
// A browser without WebAssembly or WebGL2 gets a plain message instead of a blank page.
(function () {
  'use strict';
  var loading = document.getElementById('loading');
  var status = document.getElementById('loading-status');

  // The page's own words follow the language the planner chose in the app (remembered in this
  // browser under roster.language); the app itself switches at once, this page at the next load.
  var french = false;
  try { french = window.localStorage.getItem('roster.language') === 'fr'; } catch (e) { /* storage off */ }
  function say(english, francais) { return french ? francais : english; }
  if (french) {
    var words = {
      'loading-text': 'Chargement de Roster…',
      'problem-title': 'Roster ne peut pas fonctionner ici',
      'share-link-title': 'Lien de partage',
      'share-link-help': 'Le navigateur n’a pas laissé Roster copier le lien. Il est sélectionné ci-dessous : ' +
                         'appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.',
      'share-link-close': 'Fermer',
      'update-text': 'Une nouvelle version de Roster est prête',
      'update-reload': 'Recharger'
    };
    Object.keys(words).forEach(function (id) {
      var element = document.getElementById(id);
      if (element) element.textContent = words[id];
    });
    document.documentElement.lang = 'fr';
    document.title = 'Roster — planificateur de campagnes d’influence';
    document.getElementById('canvas').setAttribute('aria-label', 'Espace de travail Roster');
  }

  function showProblem(text) {
    document.getElementById('problem-text').textContent = text;
    document.getElementById('problem').hidden = false;
    loading.style.display = 'none';
  }

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    showProblem(say('Roster needs WebAssembly, which this browser does not provide. ' +
                    'Please use a current version of Chrome, Edge, Firefox or Safari.',
                    'Roster a besoin de WebAssembly, que ce navigateur ne fournit pas. ' +
                    'Utilisez une version récente de Chrome, Edge, Firefox ou Safari.'));
    return;
  }
  // Roster's engine is compiled with WebAssembly SIMD (its overlap and Monte-Carlo loops run two
  // numbers at a time): a browser without it would fail to start the module with no explanation.
  // This is the smallest module using one SIMD instruction (i8x16.splat).
  var simdProbe = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0,
                                  10, 8, 1, 6, 0, 65, 0, 253, 15, 11]);
  if (typeof WebAssembly.validate !== 'function' || !WebAssembly.validate(simdProbe)) {
    showProblem(say('This browser is too old for Roster: its WebAssembly lacks SIMD, which Chrome and Edge ' +
                    'have had since version 91, Firefox since 89 and Safari since 16.4. ' +
                    'Please update it, or use a current version of Chrome, Edge, Firefox or Safari.',
                    'Ce navigateur est trop ancien pour Roster : son WebAssembly n’a pas le SIMD, présent dans ' +
                    'Chrome et Edge depuis la version 91, Firefox depuis la 89 et Safari depuis la 16.4. ' +
                    'Mettez-le à jour, ou utilisez une version récente de Chrome, Edge, Firefox ou Safari.'));
    return;
  }
  var probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) {
    showProblem(say('Roster draws with WebGL2, which this browser or its graphics settings do not provide. ' +
                    'Please use a current browser with hardware acceleration turned on.',
                    'Roster dessine avec WebGL2, que ce navigateur ou ses réglages graphiques ne fournissent pas. ' +
                    'Utilisez un navigateur récent avec l’accélération matérielle activée.'));
    return;
  }

  var canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', function (event) {
    event.preventDefault();
    showProblem(say('The graphics context was lost. Reload the page: your plan is saved in this browser.',
                    'Le contexte graphique a été perdu. Rechargez la page : votre plan est enregistré dans ce navigateur.'));
  });

  // Called by the app once its first frame is on screen. The time since the page started
  // loading is kept for tools/first_frame.mjs.
  var whenReady = [];
  window.rosterFirstFrame = function () {
    window.rosterFirstFrameMs = performance.now();
    document.body.classList.add('ready');
    window.rosterReady = true;
    canvas.focus();
    whenReady.splice(0).forEach(function (f) { f(); });
    startOffline();
  };
  function onceReady(f) { if (window.rosterReady) f(); else whenReady.push(f); }

  // A .json file opened with the installed app (the manifest's file_handlers) goes the way of a
  // file dropped on the page: the app's drop listener (host_web.cpp) reads it, so a plan opens,
  // or is refused, exactly as from the file picker.
  if ('launchQueue' in window && window.launchQueue && typeof window.launchQueue.setConsumer === 'function') {
    window.launchQueue.setConsumer(function (params) {
      if (!params || !params.files || !params.files.length) return;
      params.files[0].getFile().then(function (file) {
        onceReady(function () {
          var transfer = new DataTransfer();
          transfer.items.add(file);
          window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
        });
      }, function () {});
    });
  }

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    setStatus: function (text) { status.textContent = text || ''; },
    onAbort: function () {
      showProblem(say('Roster stopped unexpectedly. Reload the page: your last saved plan is kept in this browser.',
                      'Roster s’est arrêté de façon inattendue. Rechargez la page : votre dernier plan enregistré ' +
                      'est conservé dans ce navigateur.'));
    }
  };

  var script = document.createElement('script');
  script.src = 'roster.js';
  script.async = true;
  script.onerror = function () {
    showProblem(say('Roster could not be downloaded. Check the connection and reload the page.',
                    'Roster n’a pas pu être téléchargé. Vérifiez la connexion et rechargez la page.'));
  };
  document.body.appendChild(script);

  // Offline after one visit: the service worker (sw.js) keeps the site in the browser. It is
  // registered once the first frame is drawn, so it never competes with the app's own download.
  // `?sw=off` in the address retires it in this browser and keeps it off (remembered under
  // roster.worker) until a visit with `?sw=on` (README, "Deployment").
  function startOffline() {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    var workers = navigator.serviceWorker;
    var choice = /[?&]sw=(on|off)(&|$)/.exec(location.search);
    try {
      if (choice && choice[1] === 'on') window.localStorage.removeItem('roster.worker');
      if (choice && choice[1] === 'off') window.localStorage.setItem('roster.worker', 'off');
    } catch (e) { /* storage off: the address alone decides */ }
    var off = choice ? choice[1] === 'off' : false;
    try { off = off || window.localStorage.getItem('roster.worker') === 'off'; } catch (e) { /* as above */ }
    if (off) {
      var wasControlled = !!workers.controller;
      workers.getRegistrations().then(function (registrations) {
        return Promise.all(registrations.map(function (r) { return r.unregister(); }));
      }).then(function () {
        return window.caches ? caches.keys() : [];
      }).then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k.indexOf('roster-') === 0; })
                               .map(function (k) { return caches.delete(k); }));
      }).then(function () {
        window.rosterWorkerRetired = true;
        if (wasControlled) location.reload();  // this page came from the worker: fetch it anew
      }, function () {});
      return;
    }
    var banner = document.getElementById('update');
    var reloading = false;
    function offer(registration) {
      // A worker waiting while another controls the page is a new version, installed.
      if (!registration.waiting || !workers.controller) return;
      banner.hidden = false;
      document.getElementById('update-reload').onclick = function () {
        // The app saves the plan when the page hides (autosave), so reloading loses nothing.
        reloading = true;
        if (registration.waiting) registration.waiting.postMessage('skip-waiting');
        else location.reload();
      };
    }
    workers.addEventListener('controllerchange', function () {
      if (reloading) location.reload();
    });
    workers.register('sw.js', { scope: './', updateViaCache: 'none' }).then(function (registration) {
      window.rosterWorker = registration;
      offer(registration);
      registration.addEventListener('updatefound', function () {
        var installing = registration.installing;
        if (!installing) return;
        installing.addEventListener('statechange', function () {
          if (installing.state === 'installed') offer(registration);
        });
      });
    }, function (error) { console.warn('Roster works online only here: ' + error); });
  }
})();
