import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerErrors, Poll, pollErrors, pollOf, resultRows, tally } from '../../src/forums/poll-rules';

const poll = (kind: Poll['kind'], extra: Partial<Poll> = {}): Poll => ({
  kind,
  options: [
    { id: 'a', label: 'Unga' },
    { id: 'b', label: 'Äldre' },
    { id: 'c', label: 'Nyanlända' },
  ],
  steps: 5,
  maxChoices: 1,
  ...extra,
});

describe('poll answers', () => {
  it('are refused by field when they cannot be counted', () => {
    assert.deepEqual(answerErrors(poll('scale'), { kind: 'scale', value: 6 }), [
      { path: 'value', code: 'max', params: { max: 5 } },
    ]);
    assert.deepEqual(answerErrors(poll('scale'), { kind: 'scale', value: 2.5 }), [
      { path: 'value', code: 'not_integer' },
    ]);
    assert.deepEqual(answerErrors(poll('scale'), { kind: 'openText', text: 'x' }), [
      { path: 'kind', code: 'not_one_of', params: { values: 'scale' } },
    ]);
    assert.deepEqual(answerErrors(poll('wordCloud'), { kind: 'wordCloud', words: ['a', 'b', 'c', 'd'] }), [
      { path: 'words', code: 'max_items', params: { max: 3 } },
    ]);
    assert.deepEqual(answerErrors(poll('wordCloud'), { kind: 'wordCloud', words: [' ', ''] }), [
      { path: 'words', code: 'empty_list' },
    ]);
    assert.deepEqual(answerErrors(poll('wordCloud'), { kind: 'wordCloud', words: ['x'.repeat(26)] }), [
      { path: 'words[0]', code: 'max_length', params: { max: 25 } },
    ]);
    assert.deepEqual(answerErrors(poll('choice'), { kind: 'choice', optionIds: ['a', 'b'] }), [
      { path: 'optionIds', code: 'max_choices', params: { max: 1 } },
    ]);
    assert.deepEqual(
      answerErrors(poll('choice', { maxChoices: 2 }), { kind: 'choice', optionIds: ['a', 'z'] }),
      [{ path: 'optionIds[1]', code: 'invalid_id' }],
    );
    assert.deepEqual(answerErrors(poll('ranking'), { kind: 'ranking', optionIds: ['a', 'a', 'b'] }), [
      { path: 'optionIds[1]', code: 'duplicate_id', params: { id: 'a' } },
    ]);
    assert.deepEqual(answerErrors(poll('ranking'), { kind: 'ranking', optionIds: ['b', 'a'] }), [
      { path: 'optionIds', code: 'ranking_incomplete', params: { count: 3 } },
    ]);
    assert.deepEqual(answerErrors(poll('openText'), { kind: 'openText', text: 'x'.repeat(501) }), [
      { path: 'text', code: 'max_length', params: { max: 500 } },
    ]);
    assert.deepEqual(answerErrors(poll('ranking'), { kind: 'ranking', optionIds: ['c', 'a', 'b'] }), []);
  });
});

describe('poll results', () => {
  it('count a word once per participant, however it is written, the most frequent first', () => {
    const result = tally(poll('wordCloud'), [
      { kind: 'wordCloud', words: ['Trygghet', 'trygghet ', 'Oro'] },
      { kind: 'wordCloud', words: ['TRYGGHET'] },
      { kind: 'wordCloud', words: ['oro', 'Ensamhet'] },
    ]);
    assert.deepEqual(result, {
      kind: 'wordCloud',
      answers: 3,
      words: [
        { word: 'Oro', count: 2 },
        { word: 'Trygghet', count: 2 },
        { word: 'Ensamhet', count: 1 },
      ],
    });
  });

  it('give a scale’s answers per step and their mean, a choice its picks and a ranking its points', () => {
    const scale = tally(
      poll('scale'),
      [3, 4, 4, 5].map((value) => ({ kind: 'scale' as const, value })),
    );
    assert.deepEqual(scale, { kind: 'scale', answers: 4, steps: [0, 0, 1, 2, 1], mean: 4 });
    assert.deepEqual(tally(poll('scale'), []), {
      kind: 'scale',
      answers: 0,
      steps: [0, 0, 0, 0, 0],
      mean: null,
    });
    const choice = tally(poll('choice'), [
      { kind: 'choice', optionIds: ['b'] },
      { kind: 'choice', optionIds: ['b'] },
    ]);
    assert.deepEqual(choice.kind === 'choice' && choice.options.map((o) => [o.id, o.count]), [
      ['a', 0],
      ['b', 2],
      ['c', 0],
    ]);
    // Borda: first place 2 points, second 1, last 0.
    const ranking = tally(poll('ranking'), [
      { kind: 'ranking', optionIds: ['c', 'a', 'b'] },
      { kind: 'ranking', optionIds: ['a', 'c', 'b'] },
      { kind: 'ranking', optionIds: ['c', 'b', 'a'] },
    ]);
    assert.deepEqual(ranking.kind === 'ranking' && ranking.options.map((o) => [o.id, o.count]), [
      ['c', 5],
      ['a', 3],
      ['b', 1],
    ]);
  });

  it('show open text without the answers the facilitator hid, but count them', () => {
    const texts = [
      { id: '1', text: 'Mer fältarbete', hidden: false },
      { id: '2', text: 'Olämpligt', hidden: true },
    ];
    assert.deepEqual(tally(poll('openText'), [], texts), {
      kind: 'openText',
      answers: 2,
      texts: [{ id: '1', text: 'Mer fältarbete' }],
    });
  });
});

describe('a poll’s result rows', () => {
  it('gives each word, option or step its count, its size against the largest, and for a choice or scale its share', () => {
    const choice = tally(
      {
        kind: 'choice',
        options: [
          { id: 'a', label: 'Skola' },
          { id: 'b', label: 'Polis' },
        ],
        steps: 0,
        maxChoices: 2,
      },
      [
        { kind: 'choice', optionIds: ['a', 'b'] },
        { kind: 'choice', optionIds: ['a'] },
      ],
    );
    assert.deepEqual(resultRows({ results: choice }), [
      { label: 'Skola', count: 2, relative: 1, share: 1 },
      { label: 'Polis', count: 1, relative: 0.5, share: 0.5 },
    ]);
    const scale = tally({ kind: 'scale', options: [], steps: 3, maxChoices: 0 }, []);
    assert.deepEqual(resultRows({ results: scale }), [
      { label: '1', count: 0, relative: 0, share: null },
      { label: '2', count: 0, relative: 0, share: null },
      { label: '3', count: 0, relative: 0, share: null },
    ]);
    const words = tally({ kind: 'wordCloud', options: [], steps: 0, maxChoices: 0 }, [
      { kind: 'wordCloud', words: ['Trygghet', 'Skola'] },
      { kind: 'wordCloud', words: ['trygghet'] },
    ]);
    assert.deepEqual(resultRows({ results: words }), [
      { label: 'Trygghet', count: 2, relative: 1, share: null },
      { label: 'Skola', count: 1, relative: 0.5, share: null },
    ]);
  });
});

describe('a poll’s definition', () => {
  const codes = (errors: { path: string; code: string }[]) => errors.map((e) => [e.path, e.code]);

  it('takes 2 to 10 distinct options for a choice or a ranking, and at most as many choices as options', () => {
    assert.deepEqual(pollErrors({ kind: 'choice', options: ['Skola', 'Polis'], maxChoices: 2 }), []);
    assert.deepEqual(codes(pollErrors({ kind: 'ranking', options: ['Skola'] })), [['options', 'min_items']]);
    assert.deepEqual(codes(pollErrors({ kind: 'choice', options: ['Skola', ' ', 'skola'], maxChoices: 4 })), [
      ['options[1]', 'empty'],
      ['options[2]', 'duplicate_code_in_list'],
      ['maxChoices', 'max'],
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => `Alternativ ${i + 1}`);
    assert.deepEqual(codes(pollErrors({ kind: 'choice', options: eleven })), [['options', 'max_items']]);
  });

  it('takes 2 to 10 steps for a scale, and refuses what the kind does not use', () => {
    assert.deepEqual(codes(pollErrors({ kind: 'scale', options: [] })), [['steps', 'required']]);
    assert.deepEqual(codes(pollErrors({ kind: 'scale', options: [], steps: 1 })), [['steps', 'min']]);
    assert.deepEqual(codes(pollErrors({ kind: 'scale', options: [], steps: 11 })), [['steps', 'max']]);
    assert.deepEqual(codes(pollErrors({ kind: 'wordCloud', options: ['a'], steps: 5, maxChoices: 1 })), [
      ['options', 'not_for_kind'],
      ['steps', 'not_for_kind'],
      ['maxChoices', 'not_for_kind'],
    ]);
  });

  it('names the options a, b, c … and gives a choice one pick unless told', () => {
    assert.deepEqual(pollOf({ kind: 'choice', options: [' Skola ', 'Polis'] }), {
      kind: 'choice',
      options: [
        { id: 'a', label: 'Skola' },
        { id: 'b', label: 'Polis' },
      ],
      steps: 0,
      maxChoices: 1,
    });
    assert.deepEqual(pollOf({ kind: 'scale', options: [], steps: 5 }), {
      kind: 'scale',
      options: [],
      steps: 5,
      maxChoices: 0,
    });
  });
});
