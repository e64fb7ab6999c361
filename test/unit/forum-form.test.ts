import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stockholmInstant, stockholmLocal } from '../../src/web/forums/forum-form';

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
