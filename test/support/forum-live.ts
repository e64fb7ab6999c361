import request from 'supertest';

/** One Server-Sent Event as it arrived, with when. */
export interface StreamEvent {
  type: string;
  data: unknown;
  at: number;
}

/** A live stream read as the browser's EventSource would, with a way to wait for the event one needs. */
export interface EventStream {
  events: StreamEvent[];
  /** The first event from `index` on that passes `test`, waiting up to `ms` for it. */
  next(test: (event: StreamEvent) => boolean, ms?: number, index?: number): Promise<StreamEvent>;
  close(): void;
}

/** Opens a stream of Server-Sent Events at `url` with these headers; resolves once the answer's headers are in. */
export async function openStream(url: string, headers: Record<string, string>): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { Accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  if (!response.ok || !response.body)
    throw new Error(`stream ${url}: ${response.status} ${await response.text()}`);
  const events: StreamEvent[] = [];
  const waiting = new Set<() => void>();
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let type = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) type = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          const text = data.join('\n');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // Not JSON: kept as text.
          }
          events.push({ type, data: parsed, at: performance.now() });
          for (const wake of waiting) wake();
        }
      }
    } catch {
      // Closed by the test or the server.
    }
  })();
  return {
    events,
    async next(test, ms = 5000, index = 0) {
      const deadline = performance.now() + ms;
      for (;;) {
        const found = events.slice(index).find(test);
        if (found) return found;
        const left = deadline - performance.now();
        if (left <= 0)
          throw new Error(`no such event within ${ms} ms; got ${JSON.stringify(events.map((e) => e.type))}`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiting.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, left);
          waiting.add(wake);
        });
      }
    },
    close: () => controller.abort(),
  };
}

/** A forum participant on the API: their pass, and the calls a phone makes. */
export class Participant {
  constructor(
    readonly url: string,
    readonly token: string,
  ) {}

  static async join(url: string, joinCode: string, bearer?: string): Promise<Participant> {
    const call = request(url).post('/api/forum-participation/join').send({ joinCode });
    if (bearer) void call.set('Authorization', `Bearer ${bearer}`);
    const response = await call;
    if (response.status !== 200) throw new Error(`join failed: ${response.status} ${response.text}`);
    return new Participant(url, (response.body as { token: string }).token);
  }

  poll() {
    return request(this.url).get('/api/forum-participation/poll').set('X-Participant-Token', this.token);
  }

  answer(pollId: string, body: object) {
    return request(this.url)
      .put(`/api/forum-participation/polls/${pollId}/answer`)
      .set('X-Participant-Token', this.token)
      .send(body);
  }

  events(): Promise<EventStream> {
    return openStream(`${this.url}/api/forum-participation/events`, { 'X-Participant-Token': this.token });
  }
}
