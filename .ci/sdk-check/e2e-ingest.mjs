// The official TypeScript SDK's half of the bench's end-to-end table (bench/.../EndToEnd): ingests every message of
// the standalone emulator with the SDK's auto-pagination (searchMessages = emailSecurity.investigate.list, 1000-item
// pages, the same filters as the JVM clients) each time it is asked to, speaking the protocol of the JVM clients
// (bench/.../ClientProcess): "READY" once set up; for each "ingest" line on stdin, one ingest and
// "E2E items repeated micros"; for "rss", "RSS peakKb"; it exits at the end of stdin. EndToEnd decides how many
// warm-up and measured ingests each client makes, with the same rule for all.
//
// Environment: ES_BASE_URL (http://127.0.0.1:<port>/client/v4), ES_ACCOUNT, ES_API_KEY, ES_API_EMAIL, ES_START.
import readline from 'node:readline';
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

console.log('READY');
for await (const command of readline.createInterface({ input: process.stdin })) {
  if (command === 'ingest') {
    const t0 = performance.now();
    const { items, repeated } = await ingest();
    const micros = Math.round((performance.now() - t0) * 1000);
    console.log(`E2E ${items} ${repeated} ${micros}`);
  } else if (command === 'rss') {
    // resourceUsage().maxRSS is in kilobytes, like the JVM's VmHWM
    console.log(`RSS ${process.resourceUsage().maxRSS}`);
  }
}
