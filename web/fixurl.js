// fixurl.js repairs a stray "%" in the address's fragment before go-app
// reads the address: Go's url.Parse rejects "#text=100%" and go-app would
// stop with a blank page. It is deferred like app.js and runs just after it,
// long before the wasm is fetched and reads the address, and again when the
// user edits the fragment by hand.
(function () {
  "use strict";
  function repair() {
    var hash = location.hash;
    var fixed = hash.replace(/%(?![0-9A-Fa-f]{2})/g, "%25");
    if (fixed !== hash) {
      history.replaceState(history.state, "", location.pathname + location.search + fixed);
    }
  }
  repair();
  window.addEventListener("popstate", repair);
})();
