// Ready-made option values for popular retry helpers, derived from the catalogue's
// retry advice so they change when the data does.
import { RETRYABLE_ERROR_CODES } from "./catalogue/core.generated.ts";
import { isRetryable } from "./classify.ts";

/** Node err.code values whose Winsock counterpart is worth retrying (ECONNRESET, ETIMEDOUT, EAI_AGAIN…). */
export { RETRYABLE_ERROR_CODES };

export const retryPresets: {
  got: { errorCodes: string[] };
  undici: { errorCodes: string[] };
  axiosRetry: { retryCondition: (error: unknown) => boolean };
  pRetry: { shouldRetry: (context: unknown) => boolean };
} = {
  /** got: `got(url, { retry: { ...retryPresets.got } })`. */
  got: { errorCodes: [...RETRYABLE_ERROR_CODES] },
  /** undici: `new RetryAgent(agent, { ...retryPresets.undici })` or RetryHandler's retryOptions. */
  undici: { errorCodes: [...RETRYABLE_ERROR_CODES] },
  /** axios-retry: `axiosRetry(axios, { ...retryPresets.axiosRetry })`. */
  axiosRetry: { retryCondition: (error: unknown): boolean => isRetryable(error) },
  /** p-retry (v6 passes the error, v7+ a context with `.error`). */
  pRetry: {
    shouldRetry: (context: unknown): boolean =>
      isRetryable(
        typeof context === "object" && context !== null && "error" in context
          ? (context as { error: unknown }).error
          : context,
      ),
  },
};
