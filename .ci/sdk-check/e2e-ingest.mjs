// The official TypeScript SDK's half of the bench's end-to-end table (bench/.../EndToEnd): ingests every message of
// the standalone emulator with the SDK's auto-pagination (searchMessages = emailSecurity.investigate.list, 1000-item
// pages, the same filters as the JVM clients), once to warm up and once measured, and prints
// "E2E items repeated millis peakRssKb searchCalls allCalls" for the measured ingest (calls from /__emulator/calls).
//
// Environment: ES_BASE_URL (http://127.0.0.1:<port>/client/v4), ES_ACCOUNT, ES_API_KEY, ES_API_EMAIL, ES_START.
import Cloudflare from 'cloudflare';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const BASE_URL = env('ES_BASE_URL');
const account_id = env('ES_ACCOUNT');
const start = env('ES_START');
const client = new Cloudflare({ apiKey: env('ES_API_KEY'), apiEmail: env('ES_API_EMAIL'), baseURL: BASE_URL,
  maxRetries: 0 });

async function ingest() {
  const ids = new Set();
  let items = 0;
  for await (const m of client.emailSecurity.investigate.list({ account_id, per_page: 1000,
    detections_only: false, start })) {
    ids.add(m.id);
    items++;
  }
  return { items, repeated: items - ids.size };
}

async function calls() {
  const root = BASE_URL.slice(0, BASE_URL.indexOf('/client/v4'));
  const body = await (await fetch(`${root}/__emulator/calls`)).json();
  return [body.by_operation?.email_security_investigate ?? 0, body.total];
}

await ingest();
const before = await calls();
const t0 = performance.now();
const { items, repeated } = await ingest();
const millis = Math.round(performance.now() - t0);
const after = await calls();
// resourceUsage().maxRSS is in kilobytes, like the JVM's VmHWM
console.log(`E2E ${items} ${repeated} ${millis} ${process.resourceUsage().maxRSS} ${after[0] - before[0]} ${after[1] - before[1]}`);
