// librtmp's failed send, as OBS, ffmpeg and nginx-rtmp's relays log it: "%s, RTMP send error %d (%d
// bytes)" with GetSockError(), WSAGetLastError() on Windows and errno elsewhere
// (obsproject/obs-studio@548938c2108340b8aea31d3331c7e77e9d5ac011:plugins/obs-outputs/librtmp/rtmp.c,
// WriteN). Lines from a third hunt through public issue threads, each cited.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scan } from "../../src/scan/index.ts";

const read = (line: string) =>
  scan(line).map((finding) => `${finding.symbol} ${finding.platform} ${finding.dialect} ${finding.text}`);

describe("librtmp's send error", () => {
  it("reads the errno on Linux and macOS, Winsock's number on Windows", () => {
    // Nakildias/sc0710#79 (OBS on Linux).
    assert.deepEqual(read("10:13:39.613: WriteN, RTMP send error 104 (453 bytes)"), [
      "WSAECONNRESET posix librtmp RTMP send error 104",
    ]);
    // torch2424/live-stream-radio#7.
    assert.deepEqual(read("WriteN, RTMP send error 104 (136 bytes)"), [
      "WSAECONNRESET posix librtmp RTMP send error 104",
    ]);
    // The same call on Windows prints WSAGetLastError()'s number.
    assert.deepEqual(read("WriteN, RTMP send error 10053 (4107 bytes)"), [
      "WSAECONNABORTED windows librtmp RTMP send error 10053",
    ]);
  });

  it("reads no number that is no socket's error", () => {
    // arut/nginx-rtmp-module#1069: 104 is ECONNRESET; 32 is EPIPE, a pipe's as much as a socket's.
    assert.deepEqual(read("# WriteN, RTMP send error 104 (5 bytes) WriteN, RTMP send error 32 (42 bytes)"), [
      "WSAECONNRESET posix librtmp RTMP send error 104",
    ]);
    assert.deepEqual(read("WriteN, RTMP send error 5 (12 bytes)"), []);
  });
});
