// PolicyLint serve: choose or drop documents, send them, show the report's scorecards and findings on the page, and
// offer the downloads. Without this script the form still works: it posts to /api/report and the browser shows the
// HTML report.
(function () {
  "use strict";
  var form = document.getElementById("upload");
  var input = document.getElementById("files");
  var zone = document.getElementById("drop-zone");
  var dropNote = document.getElementById("drop-note");
  var chosenBox = document.getElementById("chosen-box");
  var chosenList = document.getElementById("chosen");
  var clear = document.getElementById("clear");
  var checkButton = document.getElementById("check");
  var status = document.getElementById("status");
  var problems = document.getElementById("problems");
  var results = document.getElementById("results");
  var resultsTitle = document.getElementById("results-title");
  var downloads = document.getElementById("downloads");
  var reportBox = document.getElementById("report");
  var chosen = [];

  function say(text) {
    status.textContent = text;
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : (many || one + "s"));
  }

  function showChosen() {
    chosenList.textContent = "";
    chosen.forEach(function (file) {
      var li = document.createElement("li");
      li.textContent = file.name;
      chosenList.appendChild(li);
    });
    chosenBox.hidden = chosen.length === 0;
    input.required = chosen.length === 0;
  }

  input.addEventListener("change", function () {
    chosen = Array.prototype.slice.call(input.files);
    showChosen();
    say(chosen.length ? plural(chosen.length, "document") + " chosen." : "");
  });

  clear.addEventListener("click", function () {
    chosen = [];
    input.value = "";
    showChosen();
    say("The list is empty.");
    input.focus();
  });

  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (e) {
      e.preventDefault();
      zone.classList.add("dragging");
      dropNote.hidden = false;
    });
  });
  ["dragleave", "drop"].forEach(function (type) {
    zone.addEventListener(type, function () {
      zone.classList.remove("dragging");
      dropNote.hidden = true;
    });
  });
  zone.addEventListener("drop", function (e) {
    e.preventDefault();
    var dropped = Array.prototype.slice.call((e.dataTransfer && e.dataTransfer.files) || []);
    chosen = chosen.concat(dropped);
    showChosen();
    say(plural(dropped.length, "document") + " added; " + plural(chosen.length, "document") + " chosen.");
  });

  function formWith(files) {
    var data = new FormData();
    files.forEach(function (file) {
      data.append("files", file, file.name);
    });
    data.append("kind", form.elements.kind.value);
    data.append("setting", form.elements.setting.value);
    return data;
  }

  // A refusal from the server is a problem+json body: its detail, and each unreadable document's PL9001 message.
  function showProblem(body, fallback) {
    problems.textContent = "";
    var heading = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = (body && body.title) || "The documents could not be checked";
    heading.appendChild(strong);
    problems.appendChild(heading);
    var list = document.createElement("ul");
    if (body && body.documents && body.documents.length) {
      body.documents.forEach(function (d) {
        var li = document.createElement("li");
        li.className = "pl9001";
        li.textContent = d.path + ": PL9001 " + d.error;
        list.appendChild(li);
      });
    } else {
      var li = document.createElement("li");
      li.textContent = (body && body.detail) || fallback;
      list.appendChild(li);
    }
    problems.appendChild(list);
    return ((body && body.title) || "The documents could not be checked") + ": " + list.textContent;
  }

  function readProblem(response) {
    return response.json().catch(function () { return null; });
  }

  function fileName(response, fallback) {
    var header = response.headers.get("Content-Disposition") || "";
    var star = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (star) {
      return decodeURIComponent(star[1]);
    }
    var plain = /filename="?([^";]+)"?/i.exec(header);
    return plain ? plain[1] : fallback;
  }

  function download(label, url, files, fallbackName) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.addEventListener("click", function () {
      button.disabled = true;
      say("Preparing " + fallbackName + "…");
      fetch(url, { method: "POST", body: formWith(files), credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            return readProblem(response).then(function (body) {
              say(showProblem(body, "The server answered " + response.status + "."));
            });
          }
          return response.blob().then(function (blob) {
            var name = fileName(response, fallbackName);
            var link = document.createElement("a");
            link.href = URL.createObjectURL(blob);
            link.download = name;
            document.body.appendChild(link);
            link.click();
            link.remove();
            setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
            say("Downloaded " + name + ".");
          });
        })
        .catch(function () { say("The download failed: the server could not be reached."); })
        .then(function () { button.disabled = false; });
    });
    downloads.appendChild(button);
  }

  function showReport(html, files) {
    // The report's own stylesheet and script are left out before parsing: the page has the same stylesheet, and
    // this page's policy would (rightly) report an inline one. Document text in the report is always encoded, so
    // these tags can only be the report's own.
    var markup = html.replace(/<style>[\s\S]*?<\/style>/g, "").replace(/<script>[\s\S]*?<\/script>/g, "");
    var page = new DOMParser().parseFromString(markup, "text/html");
    reportBox.textContent = "";
    downloads.textContent = "";
    // Only the report's summary and document sections are taken; they are markup with every text encoded, and the
    // page's Content-Security-Policy would refuse to run a script in them anyway.
    var parts = [page.getElementById("summary")].concat(Array.prototype.slice.call(page.querySelectorAll("section.document")));
    parts.forEach(function (part) {
      if (part) {
        part.querySelectorAll("script").forEach(function (s) { s.remove(); });
        reportBox.appendChild(document.importNode(part, true));
      }
    });
    var sections = reportBox.querySelectorAll("section.document");
    var unreadable = [];
    files.forEach(function (file, i) {
      var section = sections[i];
      var bad = section && section.querySelector(".unreadable");
      if (bad) {
        unreadable.push(file.name + ": PL9001 " + bad.textContent.replace(/^This file could not be read:\s*/, ""));
        return;
      }
      if (/\.docx$/i.test(file.name)) {
        download("Download the reviewed copy of " + file.name, "/api/review", [file], file.name.replace(/\.docx$/i, ".reviewed.docx"));
      } else {
        download("Download the review of " + file.name, "/api/review", [file], file.name + ".review");
      }
    });
    download("Download the HTML report", "/api/report?download", files, "policylint-report.html");
    download("Download the JSON", "/api/check", files, "policylint.json");
    problems.textContent = "";
    if (unreadable.length) {
      showProblem({ title: plural(unreadable.length, "file") + " could not be read", documents: unreadable.map(function (u) {
        var at = u.indexOf(": PL9001 ");
        return { path: u.slice(0, at), error: u.slice(at + 9) };
      }) });
    }
    results.hidden = false;
    var figure = function (id) {
      var el = reportBox.querySelector("#" + id + " .figure");
      return el ? Number(el.textContent) : 0;
    };
    var text = "Checked " + plural(files.length, "document") + ": " + plural(figure("summary-errors"), "error") + ", " +
      plural(figure("summary-warnings"), "warning") + ", " + plural(figure("summary-infos"), "info") + ".";
    if (unreadable.length) {
      text += " " + plural(unreadable.length, "file") + " could not be read.";
    }
    say(text);
    resultsTitle.focus();
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (chosen.length === 0) {
      say("Choose at least one document first.");
      input.focus();
      return;
    }
    var files = chosen.slice();
    checkButton.disabled = true;
    problems.textContent = "";
    say("Checking " + plural(files.length, "document") + "…");
    fetch("/api/report", { method: "POST", body: formWith(files), credentials: "same-origin" })
      .then(function (response) {
        if (response.ok) {
          return response.text().then(function (html) { showReport(html, files); });
        }
        return readProblem(response).then(function (body) {
          results.hidden = true;
          say(showProblem(body, "The server answered " + response.status + "."));
        });
      })
      .catch(function () {
        say("The documents could not be sent: the server could not be reached.");
      })
      .then(function () { checkButton.disabled = false; });
  });
})();
