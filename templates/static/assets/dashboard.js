// Progressive enhancement for dashboard tables: sorting by column and filtering by status
// and text. Without JavaScript the table is complete and readable as it is.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    var sort = cell.getAttribute("data-sort");
    return sort !== null ? sort : cell.textContent.trim().toLowerCase();
  }

  function compare(a, b) {
    var na = parseFloat(a), nb = parseFloat(b);
    if (!isNaN(na) && !isNaN(nb) && String(na) === a && String(nb) === b) return na - nb;
    return a.localeCompare(b, document.documentElement.lang || "es");
  }

  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var result = compare(cellValue(r1, index), cellValue(r2, index));
          return ascending ? result : -result;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function makeFilterable(table) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var statuses = {};
    rows.forEach(function (r) { statuses[r.dataset.status] = r.dataset.statusLabel; });

    var form = document.createElement("form");
    form.className = "table-filter";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", table.dataset.filterLabel);

    var statusLabel = document.createElement("label");
    statusLabel.textContent = table.dataset.statusLabel;
    var select = document.createElement("select");
    var all = document.createElement("option");
    all.value = "";
    all.textContent = table.dataset.allLabel;
    select.appendChild(all);
    Object.keys(statuses).sort().forEach(function (key) {
      var option = document.createElement("option");
      option.value = key;
      option.textContent = statuses[key];
      select.appendChild(option);
    });
    statusLabel.appendChild(select);

    var textLabel = document.createElement("label");
    textLabel.textContent = table.dataset.textLabel;
    var input = document.createElement("input");
    input.type = "search";
    textLabel.appendChild(input);

    var count = document.createElement("p");
    count.setAttribute("aria-live", "polite");

    form.appendChild(statusLabel);
    form.appendChild(textLabel);
    form.appendChild(count);
    form.addEventListener("submit", function (e) { e.preventDefault(); });

    function apply() {
      var status = select.value;
      var text = input.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (r) {
        var visible = (!status || r.dataset.status === status)
          && (!text || r.textContent.toLowerCase().indexOf(text) >= 0);
        r.hidden = !visible;
        if (visible) shown++;
      });
      count.textContent = shown + " " + table.dataset.shownLabel;
    }
    select.addEventListener("change", apply);
    input.addEventListener("input", apply);
    apply();
    var region = table.closest(".table-scroll") || table;
    region.parentNode.insertBefore(form, region);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("table[data-sortable]").forEach(function (table) {
      makeSortable(table);
      makeFilterable(table);
    });
  });
})();
