// The dashboard refreshes its table every 10 seconds without reloading the page, and the
// day picker opens the chosen day. Served as a file: the Content-Security-Policy allows no
// inline script.
(function () {
  'use strict';

  var day = document.getElementById('day');
  if (day) {
    day.addEventListener('change', function () { day.form.submit(); });
  }

  function refresh() {
    var live = document.getElementById('live');
    if (!live) {
      return;
    }
    var url = '/dashboard/live?day=' + encodeURIComponent(live.getAttribute('data-day'));
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok || response.redirected) {
          // signed out (the session ended): the page says how to sign in again
          window.location.reload();
          return null;
        }
        return response.text();
      })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live');
        if (fresh) {
          live.replaceWith(document.importNode(fresh, true));
        }
      }, function () { /* offline for a moment: the next refresh tries again */ });
  }

  setInterval(refresh, 10000);
})();
