import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TEMPLATES_DIR } from '../../src/config/paths';
import { formatters } from '../../src/web/formatting';
import { loadMessages, translator, TRANSLATORS } from '../../src/common/i18n';
import { responseSummary } from '../../src/web/rounds/response-summary';
import { hashToken, newToken } from '../../src/common/tokens';
import {
  isSessionActive,
  needsTouch,
  warningLeadSeconds,
  tokensMatch,
} from '../../src/web/session/session-rules';
import { safeLocalPath } from '../../src/web/web-context';

const at = (iso: string) => new Date(iso);

describe('session rules', () => {
  const session = { lastSeenAt: at('2026-03-10T09:00:00Z'), expiresAt: at('2026-03-10T21:00:00Z') };
  const limits = { idleMinutes: 30 };

  it('keeps a session active while it is used within the idle time and before its end', () => {
    assert.equal(isSessionActive(session, at('2026-03-10T09:29:59Z'), limits), true);
    assert.equal(isSessionActive(session, at('2026-03-10T09:30:00Z'), limits), false);
    assert.equal(
      isSessionActive(
        { ...session, lastSeenAt: at('2026-03-10T20:59:00Z') },
        at('2026-03-10T21:00:00Z'),
        limits,
      ),
      false,
    );
  });

  it('writes the last use at most once a minute, and often enough for a short idle limit', () => {
    assert.equal(needsTouch(session, at('2026-03-10T09:00:59Z'), limits), false);
    assert.equal(needsTouch(session, at('2026-03-10T09:01:00Z'), limits), true);
    assert.equal(needsTouch(session, at('2026-03-10T09:00:05Z'), { idleMinutes: 1 }), false);
    assert.equal(needsTouch(session, at('2026-03-10T09:00:06Z'), { idleMinutes: 1 }), true);
  });

  it('warns half the idle time before the end, five minutes at most', () => {
    assert.equal(warningLeadSeconds({ idleMinutes: 30 }), 300);
    assert.equal(warningLeadSeconds({ idleMinutes: 1 }), 30);
  });

  it('makes long random tokens and stores only their hash', () => {
    const token = newToken();
    assert.equal(token.length, 43);
    assert.notEqual(newToken(), token);
    assert.match(hashToken(token), /^[0-9a-f]{64}$/);
    assert.notEqual(hashToken(token), token);
  });

  it('accepts only the exact CSRF token', () => {
    assert.equal(tokensMatch('abc', 'abc'), true);
    for (const other of ['abd', 'ab', 'abcd', '', undefined, ['abc'], 42])
      assert.equal(tokensMatch('abc', other), false);
    assert.equal(tokensMatch('', ''), false, 'an empty expected token never matches');
  });
});

describe('safeLocalPath', () => {
  it('allows paths on this site only', () => {
    assert.equal(safeLocalPath('/rounds/1?x=2'), '/rounds/1?x=2');
    for (const foreign of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'rounds',
      undefined,
      ['/x'],
    ])
      assert.equal(safeLocalPath(foreign, '/home'), '/home');
  });
});

describe('formatting for sv-SE and English', () => {
  it('formats dates, instants in Swedish time, numbers and shares', () => {
    const sv = formatters('sv', TRANSLATORS.sv);
    const en = formatters('en', TRANSLATORS.en);
    assert.equal(sv.date('2026-11-23'), '2026-11-23');
    assert.equal(en.date('2026-11-23'), '23 Nov 2026');
    assert.equal(sv.dateTime('2026-06-30T22:30:00.000Z'), '2026-07-01 00:30', 'summer time is UTC+2');
    assert.equal(sv.dateTime('2026-01-15T12:00:00.000Z'), '2026-01-15 13:00');
    assert.equal(sv.number(12345.5), '12\u00a0345,5');
    assert.equal(en.number(12345.5), '12,345.5');
    assert.equal(sv.percent(0.254), '25,4\u00a0%');
    assert.equal(en.percent(0.254), '25.4%');
    assert.equal(sv.percent(null), '');
    assert.equal(sv.date(null), '');
  });

  it('says when something was done as people say it, in Swedish time', () => {
    const sv = formatters('sv', TRANSLATORS.sv);
    const en = formatters('en', TRANSLATORS.en);
    const now = new Date('2026-12-02T15:00:00Z');
    assert.equal(sv.time('2026-12-02T09:42:00Z'), '10.42');
    assert.equal(en.time('2026-12-02T09:42:00Z'), '10:42');
    assert.equal(sv.when('2026-12-02T09:42:00Z', now), 'i dag 10.42');
    assert.equal(en.when('2026-12-02T09:42:00Z', now), 'today at 10:42');
    assert.equal(sv.when('2026-12-01T23:01:00Z', now), 'i dag 00.01', 'just after midnight in Sweden');
    assert.equal(sv.when('2026-12-01T22:59:00Z', now), 'i går 23.59');
    assert.equal(sv.when('2026-12-01T15:05:00Z', now), 'i går 16.05');
    assert.equal(sv.when('2026-11-20T15:05:00Z', now), '2026-11-20 16.05');
    assert.equal(en.when('2026-11-20T15:05:00Z', now), '20 Nov 2026 at 16:05');
    assert.equal(sv.when(null, now), '');
  });
});

describe('response summary', () => {
  it('counts every municipality without an assessment as not started', () => {
    assert.deepEqual(responseSummary(8, { submitted: 2, approved: 1, returned: 1, draft: 3, late: 1 }), {
      expected: 8,
      answered: 3,
      approved: 1,
      submitted: 2,
      returned: 1,
      draft: 3,
      notStarted: 1,
      late: 1,
      rate: 3 / 8,
    });
    assert.equal(responseSummary(0, { late: 0 }).rate, null);
  });
});

describe('page texts', () => {
  const keys = (node: unknown, prefix = ''): string[] =>
    Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
      typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`),
    );

  it('has the same keys in Swedish and English', () => {
    assert.deepEqual(keys(loadMessages('en')).sort(), keys(loadMessages('sv')).sort());
  });

  it('has every key the templates ask for', () => {
    const known = new Set(keys(loadMessages('sv')));
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.njk') ? [path] : [];
      });
    const missing = files(join(TEMPLATES_DIR, 'web')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z.]+)'/g)]
        .map((m) => m[1]!)
        .filter((key) => !key.endsWith('.') && !known.has(key))
        .map((key) => `${file}: ${key}`),
    );
    assert.deepEqual(missing, []);
  });

  it('fills placeholders and shows an unknown key as itself', () => {
    const t = translator(loadMessages('sv'));
    assert.equal(t('rounds.answeredOf', { answered: 3, expected: 8 }), '3 av 8');
    assert.equal(t('no.such.key'), 'no.such.key');
  });
});
