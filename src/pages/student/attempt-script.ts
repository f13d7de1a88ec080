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
// - finishing waits for saves still on their way, and stops to say so when
//   one failed or a changed answer was never checked.
// Plain ES2017 in a string, so no build step and no bundler can change it.

export const ATTEMPT_SCRIPT = String.raw`"use strict";
(function () {
  var root = document.querySelector("[data-attempt]");
  if (!root) return;
  var attemptId = root.getAttribute("data-attempt");
  var autosave = root.getAttribute("data-behaviour") === "deferred";
  var live = document.getElementById("announce");
  var store = null;
  try { store = window.sessionStorage; } catch (e) { store = null; }

  var inFlight = {};  // question id -> promise of the save on its way (resolves true when saved)
  var again = {};     // question id -> true when a save was asked for while one was on its way
  var timers = {};    // question id -> the typing pause timer
  var initial = {};   // question id -> the form's fields as the worker last rendered them
  var failed = {};    // question id -> true while its last save failed
  var finishConfirmed = false;

  function say(text) {
    if (!live) return;
    live.textContent = "";
    setTimeout(function () { live.textContent = text; }, 30);
  }
  function formOf(el) { return el && el.closest ? el.closest("form[data-question]") : null; }
  function formFor(question) { return document.querySelector('form[data-question="' + CSS.escape(question) + '"]'); }
  function questionOf(form) { return form.getAttribute("data-question"); }
  function numberOf(form) { var n = form.querySelector(".qnum"); return n ? n.textContent.split(" ")[1] : "?"; }
  function fields(form) { return new URLSearchParams(new FormData(form)).toString(); }
  function locked(form) { var set = form.querySelector("fieldset"); return !set || set.disabled; }
  function note(form, text, bad) {
    var saved = form.querySelector(".saved");
    if (saved) { saved.textContent = text; saved.className = bad ? "saved alert" : "saved"; }
  }

  // Drafts: what the student changed and the worker has not confirmed, with the saved answer it started from.
  function draftKey(question) { return "draft:" + attemptId + ":" + question; }
  function readDraft(question) {
    try { return store ? JSON.parse(store.getItem(draftKey(question)) || "null") : null; } catch (e) { return null; }
  }
  function writeDraft(question, draft) {
    if (!store) return;
    try { if (draft) store.setItem(draftKey(question), JSON.stringify(draft)); else store.removeItem(draftKey(question)); } catch (e) { /* storage full or blocked */ }
  }
  function keepDraft(form) { writeDraft(questionOf(form), { fields: fields(form), base: form.getAttribute("data-saved") }); }

  // Puts saved fields back into a form: ordering items in their order, then every input's value.
  function applyFields(form, encoded) {
    var values = new URLSearchParams(encoded);
    var list = form.querySelector("ol.order");
    if (list) values.getAll("order").forEach(function (id) {
      var input = list.querySelector('input[name="order"][value="' + CSS.escape(id) + '"]');
      if (input) list.appendChild(input.closest("li"));
    });
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === "hidden" || el.type === "submit") return;
      if (el.type === "radio" || el.type === "checkbox") el.checked = values.getAll(el.name).indexOf(el.value) >= 0;
      else if (values.has(el.name)) el.value = values.get(el.name);
    });
  }

  // A draft newer than the saved answer it started from comes back after a reload (and is sent again when answers save as you go).
  function restore(form) {
    var question = questionOf(form);
    var draft = readDraft(question);
    if (!draft || locked(form)) return false;
    if (draft.base !== form.getAttribute("data-saved")) { writeDraft(question, null); return false; }
    applyFields(form, draft.fields);
    note(form, "Restored your unsaved answer from this device.", false);
    if (autosave) send(form);
    return true;
  }

  // The form's fields as the worker rendered them: its HTML holds the defaults (checked, selected, value), not
  // what was chosen since, so a copy made from it reads as the page arrived.
  function renderedFields(form) {
    var t = document.createElement("template");
    t.innerHTML = form.outerHTML;
    var copy = t.content.querySelector("form");
    return copy ? fields(copy) : fields(form);
  }

  function parseSection(html) {
    var t = document.createElement("template");
    t.innerHTML = html;
    return t.content.querySelector("section.question");
  }

  // After a section is replaced: focus the same control if it is still usable, else the result or the problem.
  function refocus(fresh, was) {
    var target = null;
    if (was && was.name) {
      var selector = '[name="' + CSS.escape(was.name) + '"]' + (was.byValue ? '[value="' + CSS.escape(was.value) + '"]' : "");
      target = fresh.querySelector(selector);
      if (target && target.matches(":disabled")) target = null;
    }
    if (!target) {
      target = fresh.querySelector(".alert, .result");
      if (target) target.setAttribute("tabindex", "-1");
    }
    if (target) target.focus();
  }

  function send(form) {
    var question = questionOf(form);
    clearTimeout(timers[question]);
    delete timers[question];
    if (locked(form)) return Promise.resolve(true);
    if (inFlight[question]) { again[question] = true; return inFlight[question]; }
    var sent = fields(form);
    keepDraft(form);
    note(form, autosave ? "Saving…" : "Checking…", false);
    var p = fetch(form.action, { method: "POST", body: new URLSearchParams(sent), headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" })
      .then(function (res) {
        return res.text().then(function (html) {
          var fresh = parseSection(html);
          var current = document.getElementById("q-" + question);
          if (!fresh || !current) {
            note(form, "Not saved: the quiz sent an unexpected reply (" + res.status + "). Press the button to try again.", true);
            return false;
          }
          var freshForm = fresh.querySelector("form");
          var now = fields(form);
          var active = document.activeElement;
          var focusedHere = active && current.contains(active);
          // Answers saving as the student goes: keep the form as it is on screen (newer choices, the field
          // being typed in) and take only the worker's note; anything else shows the worker's section.
          if (res.ok && autosave && freshForm.querySelector("fieldset:not(:disabled)")) {
            var savedNote = freshForm.querySelector(".saved");
            note(form, savedNote ? savedNote.textContent : "Saved.", false);
            form.setAttribute("data-answered", freshForm.getAttribute("data-answered"));
            form.setAttribute("data-saved", freshForm.getAttribute("data-saved"));
            initial[question] = sent;
          } else {
            current.replaceWith(fresh);
            var newForm = fresh.querySelector("form");
            initial[question] = fields(newForm);
            // A refusal comes back with what was sent; keep anything changed since on screen too.
            if (!res.ok && now !== sent && !locked(newForm)) applyFields(newForm, now);
            if (focusedHere) refocus(fresh, active && { name: active.name, value: active.value, byValue: /^(radio|checkbox|submit)$/.test(active.type) });
            var verdict = fresh.querySelector(".result .verdict");
            if (verdict) say(verdict.textContent);
            form = newForm;
          }
          // The draft goes once the worker has what it holds; a newer one is re-based on the answer just saved.
          var draft = readDraft(question);
          if (res.ok && draft) writeDraft(question, draft.fields === sent ? null : { fields: draft.fields, base: form.getAttribute("data-saved") });
          updateProgress();
          return res.ok;
        });
      }, function () {
        note(form, "Not saved: this device cannot reach the quiz right now. Your answer is kept here and is sent again when the connection is back.", true);
        say("Not saved: no connection.");
        return false;
      })
      .then(function (ok) {
        delete inFlight[question];
        if (ok) delete failed[question]; else failed[question] = true;
        var latest = formFor(question);
        var newer = again[question] || (latest && fields(latest) !== sent);
        delete again[question];
        if (ok && newer && autosave && latest && !locked(latest)) return send(latest);
        return ok;
      });
    inFlight[question] = p;
    return p;
  }

  function updateProgress() {
    var progress = document.getElementById("progress");
    if (!progress) return;
    var all = document.querySelectorAll("form[data-question]").length;
    var done = document.querySelectorAll('form[data-question][data-answered="true"]').length;
    progress.textContent = "You have answered " + done + " of " + all + " questions. Unanswered questions score 0.";
  }

  function changed(form) {
    keepDraft(form);
    finishConfirmed = false;
  }

  document.addEventListener("input", function (e) {
    var form = formOf(e.target);
    if (!form || e.target.type !== "text") return;
    changed(form);
    if (!autosave) return;
    var question = questionOf(form);
    clearTimeout(timers[question]);
    timers[question] = setTimeout(function () { send(formFor(question)); }, 800);
  });

  document.addEventListener("change", function (e) {
    var form = formOf(e.target);
    if (!form || e.target.type === "text") return;
    changed(form);
    if (autosave) send(form);
  });

  // "Show this in the article" for an answer checked on this page: the article's marks were
  // drawn when the page loaded, before the answer, so reload at the link (the worker then marks
  // the sentence; unsent answers are kept as for any reload).
  document.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest('a[href^="#src-"]');
    if (!link || document.getElementById(link.getAttribute("href").slice(1))) return;
    e.preventDefault();
    location.hash = link.getAttribute("href");
    location.reload();
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
    changed(form);
    if (autosave) send(form);
  });

  // Sends every answer still waiting (typing pauses, failed saves), then tells whether all arrived.
  function flush() {
    var waiting = [];
    document.querySelectorAll("form[data-question]").forEach(function (form) {
      var q = questionOf(form);
      if (autosave && (timers[q] || failed[q])) waiting.push(send(form));
      else if (inFlight[q]) waiting.push(inFlight[q]);
    });
    return Promise.all(waiting).then(function (oks) { return oks.every(Boolean); });
  }

  function finishProblem(text) {
    var box = document.getElementById("finish-problem");
    box.textContent = text;
    box.hidden = !text;
  }

  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form.matches("form[data-question]")) {
      e.preventDefault();
      send(form);
      return;
    }
    if (form.id !== "finish") return;
    e.preventDefault();
    var button = form.querySelector("button");
    button.disabled = true;
    flush().then(function (allSaved) {
      button.disabled = false;
      if (!allSaved) {
        var unsaved = Object.keys(failed).map(function (q) { return numberOf(formFor(q)); });
        finishProblem("Not finished: the answers to question " + unsaved.join(", ") + " are not saved yet. Check your connection, then press Finish again.");
        return;
      }
      // Checked answers: a changed but unchecked answer would be lost without a word.
      var unchecked = [];
      if (!autosave) document.querySelectorAll("form[data-question]").forEach(function (f) {
        if (!locked(f) && fields(f) !== initial[questionOf(f)]) unchecked.push(numberOf(f));
      });
      if (unchecked.length && !finishConfirmed) {
        finishConfirmed = true;
        finishProblem("Question " + unchecked.join(", ") + " has an answer you have not checked: it will not count. Check it, or press Finish again to finish without it.");
        return;
      }
      finishProblem("");
      form.submit();
    });
  });

  window.addEventListener("online", function () {
    Object.keys(failed).forEach(function (q) { var f = formFor(q); if (f && autosave) send(f); });
  });

  // The clock: counts down to the deadline the worker set; at it, sends what is waiting (the worker allows a
  // moment's grace) and closes the inputs.
  var timer = document.getElementById("timer");
  if (timer) {
    var deadline = Date.parse(timer.getAttribute("data-deadline"));
    var warned = false;
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      if (left > 0) {
        timer.textContent = "Time left: " + Math.floor(left / 60) + " min " + String(left % 60).padStart(2, "0") + " s";
        if (left <= 60 && !warned) { warned = true; say("One minute left."); }
        return;
      }
      clearInterval(interval);
      Object.keys(timers).forEach(function (q) { var f = formFor(q); if (f) send(f); });
      timer.textContent = "Time is up. Answers can no longer be saved: finish to see your result.";
      say(timer.textContent);
      document.querySelectorAll("form[data-question] fieldset").forEach(function (set) { set.disabled = true; });
      document.querySelectorAll("form[data-question] .actions button").forEach(function (b) { b.disabled = true; });
    };
    var interval = setInterval(tick, 1000);
    tick();
  }

  // This script is deferred: the page can be used before it runs (on a slow connection the questions show
  // while it is still loading), and a choice made then fired its "change" before anyone listened. Such a
  // choice is taken as a change now: kept on the device and saved (or, when answers are checked, counted as
  // not checked yet), instead of showing on screen while the worker never hears of it.
  document.querySelectorAll("form[data-question]").forEach(function (form) {
    var question = questionOf(form);
    initial[question] = renderedFields(form);
    if (restore(form) || locked(form) || fields(form) === initial[question]) return;
    changed(form);
    if (autosave) send(form);
  });
})();
`;
