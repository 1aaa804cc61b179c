// PolicyLint HTML report: filters by severity and rule. The page is complete without this script; it only moves the
// summary (written last, because the report streams) to the top, and shows and runs the filter form below it.
(function () {
  "use strict";
  var slot = document.getElementById("summary-slot");
  var summary = document.getElementById("summary");
  var filters = document.getElementById("filters");
  if (!slot || !summary || !filters) {
    return;
  }

  slot.appendChild(summary);
  slot.appendChild(filters);
  filters.hidden = false;
  var skip = document.querySelector(".skip-link");
  if (skip) {
    skip.textContent = "Skip to the findings";
    skip.setAttribute("href", "#documents");
  }

  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".finding-group"));
  var status = document.getElementById("filter-status");

  function checkedValues(name) {
    var set = {};
    var boxes = filters.querySelectorAll("input[name='" + name + "']");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].checked) {
        set[boxes[i].value] = true;
      }
    }
    return set;
  }

  function apply() {
    var severities = checkedValues("severity");
    var rules = checkedValues("rule");
    var shown = 0;
    findings.forEach(function (f) {
      var visible = severities[f.getAttribute("data-severity")] === true && rules[f.getAttribute("data-rule")] === true;
      f.hidden = !visible;
      if (visible) {
        shown++;
      }
    });
    groups.forEach(function (g) {
      g.hidden = g.querySelector(".finding:not([hidden])") === null;
    });
    if (status) {
      status.textContent = "Showing " + shown + " of " + findings.length + " findings.";
    }
  }

  function setRules(on) {
    var boxes = filters.querySelectorAll("input[name='rule']");
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].checked = on;
    }
    apply();
  }

  filters.addEventListener("change", apply);
  filters.addEventListener("submit", function (e) { e.preventDefault(); });
  var all = document.getElementById("rules-all");
  var none = document.getElementById("rules-none");
  if (all) { all.addEventListener("click", function () { setRules(true); }); }
  if (none) { none.addEventListener("click", function () { setRules(false); }); }
  apply();
})();
