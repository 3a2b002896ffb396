import { timeline } from '#core/timeline/index.ts';
import { TimelineRequest } from '#core/timeline-request.ts';
import { parseBody } from './http/request.ts';
import { json } from './http/response.ts';
import { apiHandler } from './http/stack.ts';
import { ruleSet } from './ruleset.ts';

/** POST /v1/timelines: a case and a plan of up to 36 months of work, month by month. Stateless. */
export const handler = apiHandler('timeline', (event) => json(timeline(ruleSet, parseBody(event, TimelineRequest))));
