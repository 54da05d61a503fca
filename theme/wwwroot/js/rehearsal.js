// Rehearsals: the page carries the whole script (every scene, choice and ending, readable and printable
// without script); this plays it one scene at a time from that same markup. Nothing is sent anywhere:
// the path taken is kept in localStorage of this browser only. Attaches by data attributes (no inline
// script, CSP default-src 'self'):
//   [data-rehearsal-storage="key"]  the rehearsal, and its key in localStorage
//   [data-rehearsal-script]         the whole script; hidden while playing, always printed
//   [data-rehearsal-player]         where the player goes
//   [data-rehearsal-when-playing]   notes that only make sense with the player
//   [data-scene="id"]               a scene or, with [data-ending], an ending of the script
//   .rehearsal-choice[data-next]    a choice and the id of the scene it leads to
//   [data-text-*]                   the player's words, in the page's language
(function () {
  'use strict';

  // localStorage can be missing or refuse to write (private modes, some file:// pages, a full quota);
  // the player then works as before and simply forgets the path when the page closes.
  function remember(key, value) {
    try {
      if (value === null) {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, value);
      }
    } catch (e) {
      // Not remembered; nothing else depends on it.
    }
  }

  function recall(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  // A copy of part of the script for the stage, without ids (they must stay unique on the page).
  function copy(node) {
    var clone = node.cloneNode(true);
    clone.removeAttribute('id');
    clone.querySelectorAll('[id]').forEach(function (e) { e.removeAttribute('id'); });
    return clone;
  }

  function attach(root) {
    var key = root.getAttribute('data-rehearsal-storage');
    var script = root.querySelector('[data-rehearsal-script]');
    var player = root.querySelector('[data-rehearsal-player]');
    var scenes = {};
    root.querySelectorAll('[data-scene]').forEach(function (section) {
      scenes[section.getAttribute('data-scene')] = section;
    });
    var firstScene = script.querySelector('[data-scene]');
    if (!player || !firstScene) {
      return;
    }
    var first = firstScene.getAttribute('data-scene');
    // steps: the choices made so far, as {scene, choice}; open: the last choice's feedback is showing.
    var state = { steps: [], open: false };

    function text(name) {
      return root.getAttribute('data-text-' + name) || '';
    }

    function choicesOf(id) {
      return scenes[id].querySelectorAll('.rehearsal-choice');
    }

    function isEnding(id) {
      return scenes[id].hasAttribute('data-ending');
    }

    function nextOf(step) {
      return choicesOf(step.scene)[step.choice].getAttribute('data-next');
    }

    function titleOf(id) {
      return scenes[id].querySelector('h3').textContent;
    }

    function current() {
      if (state.steps.length === 0) {
        return first;
      }
      var last = state.steps[state.steps.length - 1];
      return state.open ? last.scene : nextOf(last);
    }

    function save() {
      var steps = state.steps.map(function (s) { return [s.scene, s.choice]; });
      remember(key, steps.length === 0 ? null : JSON.stringify({ steps: steps, open: state.open }));
    }

    // A saved path is replayed against the script as it is now; an editor may have changed it since.
    function restore() {
      var data;
      try {
        data = JSON.parse(recall(key) || 'null');
      } catch (e) {
        return false;
      }
      if (!data || !Array.isArray(data.steps) || data.steps.length === 0) {
        return false;
      }
      var at = first;
      var steps = [];
      for (var i = 0; i < data.steps.length; i++) {
        var saved = data.steps[i];
        if (!Array.isArray(saved) || saved[0] !== at || !scenes[at] || isEnding(at)) {
          return false;
        }
        var choice = choicesOf(at)[saved[1]];
        if (typeof saved[1] !== 'number' || !choice) {
          return false;
        }
        steps.push({ scene: at, choice: saved[1] });
        at = choice.getAttribute('data-next');
        if (!scenes[at]) {
          return false;
        }
      }
      state.steps = steps;
      state.open = data.open === true;
      return true;
    }

    // The parts of the player that stay: a status line and the buttons to undo, restart and read the script.
    var toolbar = element('div', 'rehearsal-toolbar');
    var progress = element('p', 'rehearsal-progress');
    var back = element('button', 'rehearsal-button', text('back'));
    var restart = element('button', 'rehearsal-button', text('restart'));
    var toggle = element('button', 'rehearsal-button', text('show-script'));
    var status = element('p', 'rehearsal-status');
    var stage = element('div', 'rehearsal-stage');
    [back, restart, toggle].forEach(function (b) { b.type = 'button'; });
    status.setAttribute('role', 'status');
    script.id = script.id || 'rh-whole-script';
    toggle.setAttribute('aria-controls', script.id);
    toggle.setAttribute('aria-expanded', 'false');
    toolbar.append(progress, back, restart, toggle);
    player.append(toolbar, status, stage);

    function heading(label) {
      var h = element('h2', 'rehearsal-stage-title', label);
      h.tabIndex = -1;
      return h;
    }

    function line(section) {
      var node = section.querySelector(':scope > .rehearsal-line');
      return node ? copy(node) : null;
    }

    function button(label, className, action) {
      var b = element('button', className, label);
      b.type = 'button';
      b.addEventListener('click', action);
      return b;
    }

    function say(choice) {
      return choice.querySelector('.rehearsal-say').textContent;
    }

    function youSaid(choice) {
      var block = element('div', 'rehearsal-line rehearsal-you-said');
      var words = element('p', 'rehearsal-words');
      words.append(element('q', '', say(choice)));
      block.append(element('p', 'rehearsal-speaker', text('you-said')), words);
      return block;
    }

    function showChoices(id) {
      var section = scenes[id];
      var note = section.querySelector(':scope > .rehearsal-note');
      stage.append(heading(titleOf(id)));
      if (note) {
        stage.append(copy(note));
      }
      stage.append(line(section), element('p', 'rehearsal-prompt', text('your-turn')));
      var options = element('div', 'rehearsal-options');
      options.setAttribute('role', 'group');
      options.setAttribute('aria-label', text('your-turn'));
      choicesOf(id).forEach(function (choice, index) {
        options.append(button(say(choice), 'rehearsal-option', function () {
          state.steps.push({ scene: id, choice: index });
          state.open = true;
          update(true);
        }));
      });
      stage.append(options);
    }

    function showFeedback(step) {
      var choice = choicesOf(step.scene)[step.choice];
      var verdict = choice.querySelector('.rehearsal-badge').textContent;
      var next = nextOf(step);
      stage.append(heading(titleOf(step.scene) + ' · ' + verdict), line(scenes[step.scene]), youSaid(choice));
      stage.append(copy(choice.querySelector('.rehearsal-feedback')));
      stage.append(button(isEnding(next) ? text('to-ending') : text('continue'), 'rehearsal-button rehearsal-continue', function () {
        state.open = false;
        update(true);
      }));
    }

    function showEnding(id) {
      var section = scenes[id];
      stage.append(heading(titleOf(id)));
      ['.rehearsal-outcome', '.rehearsal-line', '.rehearsal-debrief'].forEach(function (selector) {
        var part = section.querySelector(':scope > ' + selector);
        if (part) {
          stage.append(copy(part));
        }
      });
      stage.append(element('h3', 'rehearsal-path-title', text('path')));
      var path = element('ol', 'rehearsal-path');
      state.steps.forEach(function (step) {
        var choice = choicesOf(step.scene)[step.choice];
        var item = element('li');
        var scene = element('p', 'rehearsal-path-scene');
        scene.append(element('strong', '', titleOf(step.scene) + ' '), element('q', '', scenes[step.scene].querySelector('.rehearsal-words').textContent));
        item.append(scene, youSaid(choice));
        item.append(copy(choice.querySelector('.rehearsal-effect')));
        var read = choice.querySelector('.rehearsal-read');
        if (read) {
          item.append(copy(read));
        }
        path.append(item);
      });
      stage.append(path, button(text('restart'), 'rehearsal-button rehearsal-continue', function () {
        state = { steps: [], open: false };
        update(true);
      }));
    }

    function update(moveFocus) {
      save();
      stage.textContent = '';
      var id = current();
      var last = state.steps[state.steps.length - 1];
      if (state.open) {
        showFeedback(last);
        progress.textContent = text('step').replace('{0}', String(state.steps.length));
      } else if (isEnding(id)) {
        showEnding(id);
        progress.textContent = '';
      } else {
        showChoices(id);
        progress.textContent = text('step').replace('{0}', String(state.steps.length + 1));
      }
      back.disabled = state.steps.length === 0;
      restart.disabled = state.steps.length === 0;
      if (moveFocus) {
        status.textContent = '';
        // The new content starts with its heading: focusing it lets a screen reader read on from there,
        // and on a phone the heading comes to the top of the screen instead of wherever the button was.
        var title = stage.querySelector('.rehearsal-stage-title');
        title.focus({ preventScroll: true });
        title.scrollIntoView({ block: 'start' });
      }
    }

    function showScript(visible) {
      script.hidden = !visible;
      stage.hidden = visible;
      toggle.textContent = visible ? text('hide-script') : text('show-script');
      toggle.setAttribute('aria-expanded', visible ? 'true' : 'false');
    }

    back.addEventListener('click', function () {
      // Undo the last choice: back to the scene where it was made, its answers offered again.
      state.steps.pop();
      state.open = false;
      update(true);
    });
    restart.addEventListener('click', function () {
      state = { steps: [], open: false };
      update(true);
    });
    toggle.addEventListener('click', function () {
      var visible = script.hidden;
      showScript(visible);
      (visible ? script.querySelector('h2') : stage.querySelector('.rehearsal-stage-title')).focus();
    });
    script.querySelector('h2').tabIndex = -1;

    var resumed = restore();
    root.querySelectorAll('[data-rehearsal-when-playing]').forEach(function (node) { node.hidden = false; });
    player.hidden = false;
    root.classList.add('rehearsal-playing');
    showScript(false);
    update(false);
    if (resumed) {
      status.textContent = text('resumed');
    }
  }

  function start() {
    document.querySelectorAll('[data-rehearsal-storage]').forEach(attach);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
