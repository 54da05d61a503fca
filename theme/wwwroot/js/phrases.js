// The phrase bank: filter the sentences, copy one, star the ones to take into the meeting. Stars are
// kept in localStorage of this browser only ({phrase id: sentence}, under data-stars-key), where the
// card reads them; nothing is sent anywhere. Attaches by data attributes (CSP default-src 'self'):
//   [data-phrase-bank]      the page; data-stars-key, data-text-* its words
//   [data-phrase-filter]    words, reader, tag and "starred only", shown once script runs
//   .phrase[data-phrase-id] a sentence, with [data-phrase-copy] and [data-phrase-star]
(function () {
  'use strict';

  var answers = globalThis.GuideAnswers;

  function normalise(text) {
    return String(text || '').toLowerCase().replace(/\s+/g, ' ').trim();
  }

  function copyText(text, done) {
    function fallback() {
      // Older browsers, and pages the clipboard API refuses: copy from a selected, off-screen field.
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (e) {
        ok = false;
      }
      area.remove();
      done(ok);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  }

  function attach(bank) {
    var key = bank.getAttribute('data-stars-key');
    var filter = bank.querySelector('[data-phrase-filter]');
    var words = bank.querySelector('[data-phrase-words]');
    var reader = bank.querySelector('[data-phrase-reader]');
    var tag = bank.querySelector('[data-phrase-tag]');
    var starredOnly = bank.querySelector('[data-phrase-starred-only]');
    var count = bank.querySelector('[data-phrase-count]');
    var none = bank.querySelector('[data-phrase-none]');
    var status = bank.querySelector('[data-phrase-status]');
    var pages = Array.prototype.slice.call(bank.querySelectorAll('.phrase-page'));
    var all = bank.querySelectorAll('.phrase');

    function text(name) {
      return bank.getAttribute('data-text-' + name) || '';
    }

    function stars() {
      return answers.readJson(key) || {};
    }

    function say(message) {
      status.textContent = message;
    }

    function showStars() {
      var starred = stars();
      all.forEach(function (phrase) {
        var on = Object.prototype.hasOwnProperty.call(starred, phrase.getAttribute('data-phrase-id'));
        phrase.classList.toggle('is-starred', on);
        phrase.querySelector('[data-phrase-star]').setAttribute('aria-pressed', on ? 'true' : 'false');
      });
    }

    function apply() {
      var wanted = normalise(words.value);
      var audience = reader.value;
      var wantedTag = tag.value;
      var onlyStarred = starredOnly.checked;
      var shown = 0;
      pages.forEach(function (page) {
        var pageAudience = page.getAttribute('data-audience');
        var tags = (page.getAttribute('data-tags') || '').split('\n');
        var pageFits = (!audience || pageAudience === audience || pageAudience === 'all') && (!wantedTag || tags.indexOf(wantedTag) >= 0);
        var context = normalise(page.querySelector('h2').textContent + ' ' + tags.join(' '));
        var pageShown = 0;
        page.querySelectorAll('.phrase-section').forEach(function (section) {
          var heading = section.querySelector('h3');
          var sectionContext = context + ' ' + normalise(heading ? heading.textContent : '');
          var sectionShown = 0;
          section.querySelectorAll('.phrase').forEach(function (phrase) {
            var fits = pageFits && (!onlyStarred || phrase.classList.contains('is-starred')) &&
              (!wanted || (sectionContext + ' ' + normalise(phrase.querySelector('.phrase-text').textContent)).indexOf(wanted) >= 0);
            phrase.hidden = !fits;
            sectionShown += fits ? 1 : 0;
          });
          section.hidden = sectionShown === 0;
          pageShown += sectionShown;
        });
        page.hidden = pageShown === 0;
        shown += pageShown;
      });
      count.textContent = answers.format(text('count'), [shown, all.length]);
      none.hidden = shown > 0;
    }

    filter.hidden = false;
    bank.querySelectorAll('.phrase-actions').forEach(function (actions) { actions.hidden = false; });
    showStars();
    apply();

    words.addEventListener('input', apply);
    reader.addEventListener('change', apply);
    tag.addEventListener('change', apply);
    starredOnly.addEventListener('change', apply);
    bank.querySelector('[data-phrase-clear]').addEventListener('click', function () {
      words.value = '';
      reader.value = '';
      tag.value = '';
      starredOnly.checked = false;
      apply();
      words.focus();
    });

    bank.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      var phrase = button && button.closest('.phrase');
      if (!phrase) {
        return;
      }
      var sentence = phrase.querySelector('.phrase-text').textContent;
      if (button.hasAttribute('data-phrase-copy')) {
        copyText(sentence, function (ok) { say(text(ok ? 'copied' : 'copy-failed')); });
      } else if (button.hasAttribute('data-phrase-star')) {
        var starred = stars();
        var id = phrase.getAttribute('data-phrase-id');
        var on = !Object.prototype.hasOwnProperty.call(starred, id);
        if (on) {
          starred[id] = sentence;
        } else {
          delete starred[id];
        }
        answers.writeJson(key, starred);
        showStars();
        say(text(on ? 'starred' : 'unstarred'));
        if (starredOnly.checked) {
          apply();
        }
      }
    });
  }

  function start() {
    document.querySelectorAll('[data-phrase-bank]').forEach(attach);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
