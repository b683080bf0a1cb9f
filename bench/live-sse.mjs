// Opens N server-sent-event streams of one live article, posts entries one after another, and
// reports how long each entry took to reach every stream: from the moment its POST was sent
// (an upper bound of the time since its commit) to the moment a stream had the whole event.
// No dependencies: Node's own http module, one socket per stream.
//   node bench/live-sse.mjs <api> <slug> <articleId> <token> [streams=2000] [entries=30] [gapMs=500]
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const [api, slug, articleId, token, streamsArg, entriesArg, gapArg] = process.argv.slice(2);
const STREAMS = Number(streamsArg || 2000);
const ENTRIES = Number(entriesArg || 30);
const GAP = Number(gapArg || 500);
const url = new URL(`/api/v1/articles/${slug}/entries/stream`, api);
const sent = new Map(); // entry headline -> time its POST was sent
const latencies = [];
let connected = 0;
let failed = 0;

function open() {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, headers: { Accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) { failed++; res.resume(); resolve(); return; }
      connected++;
      resolve();
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = event.split('\n').find((line) => line.startsWith('data:'));
          if (!data) continue; // a heartbeat comment
          const headline = JSON.parse(data.slice(5)).headline;
          const at = sent.get(headline);
          if (at !== undefined) latencies.push(performance.now() - at);
        }
      });
    });
    req.on('error', () => { failed++; resolve(); });
  });
}

function post(headline) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ headline, body: [{ type: 'paragraph', text: 'Bench entry.' }] });
    const req = http.request(new URL(`/api/v1/admin/articles/${articleId}/entries`, api), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Content-Length': Buffer.byteLength(body) },
    }, (res) => { res.resume(); res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`POST ${res.statusCode}`)))); });
    req.on('error', reject);
    sent.set(headline, performance.now());
    req.end(body);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const opening = performance.now();
for (let i = 0; i < STREAMS; i += 100) {
  await Promise.all(Array.from({ length: Math.min(100, STREAMS - i) }, open));
}
const openMs = performance.now() - opening;
await sleep(1000);
for (let i = 0; i < ENTRIES; i++) {
  await post(`bench entry ${i} ${Date.now()}`);
  await sleep(GAP);
}
await sleep(2000);
latencies.sort((a, b) => a - b);
const pct = (p) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] : NaN;
const expected = connected * ENTRIES;
console.log(JSON.stringify({
  streams: STREAMS, connected, failed, openMs: Math.round(openMs), entries: ENTRIES,
  delivered: latencies.length, expected,
  withinOneSecond: latencies.filter((ms) => ms <= 1000).length,
  p50: pct(0.5).toFixed(1), p90: pct(0.9).toFixed(1), p99: pct(0.99).toFixed(1), max: (latencies.at(-1) ?? NaN).toFixed(1),
}));
process.exit(0);
