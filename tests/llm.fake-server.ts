/**
 * A local fake OpenAI-compatible endpoint (POST /v1/chat/completions) on 127.0.0.1, scripted per
 * request, so that tests exercise the real `openai` client over HTTP. No network.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Step =
  /** 200 with this assistant content. */
  | { reply: string }
  /** An HTTP error status with an OpenAI-style error body. */
  | { status: 429 | 500 | 502 | 503 }
  /** Accept the request and never answer (until the client gives up). */
  | { hang: true }
  /** 200 with a body that is not JSON. */
  | { garbage: true };

export interface RecordedRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string };
}

export interface FakeServer {
  /** For the openai client: `http://127.0.0.1:<port>/v1`. */
  baseURL: string;
  /** Queue the next responses; when the queue is empty, `otherwise` answers. */
  script(...steps: Step[]): void;
  /** Answers every request once the script is used up (default: 503). */
  otherwise: Step | ((req: RecordedRequest) => Step);
  requests: RecordedRequest[];
  /** Forget the script and the recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeServer(): Promise<FakeServer> {
  const queue: Step[] = [];
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const state: FakeServer = {
    baseURL: '',
    script: (...steps) => void queue.push(...steps),
    otherwise: { status: 503 },
    requests,
    reset() {
      queue.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest;
    requests.push(body);
    const step = queue.shift() ?? (typeof state.otherwise === 'function' ? state.otherwise(body) : state.otherwise);
    if ('hang' in step) {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if ('garbage' in step) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": "x", "choices": [ oops');
      return;
    }
    if ('status' in step) {
      // retry-after-ms keeps openai's one retry fast in tests (it honours the header).
      res
        .writeHead(step.status, { 'content-type': 'application/json', 'retry-after-ms': '5' })
        .end(JSON.stringify({ error: { message: `fake ${step.status}`, type: 'fake', code: step.status } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: `chatcmpl-${requests.length}`,
        object: 'chat.completion',
        created: 0,
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: step.reply }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return state;
}
