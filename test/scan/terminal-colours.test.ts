// A log captured from a terminal keeps its colours (ESC [ … m): lines are read as they show, on
// every path, and columns count what they show.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scan } from "../../src/scan/index.ts";
import { assertFindsOnEveryPath } from "../helpers/edges.ts";

const red = (text: string) => `\x1b[31m${text}\x1b[39m`;

describe("a terminal's colours in a log", () => {
  it("are read through, with columns as the line shows them", async () => {
    const lines = [
      red("ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host"),
      `\x1b[2m2024-05-01 12:00:01\x1b[22m ${red("ERROR")} curl: (7) Failed to connect to x port 80: \x1b[1mConnection refused\x1b[22m`,
      // A colour around a value (util.inspect's) leaves its shape whole.
      `  errno: \x1b[33m-4077\x1b[39m,`,
      "",
    ];
    await assertFindsOnEveryPath(lines.join("\n"), [
      "1 WSAECONNRESET windows",
      "2 WSAECONNREFUSED unknown",
      "3 WSAECONNRESET windows",
    ]);
    const found = scan(lines.join("\n"));
    assert.deepEqual(
      found.map((finding) => [finding.column, finding.text]),
      [
        [23, "[WinError 10054]"],
        [37, "Failed to connect to x port 80: Connection refused"],
        [3, "errno: -4077"],
      ],
    );
  });
});
