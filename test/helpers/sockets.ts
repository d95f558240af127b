// Real sockets on loopback: a port nobody listens on, and a server that resets
// every connection (RST, not FIN) for its first `resets` connections.
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { type AddressInfo, connect, createServer, type Socket } from "node:net";

/** A loopback port that was just free: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The error a real connect to a closed loopback port raises. */
export function refusedConnectError(port: number): Promise<Error> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.on("error", resolve);
  });
}

/** The error a client sees when the server answers its connection with a reset. */
export async function resetReadError(): Promise<Error> {
  const server = createServer((socket) => socket.resetAndDestroy());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<Error>((resolve) => {
      const socket: Socket = connect({ host: "127.0.0.1", port });
      socket.on("error", resolve);
      socket.on("connect", () => socket.write("hello"));
    });
  } finally {
    server.close();
  }
}

export interface FlakyServer {
  readonly url: string;
  /** Connections accepted so far (reset or served). */
  readonly connections: () => number;
  close(): Promise<void>;
}

/** An HTTP server whose first `resets` connections are reset; later ones get 200 "ok". */
export async function flakyHttpServer(resets: number): Promise<FlakyServer> {
  let connections = 0;
  const server: HttpServer = createHttpServer((_request, response) => {
    response.setHeader("connection", "close");
    response.end("ok");
  });
  server.on("connection", (socket: Socket) => {
    connections++;
    if (connections <= resets) socket.resetAndDestroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A server that reads each request's first bytes, then resets the connection: the request reached it. */
export async function resetAfterRequestServer(): Promise<FlakyServer> {
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    socket.once("data", () => socket.resetAndDestroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
