/** Shown by `npm start` until the web app has been built into dist/web. */
export function placeholderPage(base: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Työ &amp; etuudet</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}code,pre{background:#f3f3f3;padding:.1rem .3rem}pre{padding:.75rem;overflow:auto}</style>
</head>
<body>
<main>
<h1>Työ &amp; etuudet</h1>
<p>The API is running. The web app has not been built yet (<code>npm run build</code> writes it to <code>dist/web</code>; <code>npm start</code> runs the build when there is one).</p>
<ul>
<li><a href="/v1/health">GET /v1/health</a></li>
<li><a href="/v1/rules">GET /v1/rules</a></li>
<li><a href="/v1/openapi.json">GET /v1/openapi.json</a> (OpenAPI 3.1)</li>
<li>POST /v1/calculations and POST /v1/calculations/sweep</li>
</ul>
<pre>curl -s ${base}/v1/calculations -H 'content-type: application/json' -d '{
  "date": "2026-03-01",
  "benefits": { "earningsRelatedPension": { "type": "full", "fixedTerm": false, "monthlyAmount": "1200.00" } },
  "scenarios": [ { "id": "none", "monthlyEarnings": 0 }, { "id": "10h", "hoursPerWeek": 10, "hourlyWage": "13.50" } ]
}'</pre>
</main>
</body>
</html>
`;
}
