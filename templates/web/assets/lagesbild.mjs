// Enhancements only: every page works without this script.
import { initAll } from './govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

/** Called on every answer from the server that used the session, so that the timeout warning starts again. */
let noteActivity = () => {};

// A region marked data-refresh (the archive's exports while one is being written) reloads itself from the same page
// until nothing in it is running any more; aria-live on the region lets screen readers hear the progress.
for (const region of document.querySelectorAll('[data-refresh]')) {
  const every = Number(region.dataset.refresh);
  const refresh = async () => {
    const response = await fetch(window.location.pathname, { credentials: 'same-origin' });
    if (!response.ok) return;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = page.getElementById(region.id);
    if (!fresh) return;
    region.innerHTML = fresh.innerHTML;
    if (fresh.hasAttribute('data-refresh')) setTimeout(refresh, every);
  };
  setTimeout(refresh, every);
}

const csrfToken = () => document.querySelector('input[name=_csrf]')?.value ?? '';

// The warning before a session ends for want of use (WCAG 2.2.1): a dialog that screen readers announce, with a button
// that keeps the session; when the time is up, it says so and offers to sign in again.
const timeout = document.getElementById('lb-timeout');
if (timeout) {
  const idle = Number(timeout.dataset.idleSeconds) * 1000;
  const lead = Number(timeout.dataset.warnSeconds) * 1000;
  const stay = document.getElementById('lb-keep-alive');
  let lastUse = Date.now();
  let timers = [];
  const open = () => {
    if (!timeout.open) timeout.showModal();
  };
  const ended = () => {
    for (const id of ['lb-timeout-title', 'lb-timeout-text']) {
      const element = document.getElementById(id);
      element.textContent = element.dataset.ended;
    }
    stay.hidden = true;
    const again = document.getElementById('lb-sign-in-again');
    again.hidden = false;
    open();
    again.focus();
  };
  const schedule = () => {
    timers.forEach(clearTimeout);
    const left = lastUse + idle - Date.now();
    timers = [
      setTimeout(() => {
        open();
        stay.focus();
      }, left - lead),
      setTimeout(ended, left),
    ];
  };
  const keepAlive = async () => {
    const response = await fetch('/session/keep-alive', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ _csrf: csrfToken() }),
    }).catch(() => null);
    if (!response?.ok) return ended();
    timeout.close();
    noteActivity();
  };
  stay.addEventListener('click', keepAlive);
  // Escape means "not now": the same as staying signed in.
  timeout.addEventListener('cancel', (event) => {
    if (stay.hidden) return;
    event.preventDefault();
    keepAlive();
  });
  noteActivity = () => {
    lastUse = Date.now();
    schedule();
  };
  schedule();
}

// A risk's escalation stage is asked for the round's escalation areas only: the question shows while the risk's area
// is one of them, and a stage chosen is let go when the area changes to another. Without the script it always shows.
const fitEscalation = (scope) => {
  for (const question of scope.querySelectorAll('[data-escalation-areas]')) {
    const area = question.closest('.lb-item')?.querySelector('select[name$=".area"]')?.value ?? '';
    const asked = question.dataset.escalationAreas.split(' ').includes(area);
    question.hidden = !asked;
    const none = question.querySelector('input[type=radio][value=""]');
    if (!asked && none) none.checked = true;
  }
};
fitEscalation(document);
document.addEventListener('change', (event) => {
  if (event.target.matches?.('select[name$=".area"]')) fitEscalation(event.target.closest('.lb-item') ?? document);
});

// A section of the assessment saves itself a few seconds after the author stops typing, and adds, removes and puts
// back items in place; the explicit save button still posts the form as it would without the script.
const SAVE_AFTER_MS = 2500;
const status = document.getElementById('autosave-status');
if (document.getElementById('lb-section') && status) {
  const say = (text) => {
    status.textContent = text;
  };
  const sectionForm = () => document.getElementById('section-form');
  let timer = null;
  let saving = null;
  let again = false;

  const post = async (form, action) => {
    const body = new URLSearchParams(new FormData(form));
    body.set('action', action);
    // Not form.action: the form's buttons are named "action" too.
    const response = await fetch(form.getAttribute('action'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    }).catch(() => null);
    if (!response) {
      say(`${status.dataset.notSaved} ${navigator.onLine ? '' : '(offline)'}`);
      return null;
    }
    const answer = await response.json().catch(() => ({}));
    if (response.status === 401 || (response.status === 403 && !answer.html)) {
      say(status.dataset.signedOut);
      return null;
    }
    noteActivity();
    return { code: response.status, answer };
  };

  // The form as the server now has it: after an addition, a removal, an undo, a refusal or a conflict.
  const swap = (html, focus) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    const fresh = holder.querySelector('#lb-section');
    if (!fresh) return;
    document.getElementById('lb-section').replaceWith(fresh);
    initAll({ scope: fresh });
    fitEscalation(fresh);
    if (fresh.querySelector('.govuk-error-summary, #removed')) return; // they take the focus themselves
    const conflict = fresh.querySelector('#conflict');
    const target = conflict ?? (focus && document.getElementById(focus));
    if (!target) return;
    const field = conflict ? null : target.querySelector('select, textarea, input:not([type=hidden])');
    if (!field) target.setAttribute('tabindex', '-1');
    (field ?? target).focus();
  };

  // Gives new items their ids as the server gave them, so that the next save names the same items.
  const keepIds = (form, ids) => {
    const list = document.getElementById('lb-section').dataset.section;
    ids.forEach((id, i) => {
      const name = `${list}[${i}].id`;
      let input = form.querySelector(`input[name="${name}"]`);
      if (!input) {
        input = Object.assign(document.createElement('input'), { type: 'hidden', name });
        document.getElementById(`${list}-${i}`)?.append(input);
      }
      input.value = id;
    });
  };

  const save = async () => {
    timer = null;
    if (saving) {
      again = true;
      return;
    }
    const form = sectionForm();
    say(status.dataset.saving);
    saving = post(form, 'save');
    const result = await saving;
    saving = null;
    if (result?.answer.saved) {
      form.querySelector('input[name=version]').value = result.answer.version;
      keepIds(form, result.answer.ids ?? []);
      say(result.answer.message);
    } else if (result?.code === 409 && result.answer.html) {
      swap(result.answer.html);
      say('');
    } else if (result) {
      say(`${status.dataset.notSaved} ${(result.answer.errors ?? []).map((e) => e.text).join('; ')}`);
    }
    if (again) {
      again = false;
      schedule();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_AFTER_MS);
  };

  document.addEventListener('input', (event) => {
    if (event.target.closest?.('#section-form')) schedule();
  });
  document.addEventListener('change', (event) => {
    if (event.target.closest?.('#section-form')) schedule();
  });

  document.addEventListener('submit', async (event) => {
    const form = event.target;
    if (!form.closest('#lb-section')) return;
    const action = event.submitter?.value ?? 'save';
    // Saving and going back is a plain post of everything on the form: nothing to wait for.
    if (action === 'save') {
      clearTimeout(timer);
      return;
    }
    event.preventDefault();
    clearTimeout(timer);
    if (saving) await saving;
    const result = await post(form, action);
    if (!result) return;
    if (result.answer.html) swap(result.answer.html, result.answer.focus);
    if (result.answer.saved) say(result.answer.message);
  });

  // Leaving the page before a save was due: it is sent as the page goes.
  window.addEventListener('pagehide', () => {
    if (!timer) return;
    clearTimeout(timer);
    const body = new URLSearchParams(new FormData(sectionForm()));
    body.set('action', 'save');
    navigator.sendBeacon(sectionForm().getAttribute('action'), body);
  });
}

// A region marked data-live-events follows the forum as Server-Sent Events. The presenter view fetches its page again
// on each change and puts in the region's new content; a participant's phone loads the page again when another
// question is opened or the open one closed. The presenter's polite live region says the count of answers now and
// then, never more often than every ten seconds, so that a screen reader is not talked over.
const SAY_EVERY_MS = 10_000;
for (const region of document.querySelectorAll('[data-live-events]')) {
  const source = new EventSource(region.dataset.liveEvents, { withCredentials: true });
  if (region.dataset.livePoll !== undefined) {
    source.addEventListener('poll', (event) => {
      const { poll } = JSON.parse(event.data);
      if ((poll?.id ?? '') !== region.dataset.livePoll) window.location.assign(window.location.pathname);
    });
    continue;
  }
  const status = document.getElementById('lb-presenter-status');
  let said = '';
  let saidAt = 0;
  let sayLater = null;
  const say = () => {
    const summary = document.getElementById('lb-presenter-summary')?.dataset.summary ?? '';
    if (!status || summary === said) return;
    const wait = saidAt + SAY_EVERY_MS - Date.now();
    if (wait > 0) {
      clearTimeout(sayLater);
      sayLater = setTimeout(say, wait);
      return;
    }
    status.textContent = summary;
    said = summary;
    saidAt = Date.now();
  };
  let running = false;
  let again = false;
  const refresh = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const response = await fetch(window.location.pathname, { credentials: 'same-origin' });
      if (response.ok) {
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        const fresh = page.getElementById(region.id);
        if (fresh) {
          region.innerHTML = fresh.innerHTML;
          noteActivity();
          say();
        }
      }
    } finally {
      running = false;
      if (again) {
        again = false;
        void refresh();
      }
    }
  };
  for (const type of ['polls', 'results']) source.addEventListener(type, refresh);
}

// A group room follows its notes as others save them: a note nobody here has touched takes the new text; one being
// written here keeps the author's words and says that someone else saved it meanwhile, so that nothing is lost. The
// timer counts down the presentation's minutes.
const room = document.querySelector('[data-room-events]');
if (room) {
  const clock = document.getElementById('timer-clock');
  let ticking = null;
  const tick = () => {
    const text = document.getElementById('timer-text');
    const ends = Date.parse(text?.dataset.endsAt ?? '');
    if (!clock || Number.isNaN(ends)) {
      if (clock) clock.textContent = '';
      return;
    }
    const left = Math.max(0, Math.round((ends - Date.now()) / 1000));
    clock.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    if (left === 0 && !text.dataset.said) {
      text.dataset.said = 'yes';
      text.textContent = text.dataset.over;
      text.setAttribute('role', 'status');
    }
  };
  const startClock = () => {
    clearInterval(ticking);
    tick();
    ticking = setInterval(tick, 1000);
  };
  startClock();
  const original = new Map(
    [...room.querySelectorAll('[data-note] textarea')].map((area) => [area.id, area.value]),
  );
  const source = new EventSource(room.dataset.roomEvents, { withCredentials: true });
  source.addEventListener('room', async () => {
    const response = await fetch(room.dataset.roomPage, { credentials: 'same-origin' });
    if (!response.ok) return;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    for (const fresh of page.querySelectorAll('[data-note]')) {
      const here = document.getElementById(fresh.id);
      if (!here || here.dataset.version === fresh.dataset.version) continue;
      const area = here.querySelector('textarea');
      const freshArea = fresh.querySelector('textarea');
      const touched = area && area.value !== original.get(area.id);
      here.querySelector('[data-saved-by]').textContent = fresh.querySelector('[data-saved-by]').textContent;
      if (touched) {
        here.querySelector('[data-changed]').hidden = false;
        continue;
      }
      here.dataset.version = fresh.dataset.version;
      if (area && freshArea) {
        area.value = freshArea.value;
        original.set(area.id, area.value);
        here.querySelector('input[name=version]').value = fresh.dataset.version;
      }
    }
    const freshTimer = page.getElementById('timer-text');
    const timer = document.getElementById('timer-text');
    if (freshTimer && timer && freshTimer.dataset.endsAt !== timer.dataset.endsAt) {
      timer.replaceWith(freshTimer);
      startClock();
    }
  });
}
