// Shared by the server tests: one app (its page assets are built once), JSON helpers.
import { createApp } from "../../src/server/app.ts";

export const app = createApp();

export async function getJson(path: string, init: RequestInit = {}) {
  const response = await app.request(path, init);
  const body = response.status === 304 ? null : await response.json();
  return { response, body };
}
