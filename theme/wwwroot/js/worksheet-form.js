// Worksheet forms and checklists: keep what the reader types or ticks in localStorage of this browser only.
// Nothing is ever sent: there is no <form>, no fetch and no beacon. Attaches by data attributes
// (no inline script, CSP default-src 'self'):
//   [data-worksheet-storage="key"]  the form or checklist; one key per worksheet and language, per checklist
//   [data-worksheet-clear]          empties it and forgets the saved copy, with an undo button until the next change
//   [data-worksheet-print]          prints the page (the print CSS shows only the form)
//   [data-worksheet-status]         where "Saved in this browser" appears
//   .checklist-actions              a checklist's clear button and status, shown once there is something to clear
(function () {
  'use strict';

  function storage() {
    // Safari in private mode and some file:// pages throw on access; treat them as "no storage".
    try {
      var probe = '__review-guide-probe__';
      window.localStorage.setItem(probe, probe);
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function controlsOf(root) {
    return Array.prototype.slice.call(root.querySelectorAll('input[name], textarea[name]'));
  }

  // Textareas grow with their text so nothing is hidden on screen or cut off when printed.
  function fit(textarea) {
    textarea.style.height = 'auto';
    textarea.style.height = textarea.scrollHeight + 'px';
  }

  function read(store, key) {
    try {
      var data = JSON.parse(store.getItem(key) || '{}');
      return data && typeof data === 'object' ? data : {};
    } catch (e) {
      return {};
    }
  }

  function attach(root) {
    var key = root.getAttribute('data-worksheet-storage');
    var status = root.querySelector('[data-worksheet-status]');
    var store = storage();
    var timer = null;

    function say(text) {
      if (status) {
        status.textContent = text || '';
      }
    }

    function collect() {
      var data = {};
      controlsOf(root).forEach(function (control) {
        if (control.type === 'checkbox') {
          if (control.checked) {
            data[control.name] = true;
          }
        } else if (control.type === 'radio') {
          // Radio buttons share a name; the chosen one's value is kept.
          if (control.checked) {
            data[control.name] = control.value;
          }
        } else if (control.value !== '') {
          data[control.name] = control.value;
        }
      });
      return data;
    }

    function save() {
      timer = null;
      if (!store) {
        return;
      }
      var data = collect();
      if (Object.keys(data).length === 0) {
        store.removeItem(key);
      } else {
        store.setItem(key, JSON.stringify(data));
      }
      say(root.getAttribute('data-text-saved'));
    }

    function restore() {
      apply(store ? read(store, key) : {});
    }

    function apply(data) {
      controlsOf(root).forEach(function (control) {
        if (!Object.prototype.hasOwnProperty.call(data, control.name)) {
          return;
        }
        if (control.type === 'checkbox') {
          control.checked = data[control.name] === true;
        } else if (control.type === 'radio') {
          control.checked = data[control.name] === control.value;
        } else {
          control.value = String(data[control.name]);
        }
      });
    }

    // The words of the undo button come from the page (body[data-text-undo]), in its language.
    var undo = null;
    function dropUndo() {
      if (undo) {
        undo.remove();
        undo = null;
      }
    }

    function showActions() {
      var actions = root.querySelector('.checklist-actions');
      if (actions && store) {
        actions.hidden = false;
      }
    }

    function clear() {
      var before = collect();
      controlsOf(root).forEach(function (control) {
        if (control.type === 'checkbox' || control.type === 'radio') {
          control.checked = false;
        } else {
          control.value = '';
        }
      });
      if (store) {
        store.removeItem(key);
      }
      root.querySelectorAll('textarea').forEach(fit);
      say(root.getAttribute('data-text-cleared'));
      dropUndo();
      if (Object.keys(before).length > 0 && status) {
        undo = document.createElement('button');
        undo.type = 'button';
        undo.className = 'small-button worksheet-undo';
        undo.textContent = document.body.getAttribute('data-text-undo') || 'Undo';
        undo.addEventListener('click', function () {
          apply(before);
          root.querySelectorAll('textarea').forEach(fit);
          dropUndo();
          save();
          if (clearButton) {
            clearButton.focus();
          }
        });
        status.after(undo);
      }
    }

    restore();
    root.querySelectorAll('textarea').forEach(fit);
    if (!store) {
      say(root.getAttribute('data-text-unavailable'));
    } else if (Object.keys(collect()).length > 0) {
      showActions();
    }

    function changed(event) {
      if (event.target && event.target.tagName === 'TEXTAREA') {
        fit(event.target);
      }
      dropUndo();
      showActions();
      if (timer) {
        window.clearTimeout(timer);
      }
      // Saving on every keystroke is cheap, but a short pause keeps the status from flickering.
      timer = window.setTimeout(save, 250);
    }

    root.addEventListener('input', changed);
    root.addEventListener('change', changed);
    // Save at once when the page is hidden or closed, so a quick reload loses nothing.
    window.addEventListener('pagehide', function () {
      if (timer) {
        window.clearTimeout(timer);
        save();
      }
    });

    var clearButton = root.querySelector('[data-worksheet-clear]');
    if (clearButton) {
      clearButton.addEventListener('click', clear);
    }
    var printButton = root.querySelector('[data-worksheet-print]');
    if (printButton) {
      printButton.addEventListener('click', function () {
        window.print();
      });
    }
  }

  function start() {
    document.querySelectorAll('[data-worksheet-storage]').forEach(attach);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
