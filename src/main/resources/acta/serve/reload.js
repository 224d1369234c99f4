// acta serve: reload after each rebuild; show the errors of a failed build over the page.
(function () {
  "use strict";
  var seen = null;
  function overlay(text) {
    var box = document.getElementById("acta-errors");
    if (!text) {
      if (box) box.remove();
      return;
    }
    if (!box) {
      box = document.createElement("pre");
      box.id = "acta-errors";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;" +
        "margin:0;padding:1rem;background:#3b0d0d;color:#fff;font:14px/1.4 monospace;z-index:9999";
      document.body.appendChild(box);
    }
    // The server says what the box is, in the editor's language, before the errors.
    box.textContent = text;
  }
  function poll() {
    fetch("/__acta/status", { cache: "no-store" }).then(function (r) { return r.json(); })
      .then(function (s) {
        if (seen !== null && s.build !== seen && !s.errors) location.reload();
        seen = s.build;
        overlay(s.errors);
      }).catch(function () {}).finally(function () { setTimeout(poll, 700); });
  }
  poll();
})();
