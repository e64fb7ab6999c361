import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isIsoDate, stockholmDate } from '../../src/common/dates';

describe('dates', () => {
  it('gives the Swedish calendar day, which turns at midnight Swedish time, not UTC', () => {
    assert.equal(stockholmDate(new Date('2026-05-31T21:59:59Z')), '2026-05-31'); // 23:59:59 CEST
    assert.equal(stockholmDate(new Date('2026-05-31T22:00:00Z')), '2026-06-01'); // 00:00 CEST
    assert.equal(stockholmDate(new Date('2026-01-15T22:59:00Z')), '2026-01-15'); // 23:59 CET
    assert.equal(stockholmDate(new Date('2026-01-15T23:00:00Z')), '2026-01-16');
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    assert.equal(isIsoDate('2026-02-28'), true);
    assert.equal(isIsoDate('2028-02-29'), true);
    assert.equal(isIsoDate('2026-02-29'), false);
    assert.equal(isIsoDate('2026-13-01'), false);
    assert.equal(isIsoDate('2026-1-01'), false);
    assert.equal(isIsoDate('31/05/2026'), false);
  });
});
