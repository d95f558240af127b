// Lines in the shapes of Loghub's system logs (logpai/loghub@dd61d0952749ee7963bde24220d1be5ede023033,
// each file's 2 000-line sample: Zhu et al., "Loghub: A Large Collection of System Log Datasets
// for AI-driven Log Analytics", ISSRE 2023), with hosts, ids and times changed. Run whole, the 16
// samples gave 96 findings, every one a socket error, and none for the 673 numbers from 10000 to
// 11999 they hold outside Proxifier's (Android's uids, ports, pids). A few of each kind are kept
// here.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scan } from "../../src/scan/index.ts";

const read = (line: string) => scan(line).map((finding) => `${finding.symbol} ${finding.platform} ${finding.evidence}`);

describe("Loghub's system logs", () => {
  it("reads the socket errors they hold, with the platform each was printed on", () => {
    const cases: [string, string[]][] = [
      // Proxifier/Proxifier_2k.log: Proxifier on Windows prints Winsock's number.
      [
        "[07.27 05:05:50] chrome.exe *64 - qa.example.com:443 error : Could not connect to proxy proxy.example.edu:5070 - connection attempt failed with error 10061",
        ["WSAECONNREFUSED windows decimal"],
      ],
      [
        "[07.26 17:23:51] WeChat.exe - 10.1.2.3:80 error : Could not connect to proxy proxy.example.edu:5070 - Could not resolve proxy.example.edu error 11001",
        ["WSAHOST_NOT_FOUND windows decimal"],
      ],
      // Hadoop/Hadoop_2k.log: a Hadoop cluster on Windows; the Windows JDK ends its text so.
      [
        "2015-10-18 18:06:26,029 FATAL [IPC Server handler 13 on 62270] org.apache.hadoop.mapred.TaskAttemptListenerImpl: Task: attempt_1445144423722_0020_m_000002_0 - exited : java.net.NoRouteToHostException: No Route to Host from  MININT-ABCDEF1/127.0.0.1 to node-41:9000 failed on socket timeout exception: java.net.NoRouteToHostException: No route to host: no further information; For more details see:  http://wiki.apache.org/hadoop/NoRouteToHost",
        ["WSAEHOSTUNREACH windows message"],
      ],
      // Mac/Mac_2k.log: macOS's errno in brackets before its text (50 is ENETDOWN there).
      [
        "Jul  1 11:49:29 host-10-105-160-95 QQ[10018]: tcp_connection_destination_perform_socket_connect 19110 connectx to 10.57.48.75:80@0 failed: [50] Network is down",
        ["WSAENETDOWN posix message"],
      ],
      // Linux/Linux_2k.log, BGL/BGL_2k.log, Thunderbird/Thunderbird_2k.log, OpenSSH/OpenSSH_2k.log.
      [
        "Jun 30 20:53:04 combo klogind[19274]: Authentication failed from 10.27.187.39 (10.27.187.39): Software caused connection abort",
        ["WSAECONNABORTED posix message"],
      ],
      [
        "Jul 25 23:23:13 combo ftpd[26463]: getpeername (ftpd): Transport endpoint is not connected",
        ["WSAENOTCONN posix message"],
      ],
      [
        "APPTO 1132600084 2005.11.21 R14-M0-NC-I:J18-U11 2005-11-21-11.08.04.944948 R14-M0-NC-I:J18-U11 RAS APP FATAL ciod: Error reading message prefix on CioStream socket to 10.16.96.116:41554, Connection timed out",
        ["WSAETIMEDOUT posix message"],
      ],
      [
        "- 1131566491 2005.11.09 eadmin1 Nov 9 12:01:31 src@eadmin1 sendmail[4306]: jA9J1UvC004306: to=root, relay=[127.0.0.1] [127.0.0.1], dsn=4.0.0, stat=Deferred: Connection refused by [127.0.0.1]",
        ["WSAECONNREFUSED posix message"],
      ],
      [
        "- 1131567055 2005.11.09 tbird-admin1 Nov 9 12:10:55 local@tbird-admin1 sshd[1761]: error: Bind to port 22 on 0.0.0.0 failed: Address already in use.",
        ["WSAEADDRINUSE posix message"],
      ],
      [
        "Dec 10 11:03:53 LabSZ sshd[25457]: fatal: Write failed: Connection reset by peer [preauth]",
        ["WSAECONNRESET posix message"],
      ],
    ];
    for (const [line, expected] of cases) assert.deepEqual(read(line), expected, line);
  });

  it("finds nothing in their other errors, resets and numbers", () => {
    for (const line of [
      // Proxifier's own words, and an HTTP status.
      "[10.30 17:15:42] QQ.exe - conn6.example.com:443 error : A connection request was canceled before the completion.",
      "[07.26 19:01:46] tencentdl.exe - p2p.example.com:443 error : Could not connect through proxy proxy.example.edu:5070 - Proxy server cannot establish a connection with the target, status code 503",
      "[07.26 19:05:10] chrome.exe - proxy.example.edu:5070 close, 1180 bytes sent, 10054 bytes received, lifetime 00:05",
      // Android's uids and work sources, HPC's links, an activity's reset.
      "03-17 16:13:38.935  1702  3697 W ActivityManager: getRunningAppProcesses: caller 10113 does not hold REAL_GET_TASKS; limiting output",
      '03-17 16:13:38.936  1702 14638 D PowerManagerService: release:lock=189667585, flg=0x0, tag="*launch*", name=android", ws=WorkSource{10061}, uid=1000, pid=1702',
      "03-17 16:13:55.938  1702  1737 I ActivityManager: cleanUpApplicationRecordLocked, reset pid: 12025, euid: 0",
      "285855 Interconnect-1T00 switch_module bcast-error 1080298218 1 Link in reset",
    ])
      assert.deepEqual(read(line), [], line);
  });
});
