// An options argument as the library reads it. Whatever a caller passes (null, a number, an
// object whose getters throw, a revoked Proxy) gives the keys that can be read and none of the
// rest: every function stays total (README), and options are read once.

/** The `keys` of `options` that can be read and are not undefined, in a plain object. */
export function plainOptions<T extends object>(options: unknown, keys: readonly (keyof T & string)[]): Partial<T> {
  const plain: Record<string, unknown> = {};
  if ((typeof options !== "object" && typeof options !== "function") || options === null) return plain as Partial<T>;
  for (const key of keys) {
    try {
      const value = (options as Record<string, unknown>)[key];
      if (value !== undefined) plain[key] = value;
    } catch {
      // (A getter that throws: that option is left out.)
    }
  }
  return plain as Partial<T>;
}
