// An options argument as the library reads it. Whatever a caller passes (null, a number, an
// object whose getters throw, a revoked Proxy, a value of the wrong type) gives the options that
// can be read with the type each needs, and none of the rest: every function stays total
// (README), and options are read once.

type OptionType = "string" | "number" | "boolean" | "function";

/** The options of `options` named in `types` that can be read and have that type, in a plain object. */
export function plainOptions<T extends object>(
  options: unknown,
  types: Readonly<Partial<Record<keyof T & string, OptionType>>>,
): Partial<T> {
  const plain: Record<string, unknown> = {};
  if ((typeof options !== "object" && typeof options !== "function") || options === null) return plain as Partial<T>;
  for (const [key, type] of Object.entries(types)) {
    try {
      const value = (options as Record<string, unknown>)[key];
      // (A number must be one: NaN would make a block size or a count nothing.)
      if (typeof value === type && (type !== "number" || Number.isFinite(value))) plain[key] = value;
    } catch {
      // (A getter that throws: that option is left out.)
    }
  }
  return plain as Partial<T>;
}
