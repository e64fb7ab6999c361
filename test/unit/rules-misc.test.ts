import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passwordProblems } from '../../src/users/passwords';
import { nextRoundStatus } from '../../src/rounds/round-lifecycle';
import { checkRoundDefinition } from '../../src/rounds/round-rules';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';
import { rankOf, resolveTaxonomy, TAXONOMY_LISTS } from '../../src/taxonomy/taxonomy';
import { svText } from '../support/texts';

describe('round lifecycle', () => {
  it('goes planned → open → closed and never back', () => {
    assert.equal(nextRoundStatus('planned', 'open'), 'open');
    assert.equal(nextRoundStatus('open', 'close'), 'closed');
    assert.equal(nextRoundStatus('planned', 'close'), null);
    assert.equal(nextRoundStatus('open', 'open'), null);
    assert.equal(nextRoundStatus('closed', 'open'), null);
  });

  it('checks the period, the deadline and the round own lists', () => {
    const ok = { periodStart: '2026-01-01', periodEnd: '2026-06-30', deadline: '2026-06-15' };
    assert.deepEqual(checkRoundDefinition(ok), []);
    assert.deepEqual(
      checkRoundDefinition({ ...ok, periodEnd: '2025-12-31', deadline: '2025-01-01' }).map((e) => e.path),
      ['periodEnd', 'deadline'],
    );
    const dup = { code: 'a', label: { sv: 'A', en: 'A' } };
    assert.deepEqual(
      checkRoundDefinition({ ...ok, taxonomy: { levels: [dup, dup], trends: [] } }).map((e) => e.path),
      ['taxonomy.levels[1].code', 'taxonomy.trends'],
    );
  });
});

describe('taxonomy', () => {
  it('has every list with unique codes and Swedish and English labels', () => {
    for (const list of TAXONOMY_LISTS) {
      const items = DEFAULT_TAXONOMY[list];
      assert.ok(items.length > 0, list);
      assert.equal(new Set(items.map((i) => i.code)).size, items.length, list);
      for (const item of items) assert.ok(item.label.sv && item.label.en, `${list}.${item.code}`);
    }
    assert.equal(DEFAULT_TAXONOMY.riskAreas.length, 10);
  });

  it('orders scales lowest first', () => {
    assert.ok(rankOf(DEFAULT_TAXONOMY, 'levels', 'lag') < rankOf(DEFAULT_TAXONOMY, 'levels', 'mycket_hog'));
    assert.equal(rankOf(DEFAULT_TAXONOMY, 'levels', 'okand'), -1);
  });

  it('puts a round own list in place of the default and copies, so later edits do not leak', () => {
    const levels = [{ code: 'x', label: { sv: 'X', en: 'X' } }];
    const resolved = resolveTaxonomy(DEFAULT_TAXONOMY, { levels });
    assert.deepEqual(resolved.levels, levels);
    assert.deepEqual(resolved.trends, DEFAULT_TAXONOMY.trends);
    resolved.trends.pop();
    assert.equal(DEFAULT_TAXONOMY.trends.length, 5);
  });
});

describe('sign-in rules', () => {
  it('asks for a long password that is not the e-mail address', () => {
    assert.deepEqual(passwordProblems('kort', 'a@b.se').length > 0, true);
    assert.deepEqual(passwordProblems('a-long-enough-passphrase', 'a@b.se'), []);
    assert.ok(
      passwordProblems('anna.lind@vaxjo.se', 'Anna.Lind@vaxjo.se')
        .map(svText)
        .includes('får inte vara e-postadressen'),
    );
    assert.ok(passwordProblems('aaaaaaaaaaaaaaaa', 'a@b.se').length > 0);
  });
});
