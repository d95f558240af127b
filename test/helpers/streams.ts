// Stream sources for the explainer's stream tests.

/** A source that gives these chunks, then fails with "the source broke off". */
export async function* failingSource(chunks: readonly string[]): AsyncGenerator<string> {
  yield* chunks;
  throw new Error("the source broke off");
}
