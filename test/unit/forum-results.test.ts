import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forumResultOf } from '../../src/forums/forum-results';
import { tally } from '../../src/forums/poll-rules';
import type { PollView } from '../../src/forums/poll.view';

const poll = (
  id: string,
  state: PollView['state'],
  results: PollView['results'],
  kind: PollView['kind'],
): PollView => ({
  id,
  position: 1,
  kind,
  question: `Fråga ${id}`,
  options: [],
  steps: 3,
  maxChoices: 0,
  state,
  openedAt: null,
  closedAt: null,
  results,
});

describe('a forum’s result', () => {
  it('gives the themes asked for, the polls opened with their rows, and the notes written in the groups’ order', () => {
    const scale = { kind: 'scale' as const, options: [], steps: 3, maxChoices: 0 };
    const result = forumResultOf({
      forum: {
        id: 'f',
        title: 'Dialogforum',
        startsAt: '2026-12-10T08:00:00.000Z',
        roundId: 'r',
        agenda: [
          { id: 'seen', text: { sv: 'Vad såg vi?', en: 'What did we see?' }, askedBy: [] },
          {
            id: 'theme-1',
            text: { sv: 'Trygghet i centrum', en: 'Trygghet i centrum' },
            askedBy: ['0780', '0781'],
          },
        ],
        groups: [
          { id: 'B', name: 'B Större städer', municipalityCodes: ['0780', '0760'] },
          { id: 'C', name: 'C Mindre orter', municipalityCodes: ['0781'] },
        ],
      },
      polls: [
        poll(
          '1',
          'closed',
          tally(scale, [
            { kind: 'scale', value: 2 },
            { kind: 'scale', value: 3 },
          ]),
          'scale',
        ),
        poll('2', 'draft', tally(scale, []), 'scale'),
        poll('3', 'open', { kind: 'openText', answers: 2, texts: [{ id: 'a', text: 'Unga' }] }, 'openText'),
      ],
      notes: [
        { scope: 'C', section: '0781', text: 'Ljungby: lugnare sommar.' },
        { scope: 'B', section: '0760', text: '  ' },
        { scope: 'B', section: '0780', text: 'Växjö: färre bränder.' },
        { scope: 'B', section: 'summary', text: 'Samma mönster.' },
      ],
    });
    assert.deepEqual(result.themes, [{ text: 'Trygghet i centrum', askedBy: ['0780', '0781'] }]);
    assert.deepEqual(result.questions, ['Vad såg vi?', 'Trygghet i centrum']);
    assert.deepEqual(
      result.polls.map((p) => [p.id, p.answers, p.mean, p.texts]),
      [
        ['1', 2, 2.5, []],
        ['3', 2, null, ['Unga']],
      ],
    );
    assert.deepEqual(
      result.polls[0]!.rows.map((r) => [r.label, r.count]),
      [
        ['1', 0],
        ['2', 1],
        ['3', 1],
      ],
    );
    assert.deepEqual(result.notes, [
      { municipalityCode: '0780', groupName: 'B Större städer', text: 'Växjö: färre bränder.' },
      { municipalityCode: '0781', groupName: 'C Mindre orter', text: 'Ljungby: lugnare sommar.' },
    ]);
    assert.deepEqual(result.summaries, [{ groupName: 'B Större städer', text: 'Samma mönster.' }]);
  });
});
