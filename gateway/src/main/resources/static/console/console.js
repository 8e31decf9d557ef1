// The compliance console: audit search, chain verification, the request queue, quarantine, consent coverage and
// daily activity, all through the public /api/v1 operations a compliance token may call.
import { announce, fill, formatTime, h, saveBlob } from '../assets/dom.js';
import { stackedBars } from '../assets/chart.js';
import { publicApi } from '../assets/api.js';
import { currentLanguage, localized, translator } from '../assets/i18n.js';
import { languageSwitch, signInToPage } from '../assets/page.js';
import { MESSAGES } from './messages.js';

const text = translator(MESSAGES);
const REFUSAL_REASONS = [
  'identity-not-verified', 'legal-retention-required', 'law-requires-confidentiality',
  'concerns-another-person', 'correction-not-substantiated', 'manifestly-excessive',
];
const AUDIT_PAGE_SIZE = 25;
let api;

start().catch((failure) => announce(failure.message, 'error'));

async function start() {
  languageSwitch(text, () => api && route());
  api = await signInToPage({ page: 'console', text, permission: 'audit:read', refusal: 'notCompliance' });
  if (!api) return;
  document.getElementById('tabs').hidden = false;
  window.addEventListener('hashchange', route);
  route();
}

/** #/overview, #/requests, #/requests/<id>, #/audit?subjectId=... */
function route() {
  const [path, query] = (location.hash.slice(1) || '/overview').split('?');
  const [, view, id] = path.split('/');
  for (const tab of document.querySelectorAll('#tabs a')) {
    if (tab.dataset.view === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  announce('');
  const shown = view === 'requests' ? (id ? requestDetail(id) : requestQueue(new URLSearchParams(query)))
    : view === 'audit' ? auditSearch(new URLSearchParams(query))
    : overview();
  shown.catch((failure) => announce(failure.field ? `${failure.field}: ${failure.message}` : failure.message, 'error'));
}

const lang = () => currentLanguage();

/** A purpose as the current notice describes it, in the current language. */
function purposeName(purpose, notice) {
  const section = notice.purposes.find((p) => p.purpose === purpose);
  return section ? localized(section.description) : purpose;
}
const th = (key, numeric) => h('th', { scope: 'col', class: numeric ? 'number' : null }, text(key));
const td = (value, numeric) => h('td', { class: numeric ? 'number' : null }, value ?? '');
const table = (id, headers, rows) =>
  h('div', { class: 'table-wrap' }, h('table', { id }, h('thead', {}, h('tr', {}, headers)), h('tbody', {}, rows)));

// ---- overview ----

async function overview() {
  const chain = h('section', { class: 'card', id: 'chain', 'aria-labelledby': 'chain-title' });
  const coverage = h('section', { class: 'card', id: 'coverage', 'aria-labelledby': 'coverage-title' });
  const quarantine = h('section', { class: 'card', id: 'quarantine', 'aria-labelledby': 'quarantine-title' });
  const activity = h('section', { class: 'card', id: 'activity', 'aria-labelledby': 'activity-title' });
  fill('view', h('div', { class: 'grid two' }, chain, coverage), quarantine, activity);
  await Promise.all([showChain(chain), showCoverage(coverage), showQuarantine(quarantine), showActivity(activity)]);
}

async function showChain(section, verifiedByButton = false) {
  const status = await api.get('/api/v1/audit/chain');
  const checkedAt = new Date().toISOString();
  const last = status.lastCheckpoint;
  fill(section,
    h('h2', { id: 'chain-title' }, text('chain.title')),
    h('p', { class: `verdict ${status.intact ? 'good' : 'bad'}`, id: 'chain-verdict', dataset: { intact: status.intact } },
      status.intact ? text('chain.intact') : text('chain.broken', { description: status.firstBreak?.description ?? '' })),
    h('dl', { class: 'facts' },
      h('dt', {}, text('chain.positions')), h('dd', {}, status.verifiedPositions),
      h('dt', {}, text('chain.pending')), h('dd', {}, status.pending),
      h('dt', {}, text('chain.checkpoints')), h('dd', {}, status.checkpoints),
      h('dt', {}, text('chain.last')),
      h('dd', { id: 'chain-last-checkpoint' }, last ? text('chain.lastValue', {
        position: last.position, time: formatTime(last.signedAt, lang()), algorithm: last.signatureAlgorithm, keyId: last.keyId,
      }) : text('chain.none')),
      h('dt', {}, text('chain.algorithm')), h('dd', {}, status.algorithm),
      h('dt', {}, text('chain.checkedAt')), h('dd', { id: 'chain-checked-at' }, formatTime(checkedAt, lang()))),
    h('p', {}, h('button', { type: 'button', id: 'verify-chain', onclick: () => showChain(section, true)
      .catch((failure) => announce(failure.message, 'error')) }, text('chain.verify'))));
  if (verifiedByButton) {
    announce(text('chain.verified'), status.intact ? 'ok' : 'error');
    document.getElementById('verify-chain').focus();
  }
}

async function showCoverage(section) {
  const [report, notice] = await Promise.all([
    api.get('/api/v1/consents/coverage'),
    publicApi.get('/api/v1/notices/current'),
  ]);
  fill(section,
    h('h2', { id: 'coverage-title' }, text('coverage.title')),
    h('p', { class: 'muted' }, text('coverage.subjects', { subjects: report.subjects })),
    table('coverage-table',
      [th('coverage.purpose'), th('coverage.granted', true), th('coverage.withdrawn', true),
        th('coverage.stale', true), th('coverage.neverAsked', true), th('coverage.share')],
      report.purposes.map((row) => {
        const share = report.subjects ? row.granted / report.subjects : 0;
        return h('tr', { dataset: { purpose: row.purpose } },
          h('td', {}, purposeName(row.purpose, notice),
            h('div', { class: 'muted' }, `${row.purpose} · ${text(`kind.${row.consent}`)}`)), td(row.granted, true), td(row.withdrawn, true),
          td(row.stale, true), td(row.neverAsked, true),
          h('td', {}, h('div', { class: 'bar-track', role: 'img', 'aria-label': `${Math.round(share * 100)}%` },
            h('div', { class: 'bar-fill', style: { width: `${(share * 100).toFixed(1)}%` } }))));
      })));
}

async function showQuarantine(section) {
  const stats = await api.get('/api/v1/ingest/stats');
  const entries = h('div', { id: 'quarantine-entries' });
  fill(section,
    h('h2', { id: 'quarantine-title' }, text('quarantine.title')),
    table('quarantine-table',
      [th('quarantine.channel'), th('quarantine.received', true), th('quarantine.quarantined', true),
        th('quarantine.open', true), th('quarantine.discarded', true), h('th', { scope: 'col' })],
      stats.map((row) => h('tr', { dataset: { channel: row.channel } },
        td(row.channel), td(row.received, true), td(row.quarantined, true), td(row.quarantineOpen, true),
        td(row.discarded, true),
        h('td', {}, row.quarantineOpen ? h('button', { type: 'button',
          onclick: () => showQuarantineEntries(entries, row.channel).catch((f) => announce(f.message, 'error')) },
          text('quarantine.show', { channel: row.channel })) : null)))),
    entries);
}

async function showQuarantineEntries(target, channel) {
  const page = await api.get(`/api/v1/quarantine?channel=${encodeURIComponent(channel)}&status=open&size=20`);
  fill(target,
    h('h3', { tabindex: '-1', id: 'quarantine-entries-title' }, text('quarantine.entries', { channel })),
    page.items.length
      ? table('quarantine-entries-table',
          [th('quarantine.sourceId'), th('quarantine.reason'), th('quarantine.at')],
          page.items.map((entry) => h('tr', {}, td(entry.sourceId), td(entry.reason), td(formatTime(entry.quarantinedAt, lang())))))
      : h('p', { class: 'muted' }, text('quarantine.none')));
  document.getElementById('quarantine-entries-title').focus();
}

async function showActivity(section) {
  const report = await api.get('/api/v1/reports/activity');
  const label = (day) => day.date.slice(5);
  const ingestSeries = [
    { key: 'stored', label: text('ingest.stored'), color: '#1a7f37' },
    { key: 'duplicate', label: text('ingest.duplicate'), color: '#8c959f' },
    { key: 'quarantined', label: text('ingest.quarantined'), color: '#9a6700' },
    { key: 'refused', label: text('ingest.refused'), color: '#b42318' },
  ];
  const requestSeries = [
    { key: 'received', label: text('dsr.received'), color: '#0b5cad' },
    { key: 'completed', label: text('dsr.completed'), color: '#1a7f37' },
    { key: 'refused', label: text('dsr.refused'), color: '#b42318' },
  ];
  const legend = (series) => h('p', { class: 'legend' },
    series.map((s) => h('span', { style: { '--swatch': s.color } }, s.label)));
  fill(section,
    h('h2', { id: 'activity-title' }, text('activity.title')),
    h('div', { class: 'grid two' },
      h('figure', {}, h('figcaption', {}, text('activity.ingest')),
        stackedBars(report.days.map((d) => ({ label: label(d), values: d.ingest })), ingestSeries,
          { title: text('activity.ingest') }), legend(ingestSeries)),
      h('figure', {}, h('figcaption', {}, text('activity.requests')),
        stackedBars(report.days.map((d) => ({ label: label(d), values: d.requests })), requestSeries,
          { title: text('activity.requests') }), legend(requestSeries))),
    h('details', {}, h('summary', {}, text('activity.table')),
      table('activity-table',
        [th('activity.date'), ...ingestSeries.map((s) => h('th', { scope: 'col', class: 'number' }, s.label)),
          ...requestSeries.map((s) => h('th', { scope: 'col', class: 'number' }, s.label))],
        report.days.map((d) => h('tr', {}, td(d.date),
          ingestSeries.map((s) => td(d.ingest[s.key], true)),
          requestSeries.map((s) => td(d.requests[s.key], true)))))));
}

// ---- data-subject requests (PIPL Arts. 44-50, answered within 15 working days) ----

async function requestQueue(query) {
  const shown = query.get('state') || '';
  const requests = await api.get('/api/v1/dsr/requests' + (shown ? `?state=${encodeURIComponent(shown)}` : ''));
  requests.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const filter = h('select', { id: 'queue-state' },
    h('option', { value: '' }, text('requests.open')),
    ['received', 'verified', 'in-progress', 'completed', 'refused'].map((s) =>
      h('option', { value: s, selected: s === shown }, text(`state.${s}`))));
  filter.addEventListener('change', () => { location.hash = `#/requests${filter.value ? '?state=' + filter.value : ''}`; });
  fill('view', h('section', { class: 'card', 'aria-labelledby': 'queue-title' },
    h('h2', { id: 'queue-title' }, text('requests.title')),
    h('div', { class: 'row' }, h('div', {}, h('label', { for: 'queue-state' }, text('requests.filter')), filter)),
    requests.length
      ? table('request-queue',
          [th('requests.due'), th('requests.kind'), th('requests.state'), th('requests.channel'), th('requests.receivedAt'),
            h('th', { scope: 'col' })],
          requests.map((request) => h('tr', {
            class: request.overdue ? 'overdue' : null,
            dataset: { requestId: request.requestId, overdue: request.overdue },
          },
          h('td', { class: 'due' }, formatTime(request.dueAt, lang()),
            request.overdue ? [' ', h('span', { class: 'badge bad' }, text('requests.overdue'))] : null),
          td(text(`kind.${request.kind}`)), td(text(`state.${request.state}`)), td(request.channel),
          td(formatTime(request.receivedAt, lang())),
          h('td', {}, h('a', { href: `#/requests/${request.requestId}`, class: 'button' }, text('requests.openOne'))))))
      : h('p', { class: 'muted' }, text('requests.none'))));
}

async function requestDetail(id) {
  const request = await api.get(`/api/v1/dsr/requests/${encodeURIComponent(id)}`);
  const open = !['completed', 'refused'].includes(request.state);
  const facts = h('dl', { class: 'facts', id: 'request-facts' },
    h('dt', {}, text('requests.id')), h('dd', {}, request.requestId),
    h('dt', {}, text('requests.kind')), h('dd', {}, text(`kind.${request.kind}`)),
    h('dt', {}, text('requests.state')), h('dd', { id: 'request-state' }, text(`state.${request.state}`)),
    h('dt', {}, text('requests.channel')), h('dd', {}, request.channel),
    h('dt', {}, text('requests.receivedAt')), h('dd', {}, formatTime(request.receivedAt, lang())),
    h('dt', {}, text('requests.due')), h('dd', { id: 'request-due' }, formatTime(request.dueAt, lang()),
      request.overdue ? [' ', h('span', { class: 'badge bad' }, text('requests.overdue'))] : null),
    request.subjectId ? [h('dt', {}, text('requests.subject')), h('dd', {}, request.subjectId)] : null,
    request.completedAt ? [h('dt', {}, text('requests.completedAt')), h('dd', {}, formatTime(request.completedAt, lang()))] : null,
    request.outcome ? [h('dt', {}, text('requests.outcome')), h('dd', {}, request.outcome)] : null,
    request.refusal ? [h('dt', {}, text('requests.refusal')),
      h('dd', {}, `${text(`reason.${request.refusal.reason}`)}: ${request.refusal.explanation}`)] : null);
  const certificate = h('div', { id: 'certificate' });
  fill('view', h('section', { class: 'card', 'aria-labelledby': 'request-title' },
    h('h2', { id: 'request-title', tabindex: '-1' }, text('requests.detail')),
    facts,
    h('p', { class: 'row' },
      h('a', { href: '#/requests', class: 'button' }, text('requests.back')),
      request.subjectId ? h('a', { href: `#/audit?subjectId=${request.subjectId}`, class: 'button', id: 'request-audit' },
        text('requests.auditTrail')) : null,
      request.links?.certificate ? h('button', { type: 'button', onclick: async () => {
        const body = await api.get(request.links.certificate);
        fill(certificate, h('h3', {}, text('requests.certificate')), h('pre', {}, JSON.stringify(JSON.parse(body.content), null, 2)));
      } }, text('requests.certificate')) : null),
    certificate),
  open && request.state === 'received' ? verifyForm(request) : null,
  open ? completeForm(request) : null,
  open ? refuseForm(request) : null);
  document.getElementById('request-title').focus();
}

function verifyForm(request) {
  const code = h('input', { id: 'verify-code', inputmode: 'numeric', pattern: '[0-9]{6}', required: true });
  return actionForm('verify-form', 'requests.verify', [h('label', { for: 'verify-code' }, text('requests.code')), code],
    () => api.post(`/api/v1/dsr/requests/${request.requestId}/verification`, { code: code.value }), 'requests.verified', request);
}

function completeForm(request) {
  const outcome = h('textarea', { id: 'complete-outcome', maxlength: 1000, required: request.kind === 'explain' });
  return actionForm('complete-form', 'requests.complete',
    [h('label', { for: 'complete-outcome' }, text('requests.completeOutcome')), outcome],
    () => api.post(`/api/v1/dsr/requests/${request.requestId}/completion`,
      outcome.value.trim() ? { outcome: outcome.value.trim() } : {}),
    'requests.completed', request, 'primary');
}

function refuseForm(request) {
  const reason = h('select', { id: 'refuse-reason', required: true },
    h('option', { value: '' }, '—'),
    REFUSAL_REASONS.map((r) => h('option', { value: r }, text(`reason.${r}`))));
  const explanation = h('textarea', { id: 'refuse-explanation', minlength: 10, maxlength: 1000, required: true });
  return actionForm('refuse-form', 'requests.refuse',
    [h('label', { for: 'refuse-reason' }, text('requests.refuseReason')), reason,
      h('label', { for: 'refuse-explanation' }, text('requests.refuseExplanation')), explanation],
    () => api.post(`/api/v1/dsr/requests/${request.requestId}/refusal`,
      { reason: reason.value, explanation: explanation.value.trim() }),
    'requests.refused', request, 'danger');
}

function actionForm(id, titleKey, fields, send, doneKey, request, buttonClass) {
  const submit = async (event) => {
    event.preventDefault();
    event.submitter.disabled = true;
    try {
      await send();
      await requestDetail(request.requestId);
      announce(text(doneKey), 'ok');
    } catch (failure) {
      event.submitter.disabled = false;
      announce(failure.field ? `${failure.field}: ${failure.message}` : failure.message, 'error');
    }
  };
  return h('section', { class: 'card' }, h('form', { id, onsubmit: submit },
    h('h2', {}, text(titleKey)), fields,
    h('p', {}, h('button', { type: 'submit', class: buttonClass ?? null }, text(titleKey)))));
}

// ---- audit search (PIPL Arts. 51, 54, 55) ----

const AUDIT_FILTERS = ['subjectId', 'actor', 'action', 'purpose'];
// suggestions only: the trail may hold others, and the field takes any text
const KNOWN_ACTIONS = [
  'subject.created', 'subject.updated', 'subject.read-full', 'subject.exported', 'subject.erased',
  'consent.granted', 'consent.withdrawn', 'dsr.received', 'dsr.verified', 'dsr.completed', 'dsr.refused',
  'account.linked', 'segment.read-full', 'segment.exported', 'quarantine.read', 'quarantine.replayed',
  'quarantine.discarded', 'keys.rotation-started', 'notice.published', 'partner.registered', 'audit.exported',
  'legal-hold.placed', 'legal-hold.lifted', 'subject.deleted',
  'retention.run-started', 'retention.run-completed', 'retention.purged',
  'incident.recorded', 'incident.assessed',
  'incident.regulator-notified', 'incident.individuals-notified', 'incident.individuals-notice-skipped',
  'processor.registered', 'processor.terminated', 'processor.deletion-confirmed', 'processor.read',
  'processor.read-refused', 'assessment.recorded', 'purpose.activated', 'purpose.deactivated',
  'processing-records.exported', 'cross-border.recipient-registered', 'cross-border.transferred',
];

async function auditSearch(query) {
  const page = Number(query.get('page') || 0);
  const inputs = Object.fromEntries(AUDIT_FILTERS.map((name) =>
    [name, h('input', { id: `audit-${name}`, name, value: query.get(name) || '',
      list: name === 'action' ? 'audit-actions' : null })]));
  const times = Object.fromEntries(['from', 'to'].map((name) =>
    [name, h('input', { id: `audit-${name}`, name, type: 'datetime-local', value: toLocalInput(query.get(name)) })]));
  const criteria = () => {
    const params = new URLSearchParams();
    for (const [name, input] of Object.entries(inputs)) if (input.value.trim()) params.set(name, input.value.trim());
    for (const [name, input] of Object.entries(times)) if (input.value) params.set(name, new Date(input.value).toISOString());
    return params;
  };
  const results = h('div', { id: 'audit-results' });
  const form = h('form', { id: 'audit-form', onsubmit: (event) => {
    event.preventDefault();
    location.hash = `#/audit?${criteria()}`;
  } },
  h('div', { class: 'row' },
    [...AUDIT_FILTERS, 'from', 'to'].map((name) =>
      h('div', {}, h('label', { for: `audit-${name}` }, text(`audit.${name}`)), inputs[name] ?? times[name]))),
  h('p', { class: 'row' },
    h('button', { type: 'submit', class: 'primary', id: 'audit-search' }, text('audit.search')),
    h('button', { type: 'button', id: 'audit-export', onclick: async () => {
      const params = criteria();
      params.set('format', 'csv');
      saveBlob(await api.blob(`/api/v1/audit/export?${params}`), 'audit-events.zip');
    } }, text('audit.export'))));
  fill('view', h('section', { class: 'card', 'aria-labelledby': 'audit-title' },
    h('h2', { id: 'audit-title' }, text('audit.title')), form, results,
    h('datalist', { id: 'audit-actions' }, KNOWN_ACTIONS.map((action) => h('option', { value: action })))));

  const params = new URLSearchParams(query);
  params.set('page', String(page));
  params.set('size', String(AUDIT_PAGE_SIZE));
  const found = await api.get(`/api/v1/audit/events?${params}`);
  const pages = Math.max(1, Math.ceil(found.total / AUDIT_PAGE_SIZE));
  const goTo = (target) => {
    const next = new URLSearchParams(query);
    next.set('page', String(target));
    location.hash = `#/audit?${next}`;
  };
  fill(results,
    found.items.length
      ? table('audit-table',
          [th('audit.when'), th('audit.action'), th('audit.actor'), th('audit.subjectId'), th('audit.purpose'),
            th('audit.channel'), th('audit.fields'), th('audit.detail')],
          found.items.map((event) => h('tr', { dataset: { action: event.action, subjectId: event.subjectId ?? '' } },
            td(formatTime(event.occurredAt, lang())), td(event.action),
            td(event.roles ? `${event.actor} (${event.roles})` : event.actor),
            td(event.subjectId ?? (event.subjectCount != null ? `${event.subjectCount} ×` : '')),
            td(event.purpose), td(event.channel), td((event.fields || []).join(', ')), td(event.detail))))
      : h('p', { class: 'muted' }, text('audit.none')),
    h('div', { class: 'pager' },
      h('button', { type: 'button', id: 'audit-previous', disabled: page === 0, onclick: () => goTo(page - 1) }, text('audit.previous')),
      h('span', { id: 'audit-page' }, text('audit.page', { page: page + 1, pages, total: found.total })),
      h('button', { type: 'button', id: 'audit-next', disabled: page + 1 >= pages, onclick: () => goTo(page + 1) }, text('audit.next'))));
}

function toLocalInput(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
