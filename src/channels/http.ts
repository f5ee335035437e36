/**
 * The HTTP server of a running bot, on HTTP_PORT (default 8080): the WeCom callback URL
 * (`/wecom/callback`, when the WeCom app is configured) and `GET /healthz`, always, so that
 * Docker's HEALTHCHECK and a load balancer can ask whichever channels run.
 *
 * /healthz answers JSON { ok, db: 'up'|'down', channels: { wecom?, wechaty?, lastError? },
 * version, rubricVersion }: 200 when the database answers, 503 when it does not.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Knex } from 'knex';
import type { Logger } from '../app/deps.ts';

export interface ChannelStates {
  wecom?: 'up' | 'down';
  wechaty?: 'logged-in' | 'logged-out';
  /** The last login error of Wechaty while logged out. */
  lastError?: string;
}

export interface HealthSource {
  db: Knex;
  version: string;
  rubricVersion: string;
  channels(): ChannelStates;
}

export interface Health {
  ok: boolean;
  db: 'up' | 'down';
  channels: ChannelStates;
  version: string;
  rubricVersion: string;
}

const DB_TIMEOUT_MS = 2_000;

async function dbUp(db: Knex): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), DB_TIMEOUT_MS)));
  try {
    return await Promise.race([db.raw('select 1').then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export async function healthReport(src: HealthSource): Promise<{ status: number; body: Health }> {
  const up = await dbUp(src.db);
  return {
    status: up ? 200 : 503,
    body: { ok: up, db: up ? 'up' : 'down', channels: src.channels(), version: src.version, rubricVersion: src.rubricVersion },
  };
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpServer {
  server: Server;
  /** The port it listens on (the real one when HTTP_PORT is 0). */
  port: number;
  /** Stops taking requests and waits for those in progress (idle keep-alive connections are cut). */
  close(): Promise<void>;
}

export async function startHttpServer(opts: {
  port: number;
  host?: string;
  health: HealthSource;
  routes?: Record<string, Route>;
  log: Logger;
}): Promise<HttpServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      healthReport(opts.health).then(
        ({ status, body }) => {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
          res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
        },
        () => {
          res.writeHead(503).end();
        },
      );
      return;
    }
    const route = opts.routes?.[path];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  });
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  opts.log.warn({ port }, 'HTTP 服务已启动（/healthz' + (opts.routes?.['/wecom/callback'] ? '，企业微信回调 /wecom/callback）' : '）'));
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
