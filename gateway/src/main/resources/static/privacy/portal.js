// The customer's privacy portal: the current notice, consents as switches, data-subject requests and the
// processing history, all through the public /api/v1 operations a customer token may call.
import { publicApi } from '../assets/api.js';
import { announce, fill, formatDate, formatTime, h, saveBlob } from '../assets/dom.js';
import { currentLanguage, localized, translator } from '../assets/i18n.js';
import { languageSwitch, signInToPage } from '../assets/page.js';
import { MESSAGES } from './messages.js';

const text = translator(MESSAGES);
const REQUEST_KINDS = ['access', 'export', 'correct', 'delete'];
const CORRECTABLE = ['name', 'mobile', 'email', 'address'];
const state = { notice: null, purposes: [], consents: null, requests: [], history: [], historyTotal: 0, receipts: {} };
let api;

start().catch((failure) => announce(failure.message, 'error'));

async function start() {
  languageSwitch(text, renderAll);
  [state.notice, state.purposes] = await Promise.all([
    publicApi.get('/api/v1/notices/current'),
    publicApi.get('/api/v1/purposes'),
  ]);
  renderNotice();
  api = await signInToPage({ page: 'portal', text, permission: 'self:read', refusal: 'notCustomer' });
  if (!api) return;
  try {
    await Promise.all([loadConsents(), loadRequests(), loadHistory(0)]);
  } catch (failure) {
    announce(failure.status === 404 || failure.status === 409 ? text('notLinked') : failure.message, 'error');
    return;
  }
  for (const id of ['consents', 'requests', 'history']) document.getElementById(id).hidden = false;
  renderAll();
  document.getElementById('main').focus();
}

function renderAll() {
  renderNotice();
  if (state.consents) {
    renderConsents();
    renderRequestForm();
    renderRequests();
    renderHistory();
  }
}

/** The translation of prefix.value, or the value itself when there is none. */
function label(prefix, value) {
  const translated = text(`${prefix}.${value}`);
  return translated === `${prefix}.${value}` ? value : translated;
}

/** A purpose as the current notice describes it, in the current language. */
function purposeName(purpose) {
  const section = state.notice?.purposes.find((p) => p.purpose === purpose);
  return section ? localized(section.description) : purpose;
}

// ---- notice (PIPL Art. 17: handler, contact, purposes, methods, categories, retention, rights) ----

function renderNotice() {
  const notice = state.notice;
  if (!notice) return;
  const lang = currentLanguage();
  fill(
    'notice-body',
    h('p', { class: 'muted', id: 'notice-version' }, text('notice.version', {
      version: notice.version,
      date: formatDate(notice.publishedAt, lang),
    })),
    h('dl', { class: 'facts' },
      h('dt', {}, text('notice.handler')), h('dd', {}, localized(notice.handlerName)),
      h('dt', {}, text('notice.contact')), h('dd', {}, localized(notice.handlerContact)),
      h('dt', {}, text('notice.officer')), h('dd', { id: 'protection-officer' }, localized(notice.protectionOfficerContact)),
    ),
    notice.changesSummary ? [h('h3', {}, text('notice.changes')), h('p', {}, localized(notice.changesSummary))] : null,
    h('details', {},
      h('summary', {}, text('notice.purpose')),
      notice.purposes.map((section) =>
        h('div', { class: 'notice-purpose' },
          h('h3', {}, localized(section.description)),
          h('dl', { class: 'facts' },
            h('dt', {}, text('notice.methods')), h('dd', {}, localized(section.methods)),
            h('dt', {}, text('notice.categories')), h('dd', {}, localized(section.categories)),
            h('dt', {}, text('notice.retention')), h('dd', {}, localized(section.retention)),
          ),
        ),
      ),
    ),
    h('h3', {}, text('notice.rights')),
    h('p', {}, localized(notice.rights)),
  );
}

// ---- consents (Arts. 14-16: per purpose, separate where required, withdrawal as easy as consent) ----

async function loadConsents() {
  state.consents = await api.get('/api/v1/me/consents');
}

function renderConsents() {
  const current = state.consents.current;
  const general = state.purposes.filter((p) => p.consent === 'general');
  const separate = state.purposes.filter((p) => p.consent === 'separate');
  const none = state.purposes.filter((p) => p.consent === 'none');
  fill(
    'consents-body',
    h('fieldset', {}, h('legend', {}, text('consents.general')), general.map((p) => consentRow(p, null, current))),
    h('fieldset', {},
      h('legend', {}, text('consents.separate')),
      separate.map((p) => {
        if (!p.perRecipient) return consentRow(p, null, current);
        const recipients = current.filter((c) => c.purpose === p.purpose && c.recipient);
        return recipients.length
          ? recipients.map((c) => consentRow(p, c.recipient, current))
          : h('div', { class: 'consent' },
              h('div', { class: 'what' }, h('strong', {}, purposeName(p.purpose)),
                h('span', { class: 'muted' }, text('consents.noRecipients'))));
      }),
    ),
    none.length
      ? h('fieldset', {}, h('legend', {}, text('consents.noConsent')),
          h('ul', {}, none.map((p) => h('li', {}, `${purposeName(p.purpose)}: ${label('basis', p.legalBasis)}`))))
      : null,
  );
}

function consentRow(purpose, recipient, current) {
  const choice = current.find((c) => c.purpose === purpose.purpose && (c.recipient ?? null) === recipient);
  // a consent given under a notice that has since changed materially no longer counts: shown off, with why
  const on = Boolean(choice && choice.granted && !choice.stale);
  const id = `consent-${purpose.purpose}${recipient ? '-' + recipient : ''}`;
  const stateLabel = h('span', { class: 'state', 'aria-hidden': 'true' }, text(on ? 'consents.on' : 'consents.off'));
  const input = h('input', {
    type: 'checkbox',
    role: 'switch',
    id,
    'aria-describedby': `${id}-about`,
    dataset: { purpose: purpose.purpose, recipient: recipient ?? '' },
  });
  input.checked = on;
  input.addEventListener('change', () => recordChoice(purpose.purpose, recipient, input));
  const key = `${purpose.purpose}|${recipient ?? ''}`;
  const receipt = state.receipts[key];
  return h('div', { class: 'consent' },
    h('div', { class: 'what', id: `${id}-about` },
      h('strong', {}, purposeName(purpose.purpose)),
      recipient ? h('span', { class: 'muted' }, text('consents.recipient', { recipient })) : null,
      purpose.essential ? h('div', { class: 'muted' }, text('consents.essential')) : null,
      choice?.granted && choice.stale
        ? h('div', { class: 'badge warn' }, text('consents.stale', { version: choice.noticeVersion }))
        : null,
      choice ? h('div', { class: 'muted' }, text('consents.since', { date: formatTime(choice.recordedAt, currentLanguage()) })) : null,
      receipt
        ? h('button', { type: 'button', onclick: () => saveBlob(new Blob([JSON.stringify(receipt, null, 2)],
            { type: 'application/json' }), `consent-receipt-${purpose.purpose}.json`) }, text('consents.receipt'))
        : null,
    ),
    h('label', { class: 'switch', for: id }, input, stateLabel,
      h('span', { class: 'skip' }, purposeName(purpose.purpose))),
  );
}

async function recordChoice(purpose, recipient, input) {
  const granted = input.checked;
  input.disabled = true;
  try {
    const receipt = await api.post('/api/v1/me/consents', {
      purpose,
      ...(recipient ? { recipient } : {}),
      granted,
      noticeVersion: state.notice.version,
    });
    state.receipts[`${purpose}|${recipient ?? ''}`] = receipt;
    await Promise.all([loadConsents(), loadHistory(0)]);
    renderConsents();
    renderHistory();
    document.getElementById(input.id)?.focus();
    announce(text(granted ? 'consents.saved.granted' : 'consents.saved.withdrawn', { purpose: purposeName(purpose) }), 'ok');
  } catch (failure) {
    input.checked = !granted;
    input.disabled = false;
    announce(failure.message, 'error');
  }
}

// ---- requests (Arts. 44-50; answered within 15 working days) ----

function renderRequestForm() {
  const kind = h('select', { id: 'request-kind', name: 'kind', required: true },
    REQUEST_KINDS.map((k) => h('option', { value: k }, text(`requests.kind.${k}`))));
  const corrections = h('fieldset', { id: 'request-corrections', hidden: true },
    h('legend', {}, text('requests.corrections')),
    CORRECTABLE.map((field) => [
      h('label', { for: `correct-${field}` }, text(`requests.field.${field}`)),
      h('input', { id: `correct-${field}`, name: field, autocomplete: field === 'mobile' ? 'tel' : field }),
    ]));
  const confirmDelete = h('input', { type: 'checkbox', id: 'request-delete-confirm' });
  const deletion = h('div', { id: 'request-delete', hidden: true },
    h('label', { class: 'switch', for: 'request-delete-confirm' }, confirmDelete, text('requests.deleteConfirm')));
  const message = h('textarea', { id: 'request-message', name: 'message', maxlength: 1000 });
  const sync = () => {
    corrections.hidden = kind.value !== 'correct';
    deletion.hidden = kind.value !== 'delete';
    confirmDelete.required = kind.value === 'delete';
  };
  kind.addEventListener('change', sync);
  const submit = async (event) => {
    event.preventDefault();
    const body = { kind: kind.value };
    if (kind.value === 'correct') {
      body.corrections = {};
      for (const field of CORRECTABLE) {
        const value = document.getElementById(`correct-${field}`).value.trim();
        if (value) body.corrections[field] = value;
      }
    }
    if (message.value.trim()) body.message = message.value.trim();
    const button = event.submitter;
    button.disabled = true;
    try {
      const request = await api.post('/api/v1/me/requests', body);
      event.target.reset();
      sync();
      await loadRequests();
      renderRequests();
      announce(text('requests.submitted', { due: formatDate(request.dueAt, currentLanguage()) }), 'ok');
      pollWhileInProgress();
    } catch (failure) {
      announce(failure.field ? `${failure.field}: ${failure.message}` : failure.message, 'error');
    } finally {
      button.disabled = false;
    }
  };
  fill('request-form',
    h('form', { id: 'new-request', onsubmit: submit },
      h('label', { for: 'request-kind' }, text('requests.kind')), kind,
      corrections, deletion,
      h('label', { for: 'request-message' }, text('requests.message')), message,
      h('p', {}, h('button', { type: 'submit', class: 'primary', id: 'request-submit' }, text('requests.submit')))));
  sync();
}

async function loadRequests() {
  state.requests = await api.get('/api/v1/me/requests');
}

function renderRequests() {
  const lang = currentLanguage();
  if (!state.requests.length) {
    fill('requests-body', h('p', { class: 'muted' }, text('requests.none')));
    return;
  }
  fill('requests-body', h('div', { class: 'table-wrap' }, h('table', { id: 'my-requests' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, text('requests.kind')),
      h('th', { scope: 'col' }, text('requests.state')),
      h('th', { scope: 'col' }, text('requests.received')),
      h('th', { scope: 'col' }, text('requests.due')))),
    h('tbody', {}, state.requests.map((request) =>
      h('tr', { dataset: { requestId: request.requestId, kind: request.kind, state: request.state } },
        h('td', {}, text(`requests.kind.${request.kind}`)),
        h('td', {},
          h('span', { class: `badge ${request.state === 'refused' ? 'bad' : request.state === 'completed' ? 'good' : 'warn'}` },
            text(`requests.state.${request.state}`)),
          request.overdue ? [' ', h('span', { class: 'badge bad' }, text('requests.overdue'))] : null,
          request.state === 'in-progress' && request.progress != null
            ? h('div', { class: 'muted' }, text('requests.progress', { progress: request.progress })) : null,
          request.refusal ? h('div', {}, text('requests.refusal', { explanation: request.refusal.explanation })) : null,
          request.outcome ? h('div', {}, text('requests.outcome', { outcome: request.outcome })) : null,
          request.links?.export
            ? h('button', { type: 'button', class: 'download', id: `download-${request.requestId}`, onclick: () => download(request) },
              text('requests.download'))
            : null),
        h('td', {}, formatTime(request.receivedAt, lang)),
        h('td', { class: 'due' }, formatDate(request.dueAt, lang))))))));
}

async function download(request) {
  try {
    const blob = await api.blob(request.links.export);
    saveBlob(blob, `my-data-${request.requestId}.zip`);
    announce(text('requests.downloaded'), 'ok');
  } catch (failure) {
    announce(failure.message, 'error');
  }
}

function pollWhileInProgress(round = 0) {
  if (round > 20 || !state.requests.some((r) => r.state === 'in-progress' && r.progress != null)) return;
  setTimeout(async () => {
    await loadRequests();
    renderRequests();
    pollWhileInProgress(round + 1);
  }, 1500);
}

// ---- processing history (Arts. 44, 48: who processed my data, when, for what purpose) ----

async function loadHistory(page) {
  const result = await api.get(`/api/v1/me/processing-history?page=${page}&size=50`);
  state.history = page === 0 ? result.items : state.history.concat(result.items);
  state.historyPage = page;
  state.historyTotal = result.total;
}

function renderHistory() {
  const lang = currentLanguage();
  if (!state.history.length) {
    fill('history-body', h('p', { class: 'muted' }, text('history.none')));
    return;
  }
  fill('history-body',
    h('div', { class: 'table-wrap' }, h('table', { id: 'my-history' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, text('history.when')),
        h('th', { scope: 'col' }, text('history.by')),
        h('th', { scope: 'col' }, text('history.action')),
        h('th', { scope: 'col' }, text('history.purpose')),
        h('th', { scope: 'col' }, text('history.fields')))),
      h('tbody', {}, state.history.map((entry) => h('tr', { dataset: { action: entry.action } },
        h('td', {}, formatTime(entry.occurredAt, lang)),
        h('td', {}, label('by', entry.by)),
        h('td', {}, label('action', entry.action)),
        h('td', {}, entry.purpose ? purposeName(entry.purpose) : ''),
        h('td', {}, (entry.fields || []).join(', '))))))),
    state.history.length < state.historyTotal
      ? h('button', { type: 'button', onclick: async () => {
          await loadHistory(state.historyPage + 1);
          renderHistory();
        } }, text('history.more'))
      : null);
}
