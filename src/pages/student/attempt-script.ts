// The attempt page's only script, served from this worker as a file (the
// pages' Content-Security-Policy allows scripts from 'self' and nothing
// inline). The page works without it: every question is a form that posts
// and comes back. With it:
// - answers save as the student goes (deferred quizzes), or when "Check" is
//   pressed, without leaving the page: the worker sends back the question's
//   section, already rendered, and it replaces the old one;
// - ordering items move up and down in place, by keyboard or touch;
// - what has not been sent yet is kept in sessionStorage, so a reload or a
//   lost connection loses nothing, and is sent again when the connection returns;
// - the time left counts down, and the page closes the inputs at the deadline;
// - finishing waits for saves still on their way.
// Plain ES2017 in a string, so no build step and no bundler can change it.

export const ATTEMPT_SCRIPT = String.raw`"use strict";
(function () {
  var root = document.querySelector("[data-attempt]");
  if (!root) return;
  var attemptId = root.getAttribute("data-attempt");
  var behaviour = root.getAttribute("data-behaviour");
  var autosave = behaviour === "deferred";
  var live = document.getElementById("announce");
  var store = null;
  try { store = window.sessionStorage; } catch (e) { store = null; }

  function say(text) {
    if (!live) return;
    live.textContent = "";
    setTimeout(function () { live.textContent = text; }, 30);
  }
  function formOf(el) { return el && el.closest ? el.closest("form[data-question]") : null; }
  function questionOf(form) { return form.getAttribute("data-question"); }
  function draftKey(form) { return "draft:" + attemptId + ":" + questionOf(form); }
  function fields(form) { return new URLSearchParams(new FormData(form)); }
  function keepDraft(form) {
    if (!store) return;
    try { store.setItem(draftKey(form), fields(form).toString()); } catch (e) { /* storage full or blocked */ }
  }
  function dropDraft(question) { if (store) store.removeItem("draft:" + attemptId + ":" + question); }
  function note(form, text, bad) {
    var saved = form.querySelector(".saved");
    if (saved) { saved.textContent = text; saved.className = bad ? "saved alert" : "saved"; }
  }
  function sectionOf(form) { return form.closest("section.question"); }
  function locked(form) { var set = form.querySelector("fieldset"); return !set || set.disabled; }

  // Puts a kept draft back into a form the worker shows unanswered.
  function restore(form) {
    if (!store || locked(form) || form.getAttribute("data-answered") === "true") return;
    var kept = store.getItem(draftKey(form));
    if (!kept) return;
    var values = new URLSearchParams(kept);
    var order = values.getAll("order");
    if (order.length) {
      var list = form.querySelector("ol.order");
      order.forEach(function (id) {
        var input = list && list.querySelector('input[name="order"][value="' + CSS.escape(id) + '"]');
        if (input) list.appendChild(input.closest("li"));
      });
    }
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === "hidden" || el.type === "submit") return;
      if (el.type === "radio" || el.type === "checkbox") el.checked = values.getAll(el.name).indexOf(el.value) >= 0;
      else if (values.has(el.name)) el.value = values.get(el.name);
    });
    note(form, "Restored your unsaved answer from this device.", false);
    if (autosave) send(form);
  }

  var inFlight = {};   // question id -> promise of the save on its way
  var again = {};      // question id -> true when the form changed while a save was on its way
  var timers = {};     // question id -> debounce timer
  var pendingAgain = new Set(); // question ids to send when the connection returns

  function parseSection(html) {
    var t = document.createElement("template");
    t.innerHTML = html;
    return t.content.querySelector("section.question");
  }

  function send(form) {
    var question = questionOf(form);
    clearTimeout(timers[question]);
    if (inFlight[question]) { again[question] = true; return inFlight[question]; }
    keepDraft(form);
    note(form, autosave ? "Saving…" : "Checking…", false);
    var typing = document.activeElement && sectionOf(form).contains(document.activeElement) && document.activeElement.type === "text";
    var p = fetch(form.action, { method: "POST", body: fields(form), headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" })
      .then(function (res) {
        return res.text().then(function (html) {
          var fresh = parseSection(html);
          var current = document.getElementById("q-" + question);
          if (!fresh || !current) {
            note(form, "Not saved: the quiz sent an unexpected reply (" + res.status + "). Press the button to try again.", true);
            say("Not saved.");
            return false;
          }
          var freshForm = fresh.querySelector("form");
          if (res.ok && autosave && typing && !fresh.querySelector(".result")) {
            // Keep the field being typed in untouched: only the "saved" note changes.
            var savedNote = freshForm.querySelector(".saved");
            note(form, savedNote ? savedNote.textContent : "Saved.", false);
            form.setAttribute("data-answered", freshForm.getAttribute("data-answered"));
          } else {
            var focusId = document.activeElement && current.contains(document.activeElement) ? document.activeElement.id : null;
            current.replaceWith(fresh);
            var target = (focusId && document.getElementById(focusId)) || fresh.querySelector(".result, .alert");
            if (target && target !== document.getElementById(focusId)) target.setAttribute("tabindex", "-1");
            if (target && !typing) target.focus();
          }
          if (res.ok) dropDraft(question);
          var verdict = fresh.querySelector(".result .verdict");
          var alert = fresh.querySelector(".alert");
          // Saves as the student goes are shown, not announced: only results and problems are.
          if (alert || verdict) say(alert ? alert.textContent : verdict.textContent);
          updateProgress();
          return res.ok;
        });
      }, function () {
        pendingAgain.add(question);
        note(form, "Not saved: this device cannot reach the quiz right now. Your answer is kept here and is sent again when the connection is back.", true);
        say("Not saved: no connection.");
        return false;
      })
      .then(function (ok) {
        delete inFlight[question];
        if (ok) pendingAgain.delete(question);
        if (again[question]) {
          delete again[question];
          var latest = document.querySelector('form[data-question="' + CSS.escape(question) + '"]');
          if (latest && !locked(latest) && autosave) return send(latest);
        }
        return ok;
      });
    inFlight[question] = p;
    return p;
  }

  function updateProgress() {
    var progress = document.getElementById("progress");
    if (!progress) return;
    var all = document.querySelectorAll("form[data-question]");
    var done = document.querySelectorAll('form[data-question][data-answered="true"]').length;
    progress.textContent = "You have answered " + done + " of " + all.length + " questions. Unanswered questions score 0.";
  }

  document.addEventListener("input", function (e) {
    var form = formOf(e.target);
    if (!form || e.target.type !== "text") return;
    keepDraft(form);
    if (!autosave) return;
    var question = questionOf(form);
    clearTimeout(timers[question]);
    timers[question] = setTimeout(function () { send(form); }, 800);
  });

  document.addEventListener("change", function (e) {
    var form = formOf(e.target);
    if (!form || e.target.type === "text") return;
    keepDraft(form);
    if (autosave) send(form);
  });

  // Ordering: move an item one place, keep focus on the button pressed, and say where it went.
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest('button[name="move"]');
    if (!button) return;
    e.preventDefault();
    var form = formOf(button);
    var item = button.closest("li");
    var up = /:up$/.test(button.value);
    var sibling = up ? item.previousElementSibling : item.nextElementSibling;
    var text = item.querySelector(".item").textContent;
    if (!sibling) { say("“" + text + "” is already " + (up ? "first." : "last.")); return; }
    item.parentNode.insertBefore(item, up ? sibling : sibling.nextElementSibling);
    button.focus();
    var position = Array.prototype.indexOf.call(item.parentNode.children, item) + 1;
    say("“" + text + "” moved to position " + position + " of " + item.parentNode.children.length + ".");
    keepDraft(form);
    if (autosave) send(form);
  });

  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form.matches("form[data-question]")) {
      e.preventDefault();
      send(form);
      return;
    }
    if (form.id === "finish") {
      e.preventDefault();
      var button = form.querySelector("button");
      button.disabled = true;
      // Send what is still waiting (typed but not yet sent) before finishing.
      var waiting = Object.keys(timers).map(function (q) {
        var f = document.querySelector('form[data-question="' + CSS.escape(q) + '"]');
        return f && !locked(f) && autosave ? send(f) : null;
      });
      Object.keys(inFlight).forEach(function (q) { waiting.push(inFlight[q]); });
      Promise.all(waiting).then(function () { form.submit(); });
    }
  });

  window.addEventListener("online", function () {
    pendingAgain.forEach(function (q) {
      var f = document.querySelector('form[data-question="' + CSS.escape(q) + '"]');
      if (f && !locked(f) && autosave) send(f);
    });
  });

  // The clock: counts down to the deadline the worker set, then closes the inputs.
  var timer = document.getElementById("timer");
  if (timer) {
    var deadline = Date.parse(timer.getAttribute("data-deadline"));
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      if (left > 0) {
        timer.textContent = "Time left: " + Math.floor(left / 60) + " min " + String(left % 60).padStart(2, "0") + " s";
        if (left === 60) say("One minute left.");
        return;
      }
      clearInterval(interval);
      timer.textContent = "Time is up. Answers can no longer be saved: finish to see your result.";
      say(timer.textContent);
      document.querySelectorAll("form[data-question] fieldset").forEach(function (set) { set.disabled = true; });
      document.querySelectorAll("form[data-question] .actions button").forEach(function (b) { b.disabled = true; });
    };
    var interval = setInterval(tick, 1000);
    tick();
  }

  document.querySelectorAll("form[data-question]").forEach(restore);
})();
`;
