import { caseStoreFromEnv } from '../../store/client.ts';

/**
 * The case store of this Lambda, made once at cold start from TABLE_NAME, CASE_TTL_DAYS and SHARE_TTL_DAYS
 * (a missing or bad value stops the function from starting). Only the case and share handlers import it.
 */
export const store = caseStoreFromEnv();
