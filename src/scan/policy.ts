// Which POSIX names count as socket errors when they stand alone in a log. Names
// such as EACCES, EINVAL or EINTR (and their texts "Permission denied", "Invalid
// argument") are far more often file-system or process errors; they count only
// inside a socket shape (`bind EACCES 0.0.0.0:80`, `[WinError 10013]`).
const SOCKET_SPECIFIC =
  /^(?:ECONN|EADDR|ENET|EHOST|ETIMEDOUT$|ENOTCONN$|EISCONN$|ENOTSOCK$|ENOBUFS$|EPROTO|EAFNOSUPPORT$|EPFNOSUPPORT$|ESOCKTNOSUPPORT$|EMSGSIZE$|ESHUTDOWN$|EDESTADDRREQ$|EAI_|ENOTFOUND$)/;

export function isSocketSpecific(posixName: string): boolean {
  return SOCKET_SPECIFIC.test(posixName);
}

/** Node's syscall words before a code ("read ECONNRESET", "bind EACCES"): these make any code a socket error. */
export const SOCKET_SYSCALLS = [
  "read",
  "write",
  "connect",
  "getaddrinfo",
  "getnameinfo",
  "listen",
  "bind",
  "accept",
  "send",
  "sendto",
  "recv",
  "recvfrom",
  "queryA",
  "queryAaaa",
  "querySrv",
  "lookup",
  "shutdown",
] as const;

/**
 * What the Windows JDK appends to a socket error's text: NET_ThrowNew adds the call
 * ("Connection refused: connect", "Address already in use: NET_Bind"; JDK 8's
 * "Address already in use: JVM_Bind" and "…: listen failed"), and older JDKs'
 * stream code its own words ("Connection reset by peer: socket write error"). A text
 * that is platform-neutral alone (glibc prints "Connection refused" too) is Windows
 * Java's when one of these follows it. Read from data/sources/java.json's notes and the
 * shapes in test/fixtures/explain/java.json; the calls JDK 26 names
 * (debian:openjdk-26=26.0.2.1+1-1:src/java.base/windows/native/libnio/ch/Net.c: socket,
 * listen, getsockname, setsockopt, ioctlsocket) and JDK 8's
 * (corretto/corretto-8@5f671886fd6184645d823e645b3c0057117f8a31:jdk/src/windows/native/java/net/DualStackPlainSocketImpl.c:
 * create, configureBlocking) — these everyday words only where the text ends with them
 * ("Connection refused: socket closed" is another program's sentence).
 */
export const WINDOWS_JAVA_SUFFIX =
  /^: (?:(?:connect|bind|NET_Bind|JVM_Bind|Cannot bind|listen failed|getsockopt|no further information|socket write error|recv failed)\b|(?:listen|setsockopt|getsockname|ioctlsocket|socket|create|configureBlocking)(?=\s*$|\s+@|\s+at\s|[^\w\s-]))/;

/**
 * Words of a line about a socket or a connection: where a Win32 code that calls of every kind
 * fail with (the handle is invalid, 6; the parameter is incorrect, 87) is a socket's.
 */
export const SOCKET_WORDS =
  /socket|winsock|\bWSA|overlapped|proactor|\b(?:recv|send|connect|accept|select|bind|listen|[gs]etsockopt|shutdown|tcp|udp)/i;
