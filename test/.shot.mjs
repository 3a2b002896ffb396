import { chromium } from 'playwright-core';

const [, , url, width, out, lang = 'fi-FI'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +width, height: 800 }, locale: lang });
const reqs = [];
p.on('request', (r) => reqs.push(r.url().replace(/.*\//, '')));
await p.goto(url, { waitUntil: 'networkidle' });
await p.screenshot({ path: out, fullPage: true });
console.log(reqs.join('\n'));
await b.close();
