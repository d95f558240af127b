// Ready-made option values for popular retry helpers, derived from the catalogue's
// retry advice so they change when the data does.
import { RETRYABLE_ERROR_CODES } from "./catalogue/core.generated.ts";
import { isRetryable } from "./classify.ts";
import { fromError, read } from "./from-error.ts";

/** Node err.code values whose Winsock counterpart is worth retrying (ECONNRESET, ETIMEDOUT, EAI_AGAIN…). */
export { RETRYABLE_ERROR_CODES };

/**
 * What a library names a connection the peer broke, which its own defaults retry and a preset
 * must not drop: EPIPE, a write after the peer closed (a reset's next write on Linux; got's and
 * undici's defaults), and undici's UND_ERR_SOCKET, "other side closed" (the keep-alive race:
 * the server closed an idle connection as the request went out; undici's default list).
 */
const PEER_CLOSED = ["EPIPE"];
const UNDICI_PEER_CLOSED = [...PEER_CLOSED, "UND_ERR_SOCKET"];

/** Methods whose request may be sent twice (RFC 9110 §9.2.2), as axios-retry's own default holds. */
const IDEMPOTENT = new Set(["get", "head", "options", "put", "delete", "trace"]);

export const retryPresets: {
  got: { errorCodes: string[] };
  undici: { errorCodes: string[] };
  axiosRetry: { retryCondition: (error: unknown) => boolean };
  pRetry: { shouldRetry: (context: unknown) => boolean };
} = {
  /** got: `got(url, { retry: { ...retryPresets.got } })` (got retries only its idempotent methods). */
  got: { errorCodes: [...RETRYABLE_ERROR_CODES, ...PEER_CLOSED] },
  /** undici: `new RetryAgent(agent, { ...retryPresets.undici })` or RetryHandler's retryOptions (idempotent methods only, undici's default). */
  undici: { errorCodes: [...RETRYABLE_ERROR_CODES, ...UNDICI_PEER_CLOSED] },
  /**
   * axios-retry: `axiosRetry(axios, { ...retryPresets.axiosRetry })`. A retryable socket error,
   * and a request that may be repeated: an idempotent method, or any request that never reached
   * the server (refused, not resolved: the error of its connect or lookup). A POST whose
   * connection was reset may have been done; it is not sent twice.
   */
  axiosRetry: {
    retryCondition: (error: unknown): boolean => isRetryable(error) && (idempotent(error) || notSent(error)),
  },
  /** p-retry (v6 passes the error, v7+ a context with `.error`). */
  pRetry: {
    shouldRetry: (context: unknown): boolean => {
      const error = read(context, "error");
      return isRetryable(error !== undefined && hasOwnError(context) ? error : context);
    },
  },
};

/** Whether an axios error's request has an idempotent method. */
function idempotent(error: unknown): boolean {
  const method = read(read(error, "config"), "method");
  return typeof method === "string" && IDEMPOTENT.has(method.toLowerCase());
}

/** Whether the error came from the connect or the lookup, before anything was sent. */
function notSent(error: unknown): boolean {
  const syscall = fromError(error)?.syscall;
  return syscall === "connect" || syscall === "getaddrinfo";
}

/** p-retry 7's context: an object holding `error` (read without `in`, which a revoked Proxy throws on). */
function hasOwnError(context: unknown): boolean {
  try {
    return typeof context === "object" && context !== null && "error" in context;
  } catch {
    return false;
  }
}
