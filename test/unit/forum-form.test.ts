import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  answerFromForm,
  answerValues,
  pollFromForm,
  stockholmInstant,
  stockholmLocal,
} from '../../src/web/forums/forum-form';

describe('a forum’s time on the page', () => {
  it('is Stockholm’s: an hour ahead of UTC in winter, two in summer, and shown back as typed', () => {
    assert.equal(stockholmInstant('2026-12-10T09:00'), '2026-12-10T09:00:00+01:00');
    assert.equal(stockholmInstant('2027-06-15T13:30'), '2027-06-15T13:30:00+02:00');
    // Hours after summer time has ended (25 October 2026) and before it starts again (28 March 2027).
    assert.equal(stockholmInstant('2026-10-25T04:00'), '2026-10-25T04:00:00+01:00');
    assert.equal(stockholmInstant('2027-03-28T01:30'), '2027-03-28T01:30:00+01:00');
    assert.equal(stockholmLocal('2026-12-10T08:00:00.000Z'), '2026-12-10T09:00');
    assert.equal(stockholmLocal('2027-06-15T11:30:00.000Z'), '2027-06-15T13:30');
    assert.equal(stockholmInstant('den tionde'), 'den tionde', 'left for the API to refuse');
  });
});

describe('the forum’s forms', () => {
  it('reads a poll: options one per line for a choice or a ranking, steps for a scale, nothing the kind does not use', () => {
    assert.deepEqual(
      pollFromForm({
        kind: 'choice',
        question: 'Vilka?',
        options: 'Skola\r\n\r\n Socialtjänst \n',
        maxChoices: '2',
        steps: '5',
      }),
      {
        kind: 'choice',
        question: 'Vilka?',
        options: ['Skola', 'Socialtjänst'],
        maxChoices: 2,
      },
    );
    assert.deepEqual(pollFromForm({ kind: 'scale', question: 'Hur?', steps: '', options: 'x' }), {
      kind: 'scale',
      question: 'Hur?',
      steps: 5,
    });
    assert.deepEqual(
      pollFromForm({ kind: 'scale', question: 'Hur?', steps: 'sju' }).steps,
      'sju',
      'left for the API to refuse',
    );
    assert.deepEqual(pollFromForm({ kind: 'wordCloud', question: 'Ord', options: 'a\nb' }), {
      kind: 'wordCloud',
      question: 'Ord',
    });
  });

  it('reads an answer from a phone: words, ticks, places, a step or a text', () => {
    assert.deepEqual(answerFromForm('wordCloud', { words: ['Trygghet ', '', 'Skola'] }), {
      words: ['Trygghet', 'Skola'],
    });
    assert.deepEqual(answerFromForm('wordCloud', { words: 'Ensamhet' }), { words: ['Ensamhet'] });
    assert.deepEqual(answerFromForm('choice', { optionIds: 'b' }), { optionIds: ['b'] });
    assert.deepEqual(answerFromForm('choice', {}), { optionIds: [] });
    assert.deepEqual(
      answerFromForm('ranking', { 'place.a': '3', 'place.b': '1', 'place.c': '2', _csrf: 'x' }),
      {
        optionIds: ['b', 'c', 'a'],
      },
    );
    assert.deepEqual(answerFromForm('ranking', { 'place.a': '1', 'place.b': '' }), { optionIds: ['a'] });
    assert.deepEqual(answerFromForm('scale', { value: '4' }), { value: 4 });
    assert.deepEqual(answerFromForm('scale', {}), {});
    assert.deepEqual(answerFromForm('openText', { text: 'Unga i centrum' }), { text: 'Unga i centrum' });
  });
});

describe('the answer form’s values', () => {
  it('shows what was posted when it was refused, else the answer given before', () => {
    assert.deepEqual(answerValues({ kind: 'ranking', optionIds: ['b', 'a'] }, null).places, {
      b: '1',
      a: '2',
    });
    assert.deepEqual(answerValues({ kind: 'wordCloud', words: ['Trygghet'] }, null).words, ['Trygghet']);
    const refused = answerValues({ kind: 'scale', value: 2 }, { value: '9', 'place.a': '1', text: 'x' });
    assert.equal(refused.value, '9');
    assert.deepEqual(refused.places, { a: '1' });
    assert.equal(answerValues(null, null).text, '');
  });
});
