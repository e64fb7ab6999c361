import { Api } from './app';
import { openStream, Participant } from './forum-live';

/** What a load of many participants answering one word cloud showed. */
export interface ForumLoad {
  participants: number;
  /** From the first answer sent to the last one answered, in ms. */
  answeringMs: number;
  /** Per answer: from when it was sent to the first presenter event that counts it, in ms. */
  visibleMs: number[];
  /** Per answer: the request's own round trip, from sending to its answer, in ms. */
  answerMs: number[];
  /** The answers the presenter's last event counts. */
  counted: number;
  /** Events the presenter received while the answers came. */
  events: number;
}

/** The poll's words in a presenter event. */
type Results = { id: string; results: { answers: number; words: { word: string }[] } };

/**
 * `participants` guests join the forum by its code, spread over the servers at `participantUrls`, and each answers
 * one open word cloud with a word of its own, `concurrency` at a time, while a presenter stream on `presenterUrl`
 * follows; each answer is timed from its sending until the presenter first shows its word. Bounded: it gives up
 * after `limitMs`.
 */
export async function runForumLoad(options: {
  coordinator: Api;
  forumId: string;
  joinCode: string;
  presenterUrl: string;
  participantUrls: string[];
  participants: number;
  concurrency: number;
  limitMs: number;
}): Promise<ForumLoad> {
  const { coordinator, forumId } = options;
  const made = await coordinator.post(`/api/forums/${forumId}/polls`, {
    kind: 'wordCloud',
    question: 'Ett ord om läget i er kommun',
  });
  if (made.status !== 201) throw new Error(`poll: ${made.status} ${made.text}`);
  const pollId = (made.body as { id: string }).id;
  const guests: Participant[] = [];
  for (let i = 0; i < options.participants; i += 1)
    guests.push(
      await Participant.join(options.participantUrls[i % options.participantUrls.length]!, options.joinCode),
    );
  const presenter = await openStream(`${options.presenterUrl}/api/forums/${forumId}/events`, {
    Authorization: `Bearer ${coordinator.token}`,
  });
  try {
    await presenter.next((e) => e.type === 'polls');
    const opened = await coordinator.post(`/api/forums/${forumId}/polls/${pollId}/open`);
    if (opened.status !== 200) throw new Error(`open: ${opened.status}`);
    const sentAt = new Array<number>(guests.length);
    const answerMs = new Array<number>(guests.length);
    const deadline = performance.now() + options.limitMs;
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < guests.length && performance.now() < deadline) {
        const i = next++;
        sentAt[i] = performance.now();
        const answered = await guests[i]!.answer(pollId, { words: [`ord${i}`] });
        answerMs[i] = performance.now() - sentAt[i];
        if (answered.status !== 200) throw new Error(`answer ${i}: ${answered.status} ${answered.text}`);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    const answeringMs = performance.now() - started;
    const last = await presenter.next(
      (e) => e.type === 'results' && (e.data as Results).results.answers === guests.length,
      Math.max(1000, deadline - performance.now()),
    );
    const results = presenter.events.filter((e) => e.type === 'results' && (e.data as Results).id === pollId);
    const firstSeen = new Map<string, number>();
    for (const event of results)
      for (const { word } of (event.data as Results).results.words)
        if (!firstSeen.has(word)) firstSeen.set(word, event.at);
    const visibleMs = sentAt.map((at, i) => (firstSeen.get(`ord${i}`) ?? Number.POSITIVE_INFINITY) - at);
    return {
      participants: guests.length,
      answeringMs,
      visibleMs,
      answerMs: answerMs.filter(Number.isFinite),
      counted: (last.data as Results).results.answers,
      events: results.length,
    };
  } finally {
    presenter.close();
  }
}

/** The value at quantile `q` (0–1) of the numbers. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
