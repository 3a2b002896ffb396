import { type HttpMethod, ROUTES, type Route } from '#contracts/routes.ts';

/** Which route of the route table (functions/contracts/routes.ts) serves a request, as API Gateway decides it. */

/**
 * The path parameters when `path` fits the route path `template`, else null. As in API Gateway: a
 * `{name}` is one whole, non-empty segment; everything else matches exactly (case-sensitive, no trailing
 * slash). Values are URL-decoded; one that does not decode does not match.
 */
function matchPath(template: string, path: string): Record<string, string> | null {
  const want = segmentsOf(template);
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const { text: w, param: name } = want[i]!;
    const g = got[i]!;
    if (name === undefined) {
      if (w !== g) return null;
      continue;
    }
    if (g === '') return null;
    try {
      params[name] = decodeURIComponent(g);
    } catch {
      return null;
    }
  }
  return params;
}

/** A template's segments, each a literal or a `{name}`, read once per template (every request matches against them). */
const templates = new Map<string, { text: string; param: string | undefined }[]>();
function segmentsOf(template: string) {
  let segments = templates.get(template);
  if (segments === undefined) {
    segments = template.split('/').map((text) => ({ text, param: /^\{([A-Za-z0-9_]+)\}$/.exec(text)?.[1] }));
    templates.set(template, segments);
  }
  return segments;
}

/** How many literal segments a template has: API Gateway prefers the most specific route. */
const specificity = (template: string) => template.split('/').filter((s) => !s.startsWith('{')).length;

/**
 * The route serving `method` on `path`, and its path parameters (the most specific route wins). HEAD is served
 * by the GET route, without the body (RFC 9110 § 9.3.2; the stack drops it, infra/api.ts adds the HEAD routes).
 */
export function matchRoute(method: string, path: string): { route: Route; pathParameters: Record<string, string> } | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  let best: { route: Route; pathParameters: Record<string, string> } | undefined;
  for (const route of ROUTES) {
    if (route.method !== wanted) continue;
    const pathParameters = matchPath(route.path, path);
    if (pathParameters && (!best || specificity(route.path) > specificity(best.route.path))) best = { route, pathParameters };
  }
  return best;
}

/** The methods some route serves on `path` (HEAD wherever GET); empty when the path is unknown. */
export function methodsFor(path: string): (HttpMethod | 'HEAD')[] {
  return ROUTES.filter((r) => matchPath(r.path, path) !== null).flatMap((r) =>
    r.method === 'GET' ? (['GET', 'HEAD'] as const) : [r.method],
  );
}
