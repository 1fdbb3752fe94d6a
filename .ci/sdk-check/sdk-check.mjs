// Drives every email-security method of the official Cloudflare TypeScript SDK (cloudflare 7.3.0, pinned in
// package.json) against the emulator started by ./run with --validate, asserting on what comes back, and ends with
// the emulator's own list of OpenAPI contract violations, which must be empty. Prints "N passed, M failed".
//
// Environment: ES_BASE_URL (http://127.0.0.1:<port>/client/v4), ES_ACCOUNT, ES_TOKEN, ES_MESSAGES (seeded count).
import assert from 'node:assert/strict';
import Cloudflare, { AuthenticationError, NotFoundError } from 'cloudflare';

const BASE_URL = required('ES_BASE_URL');
const ACCOUNT = required('ES_ACCOUNT');
const TOKEN = required('ES_TOKEN');
const MESSAGES = Number(required('ES_MESSAGES'));
const account_id = ACCOUNT;

const client = new Cloudflare({ apiToken: TOKEN, baseURL: BASE_URL, maxRetries: 0 });
const called = new Set();
const es = recording(client.emailSecurity, 'emailSecurity');

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const state = {};

// --- investigate -----------------------------------------------------------------------------------------------
test('investigate.list: auto-pagination over all messages', async () => {
  const seen = new Map();
  for await (const m of es.investigate.list({ account_id, per_page: 37, detections_only: false })) {
    assert.ok(!seen.has(m.id), `message ${m.id} came twice`);
    seen.set(m.id, m);
  }
  assert.equal(seen.size, MESSAGES);
  state.messages = [...seen.values()];
  state.quarantined = state.messages.filter((m) => m.is_quarantined);
  assert.ok(state.quarantined.length >= 3, 'at least 3 quarantined messages');
});

test('investigate.list: filters (final_disposition, delivery_status)', async () => {
  const page = await es.investigate.list({ account_id, final_disposition: 'MALICIOUS', per_page: 100 });
  assert.ok(page.result.length > 0);
  for (const m of page.result) {
    assert.equal(m.final_disposition, 'MALICIOUS');
  }
});

test('investigate.list: smtp_helo_ip filter (newest API)', async () => {
  const m = state.messages.find((x) => x.smtp_helo_server_ip);
  const found = await collect(es.investigate.list({ account_id, smtp_helo_ip: m.smtp_helo_server_ip,
    detections_only: false, per_page: 100 }));
  assert.ok(found.some((x) => x.id === m.id));
  assert.ok(found.every((x) => x.smtp_helo_server_ip === m.smtp_helo_server_ip));
});

test('investigate.get', async () => {
  const m = state.messages[0];
  const got = await es.investigate.get(m.id, { account_id });
  assert.equal(got.id, m.id);
  assert.equal(got.postfix_id, m.postfix_id);
});

test('investigate.detections.get', async () => {
  const m = state.messages.find((x) => x.final_disposition === 'MALICIOUS') ?? state.messages[0];
  const d = await es.investigate.detections.get(m.id, { account_id });
  assert.equal(typeof d.action, 'string');
  assert.ok(Array.isArray(d.headers) && Array.isArray(d.links) && Array.isArray(d.attachments));
  assert.equal(typeof d.validation, 'object');
});

test('investigate.preview.get: a PNG', async () => {
  const p = await es.investigate.preview.get(state.messages[1].id, { account_id });
  assertPng(p.screenshot);
});

test('investigate.preview.create: a PNG', async () => {
  const p = await es.investigate.preview.create({ account_id, id: state.messages[2].postfix_id });
  assertPng(p.screenshot);
});

test('investigate.raw.get: EML header lines', async () => {
  const m = state.messages[3];
  const r = await es.investigate.raw.get(m.id, { account_id });
  for (const header of ['From', 'To', 'Subject', 'Date', 'Message-ID']) {
    assert.match(r.raw, new RegExp(`^${header}: .+`, 'm'), `header ${header}`);
  }
  assert.match(r.raw, /\r?\n\r?\n/, 'a blank line between headers and body');
});

test('investigate.trace.get', async () => {
  const t = await es.investigate.trace.get(state.messages[4].id, { account_id });
  assert.ok(t.inbound && t.outbound);
  assert.ok(Array.isArray(t.inbound.lines ?? []));
});

test('investigate.move.create', async () => {
  const m = state.messages[5];
  const items = await collect(es.investigate.move.create(m.id, { account_id, destination: 'JunkEmail' }));
  assert.ok(items.length >= 1);
  for (const item of items) {
    assert.equal(item.success, true);
    assert.equal(item.destination, 'JunkEmail');
  }
});

test('investigate.move.bulk', async () => {
  const ids = [state.messages[6].id, state.messages[7].id];
  const items = await collect(es.investigate.move.bulk({ account_id, ids, destination: 'DeletedItems' }));
  assert.ok(items.length >= 2);
  assert.ok(items.every((i) => i.success === true && i.destination === 'DeletedItems'));
});

test('investigate.release.bulk: {"ids": [...]}', async () => {
  const ids = state.quarantined.slice(0, 2).map((m) => m.id);
  const released = await collect(es.investigate.release.bulk({ account_id, ids }));
  assert.deepEqual(released.map((r) => r.id).sort(), [...ids].sort());
  assert.ok(released.every((r) => (r.delivered ?? []).length > 0));
  for (const id of ids) {
    assert.equal((await es.investigate.get(id, { account_id })).is_quarantined, false);
  }
});

test('investigate.reclassify.create', async () => {
  const m = state.messages.find((x) => x.final_disposition !== 'SPAM' && !x.is_quarantined) ?? state.messages[8];
  await es.investigate.reclassify.create(m.id, { account_id, expected_disposition: 'SPAM' });
  state.reclassified = m;
});

// --- bulk jobs ---------------------------------------------------------------------------------------------------
const searchParams = () => ({ start: new Date(Date.now() - 30 * 86400e3).toISOString(),
  end: new Date().toISOString(), final_disposition: 'SPAM', detections_only: true, smtp_helo_ip: null });

test('investigate.bulk.create', async () => {
  const job = await es.investigate.bulk.create({ account_id, action: 'MOVE', destination: 'JunkEmail',
    comment: 'sdk check', search_params: searchParams() });
  assert.equal(job.action_type, 'MOVE');
  assert.equal(typeof job.job_id, 'string');
  state.job = job.job_id;
});

test('investigate.bulk.get: until COMPLETED', async () => {
  let job;
  for (let i = 0; i < 200; i++) {
    job = await es.investigate.bulk.get(state.job, { account_id });
    assert.equal(job.job_id, state.job);
    if (job.status === 'COMPLETED') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(job.status, 'COMPLETED');
  assert.ok(job.total_messages_discovered > 0);
  assert.equal(job.messages_successful + job.messages_failed + job.messages_skipped + job.messages_cancelled
    + job.messages_pending, job.total_messages_discovered);
  state.jobDiscovered = job.total_messages_discovered;
});

test('investigate.bulk.list: auto-pagination', async () => {
  const ids = [];
  for await (const j of es.investigate.bulk.list({ account_id, per_page: 1 })) ids.push(j.job_id);
  assert.ok(ids.includes(state.job));
  assert.equal(new Set(ids).size, ids.length);
});

test('investigate.bulk.messages.list: auto-pagination', async () => {
  const items = [];
  for await (const m of es.investigate.bulk.messages.list(state.job, { account_id, per_page: 2 })) items.push(m);
  assert.equal(items.length, state.jobDiscovered);
});

test('investigate.bulk.cancel.create', async () => {
  const job = await es.investigate.bulk.create({ account_id, action: 'RELEASE', search_params: searchParams() });
  const cancelled = await es.investigate.bulk.cancel.create(job.job_id, { account_id });
  assert.equal(cancelled.job_id, job.job_id);
  assert.equal(cancelled.status, 'CANCELLED');
  state.cancelledJob = job.job_id;
});

test('investigate.bulk.delete', async () => {
  for (const id of [state.job, state.cancelledJob]) {
    const deleted = await es.investigate.bulk.delete(id, { account_id });
    assert.equal(deleted.id, id);
    await assert.rejects(es.investigate.bulk.get(id, { account_id }), NotFoundError);
  }
});

// --- PhishGuard reports and submissions -------------------------------------------------------------------------
test('phishguard.reports.list: auto-pagination over all reports', async () => {
  const first = await es.phishguard.reports.list({ account_id, per_page: 3 });
  const total = first.result_info.total_count;
  assert.ok(total > 3, 'more reports than one page');
  const ids = [];
  for await (const r of es.phishguard.reports.list({ account_id, per_page: 3 })) ids.push(r.id);
  assert.equal(ids.length, total);
  assert.equal(new Set(ids).size, total);
});

test('submissions.list: auto-pagination, ordered', async () => {
  const subs = [];
  for await (const s of es.submissions.list({ account_id, per_page: 5, order: 'requested_at', direction: 'asc' })) {
    subs.push(s);
  }
  assert.equal(new Set(subs.map((s) => s.submission_id)).size, subs.length);
  assert.ok(subs.some((s) => s.original_postfix_id === state.reclassified.postfix_id),
    'the reclassification is a submission');
});

// --- settings: create -> list -> get -> edit -> delete (and batch) ------------------------------------------------
const uniq = Date.now().toString(36);
settings('allowPolicies', {
  create: { pattern: `allow-${uniq}@example.com`, pattern_type: 'EMAIL', is_regex: false, is_acceptable_sender: true,
    is_exempt_recipient: false, is_trusted_sender: false, verify_sender: true, comments: 'sdk check' },
  edit: { comments: 'edited by the sdk check' }, check: (e) => assert.equal(e.comments, 'edited by the sdk check'),
  list: { order: 'pattern', direction: 'asc' },
  batch: (id) => ({ deletes: [{ id }], patches: [], puts: [], posts: [{ pattern: `batch-${uniq}@example.com`,
    pattern_type: 'EMAIL', is_regex: false, is_acceptable_sender: false, is_exempt_recipient: true,
    is_trusted_sender: false, verify_sender: false }] }),
});
settings('blockSenders', {
  create: { pattern: `block-${uniq}@example.net`, pattern_type: 'EMAIL', is_regex: false },
  edit: { comments: 'edited' }, check: (e) => assert.equal(e.comments, 'edited'),
  list: { order: 'created_at', direction: 'desc', pattern_type: 'EMAIL' },
  batch: (id) => ({ deletes: [{ id }], patches: [], puts: [],
    posts: [{ pattern: `batch-${uniq}.example.net`, pattern_type: 'DOMAIN', is_regex: false }] }),
});
settings('trustedDomains', {
  create: { pattern: `trusted-${uniq}.example.org`, is_recent: true, is_regex: false, is_similarity: false },
  edit: { is_similarity: true }, check: (e) => assert.equal(e.is_similarity, true),
  list: { order: 'pattern' },
  batch: (id) => ({ deletes: [{ id }], patches: [], puts: [],
    posts: [{ pattern: `batch-${uniq}.example.org`, is_recent: false, is_regex: false, is_similarity: true }] }),
});
settings('impersonationRegistry', {
  create: { name: `Exec ${uniq}`, email: `exec-${uniq}@example.com`, is_email_regex: false },
  edit: { name: `Exec ${uniq} (edited)` }, check: (e) => assert.equal(e.name, `Exec ${uniq} (edited)`),
  list: { order: 'email', direction: 'asc' },
});
settings('sendingDomainRestrictions', {
  create: { domain: `restricted-${uniq}.example.com`, exclude: ['ok.example.com'] },
  edit: { exclude: ['ok.example.com', 'also-ok.example.com'] },
  check: (e) => assert.deepEqual(e.exclude, ['ok.example.com', 'also-ok.example.com']),
  list: { order: 'domain' },
});
settings('urlIgnorePatterns', {
  create: { pattern: `https://ignore-${uniq}.example.com/*` },
  edit: { comments: 'edited' }, check: (e) => assert.equal(e.comments, 'edited'),
  list: {},
});
settings('contentPolicies', {
  create: { name: `policy ${uniq}`, pattern: 'wire transfer', targets: ['SUBJECT', 'BODY'], enabled: true },
  edit: { enabled: false }, check: (e) => assert.equal(e.enabled, false),
  list: { order: 'name', direction: 'asc' },
  batch: (id) => ({ deletes: [{ id }], patches: [], puts: [],
    posts: [{ name: `batch ${uniq}`, pattern: 'gift card', targets: ['BODY'], enabled: true }] }),
});
const domainBody = (name) => ({ domain: name, allowed_delivery_modes: ['DIRECT'], drop_dispositions: ['MALICIOUS'],
  ip_restrictions: [], regions: ['GLOBAL'] });
settings('domains', {
  create: domainBody(`protected-${uniq}.example.com`),
  edit: { lookback_hops: 3 }, check: (e) => assert.equal(e.lookback_hops, 3),
  list: { order: 'domain', direction: 'asc' },
  batch: (id) => ({ deletes: [{ id }], patches: [], puts: [], posts: [domainBody(`batch-${uniq}.example.com`)] }),
});

test('settings.domains.update (PUT)', async () => {
  const d = await es.settings.domains.create({ account_id, ...domainBody(`put-${uniq}.example.com`) });
  const replaced = await es.settings.domains.update(d.id, { account_id, allowed_delivery_modes: ['BCC'],
    drop_dispositions: ['SPAM'], ip_restrictions: [], regions: ['US'] });
  assert.equal(replaced.id, d.id);
  assert.deepEqual(replaced.allowed_delivery_modes, ['BCC']);
  assert.deepEqual(replaced.regions, ['US']);
  state.putDomain = d.id;
});

test('settings.domains.list: domain filter (repeated keys) and upper-case status', async () => {
  const all = [];
  for await (const d of es.settings.domains.list({ account_id, per_page: 5 })) all.push(d);
  const names = all.slice(0, 2).map((d) => d.domain);
  const page = await es.settings.domains.list({ account_id, domain: names });
  assert.deepEqual(page.result.map((d) => d.domain).sort(), [...names].sort());
  const active = await es.settings.domains.list({ account_id, status: 'ACTIVE' });
  assert.ok(active.result.every((d) => d.status === 'ACTIVE'));
});

test('settings.domains.bulkDelete: no body, nothing deleted', async () => {
  const before = (await es.settings.domains.list({ account_id, per_page: 1 })).result_info.total_count;
  const deleted = await collect(es.settings.domains.bulkDelete({ account_id }));
  assert.deepEqual(deleted, []);
  const after = (await es.settings.domains.list({ account_id, per_page: 1 })).result_info.total_count;
  assert.equal(after, before);
  await es.settings.domains.get(state.putDomain, { account_id });
});

// --- credentials ------------------------------------------------------------------------------------------------
test('a bad token raises AuthenticationError', async () => {
  const bad = new Cloudflare({ apiToken: 'not-a-valid-token-0000000000000000', baseURL: BASE_URL, maxRetries: 0 });
  await assert.rejects(bad.emailSecurity.investigate.get(state.messages[0].id, { account_id }), AuthenticationError);
});

// --- coverage and the contract --------------------------------------------------------------------------------
test('every email-security method of the SDK was called', async () => {
  const all = methods(client.emailSecurity, 'emailSecurity');
  const missing = all.filter((m) => !called.has(m));
  assert.deepEqual(missing, [], `not called: ${missing.join(', ')}`);
  console.log(`# ${all.length} SDK methods called: ${all.join(' ')}`);
});

test('0 contract violations', async () => {
  const res = await fetch(new URL('/__emulator/violations', BASE_URL));
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.validating, true, 'the emulator runs with --validate');
  if (body.count > 0) console.log(body.violations.map((v) => `#   ${v}`).join('\n'));
  assert.equal(body.count, 0, `${body.count} contract violations`);
  console.log('# 0 contract violations');
});

// --- runner ------------------------------------------------------------------------------------------------------
let passed = 0;
let failed = 0;
for (const t of tests) {
  try {
    await t.fn();
    passed++;
    console.log(`ok - ${t.name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${t.name}: ${e?.message ?? e}`.replace(/\n/g, '\n#   '));
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

// --- helpers -----------------------------------------------------------------------------------------------------
function settings(resource, spec) {
  const api = () => es.settings[resource];
  test(`settings.${resource}: create -> list -> get -> edit -> delete`, async () => {
    const created = await api().create({ account_id, ...spec.create });
    assert.ok(created.id !== undefined && created.id !== null);
    const listed = [];
    for await (const e of api().list({ account_id, per_page: 2, ...spec.list })) listed.push(e.id);
    assert.ok(listed.includes(created.id), 'the new entry is listed');
    assert.equal(new Set(listed).size, listed.length);
    assert.equal((await api().get(created.id, { account_id })).id, created.id);
    const edited = await api().edit(created.id, { account_id, ...spec.edit });
    assert.equal(edited.id, created.id);
    spec.check(await api().get(created.id, { account_id }));
    const deleted = await api().delete(created.id, { account_id });
    assert.equal(deleted.id, created.id);
    await assert.rejects(api().get(created.id, { account_id }), NotFoundError);
  });
  if (spec.batch) {
    test(`settings.${resource}.batch`, async () => {
      const victim = await api().create({ account_id, ...spec.create, ...uniqueAgain(resource) });
      const result = await api().batch({ account_id, ...spec.batch(victim.id) });
      assert.deepEqual((result.deletes ?? []).map((d) => d.id), [victim.id]);
      assert.equal((result.posts ?? []).length, 1);
      await assert.rejects(api().get(victim.id, { account_id }), NotFoundError);
      assert.equal((await api().get(result.posts[0].id, { account_id })).id, result.posts[0].id);
    });
  }
}

function uniqueAgain(resource) {
  const tag = `again-${uniq}`;
  return {
    allowPolicies: { pattern: `${tag}@example.com` }, blockSenders: { pattern: `${tag}@example.net` },
    trustedDomains: { pattern: `${tag}.example.org` }, contentPolicies: { name: tag },
    domains: { domain: `${tag}.example.com` },
  }[resource];
}

async function collect(pagePromise) {
  const out = [];
  for await (const item of pagePromise) out.push(item);
  return out;
}

function assertPng(base64) {
  const bytes = Buffer.from(base64, 'base64');
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG magic bytes');
}

function isResource(value) {
  return value && typeof value === 'object' && value._client !== undefined;
}

function methodNames(resource) {
  const names = new Set();
  for (let p = Object.getPrototypeOf(resource); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    if (p.constructor?.name === 'APIResource') break;
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name !== 'constructor' && typeof resource[name] === 'function') names.add(name);
    }
  }
  return [...names];
}

function children(resource) {
  return Object.keys(resource).filter((k) => k !== '_client' && isResource(resource[k]));
}

/** Every method of the resource tree, as dotted paths below emailSecurity. */
function methods(resource, path) {
  const out = methodNames(resource).map((m) => `${path}.${m}`);
  for (const k of children(resource)) out.push(...methods(resource[k], `${path}.${k}`));
  return out.sort();
}

/** The same tree, recording each method called (as in methods()). */
function recording(resource, path) {
  return new Proxy(resource, {
    get(target, key) {
      const value = target[key];
      if (typeof key !== 'string') return value;
      if (isResource(value)) return recording(value, `${path}.${key}`);
      if (typeof value === 'function' && methodNames(target).includes(key)) {
        return (...args) => {
          called.add(`${path}.${key}`);
          return value.apply(target, args);
        };
      }
      return value;
    },
  });
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set (run .ci/sdk-check/run)`);
    process.exit(2);
  }
  return value;
}
