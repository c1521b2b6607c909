// The merchant's server of bench/webhooks (docs/performance.md, "Webhook delivery"): a bare node http
// server on 127.0.0.1 that takes every POST, checks its Standard Webhooks signature against the secret of
// the endpoint its path names, records when it arrived and answers 200 with no body. Nothing else runs in
// it, so its cost is the same for the delivery job and for the raw HttpClient loop it is compared with.
//
// Usage: node bench/webhook-receiver.mjs PORT SECRETS.json   (SECRETS: {"/e1": "whsec_…", …})
//   GET  /count           → {"count": received, "bad": signatures that did not verify, "first_ms", "last_ms"}
//   POST /dump?file=PATH  → writes one line per request (arrival ms since the epoch, path, webhook-id,
//                           the body's "timestamp" in ms since the epoch, 1 if the signature verified),
//                           tab-separated, to PATH, and forgets them.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, secretsFile] = process.argv.slice(2);
const keys = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(secretsFile, 'utf8'))).map(([path, secret]) => [path, Buffer.from(secret.replace(/^whsec_/, ''), 'base64')]));
const now = () => performance.timeOrigin + performance.now();
let records = [];
let bad = 0;

function verifies(path, headers, body) {
  const key = keys[path];
  if (!key) return false;
  const expected = createHmac('sha256', key).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`).digest();
  return (headers['webhook-signature'] ?? '').split(' ').some(entry => {
    const [version, signature] = entry.split(',');
    const given = Buffer.from(signature ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

createServer((req, res) => {
  const url = new URL(req.url, 'http://receiver');
  if (req.method === 'GET' && url.pathname === '/count') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ count: records.length, bad, first_ms: records[0]?.[0] ?? null, last_ms: records.at(-1)?.[0] ?? null }));
    return;
  }
  if (req.method === 'POST' && url.pathname === '/dump') {
    writeFileSync(url.searchParams.get('file'), records.map(r => r.join('\t') + '\n').join(''));
    records = [];
    bad = 0;
    res.end();
    return;
  }
  const chunks = [];
  req.on('data', chunk => chunks.push(chunk));
  req.on('end', () => {
    const arrived = now();
    const body = Buffer.concat(chunks).toString('utf8');
    const ok = verifies(url.pathname, req.headers, body);
    if (!ok) bad++;
    let timestamp = '';
    try { timestamp = Date.parse(JSON.parse(body).timestamp); } catch { /* recorded empty */ }
    records.push([arrived.toFixed(3), url.pathname, req.headers['webhook-id'] ?? '', timestamp, ok ? 1 : 0]);
    res.statusCode = 200;
    res.end();
  });
}).listen(Number(port), '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
