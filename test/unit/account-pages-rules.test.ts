import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  AUDIT_ACTIONS,
  AUDIT_KINDS,
  auditActionKey,
  auditKindOf,
  csvSafe,
} from '../../src/audit-log/audit-kinds';
import { isLoopbackUrl, verifiedEmail } from '../../src/auth/oidc/oidc-rules';
import {
  acceptedStep,
  currentCode,
  hashRecoveryCode,
  isRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  withoutRecoveryCode,
} from '../../src/auth/totp';
import { addDays, stockholmDayStart } from '../../src/common/dates';
import { TRANSLATORS } from '../../src/common/i18n';
import {
  canResend,
  invitationStatus,
  revealsTakenAddress,
} from '../../src/users/invitations/invitation-rules';
import type { UserView } from '../../src/users/user.view';
import { auditDetailText } from '../../src/web/audit/audit-words';
import { filterUsers } from '../../src/web/users/user-filters';

const SRC = join(__dirname, '..', '..', '..', 'src');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

describe('the audit log’s words', () => {
  it('knows every action the service writes, and has words for each in both languages', () => {
    const written = new Set<string>();
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)) written.add(m[1]!);
      for (const m of text.matchAll(/recordLogin\([^,]+, '([a-z_]+\.[a-z_]+)'/g)) written.add(m[1]!);
      for (const m of text.matchAll(/this\.(?:record|entry)\([^,]+, '([a-z_]+\.[a-z_]+)'/g))
        written.add(m[1]!);
    }
    for (const action of ['round.open', 'round.close', 'assessment.save', 'assessment.submit'])
      written.add(action);
    assert.deepEqual([...written].filter((a) => !AUDIT_ACTIONS.includes(a)).sort(), []);
    for (const t of Object.values(TRANSLATORS)) {
      for (const action of AUDIT_ACTIONS)
        assert.notEqual(t(auditActionKey(action)), auditActionKey(action), action);
      for (const kind of Object.keys(AUDIT_KINDS))
        assert.notEqual(t(`auditKinds.${kind}`), `auditKinds.${kind}`);
    }
    assert.equal(auditKindOf('login.throttled'), 'sign_in');
    assert.equal(auditKindOf('something.new'), 'system');
    assert.equal(auditActionKey('something.new'), 'auditActions.unknown');
  });

  it('says a detail in words and leaves out what the row already says', () => {
    const sv = TRANSLATORS.sv;
    assert.equal(
      auditDetailText(sv, { role: 'reporter', changed: 'name,active' }),
      'Kommunrapportör · Ändrat: namn, aktiv',
    );
    assert.equal(
      auditDetailText(sv, { method: 'oidc', reason: 'inactive' }),
      'med organisationskonto · avstängt konto',
    );
    assert.equal(
      auditDetailText(sv, { municipalityCode: '0780', version: 3, status: 'submitted' }),
      'Inskickad',
    );
    assert.equal(auditDetailText(sv, { left: 9 }), 'reservkoder kvar: 9');
    assert.equal(auditDetailText(sv, null), '');
  });

  it('keeps a spreadsheet from reading a cell as a formula', () => {
    assert.deepEqual(['=SUM(A1)', '+1', '-2', '@x', 'Anna'].map(csvSafe), [
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@x",
      'Anna',
    ]);
  });

  it('finds the start of a day in Sweden, winter and summer', () => {
    assert.equal(stockholmDayStart('2026-12-02').toISOString(), '2026-12-01T23:00:00.000Z');
    assert.equal(stockholmDayStart('2026-07-01').toISOString(), '2026-06-30T22:00:00.000Z');
    assert.equal(stockholmDayStart('2026-03-29').toISOString(), '2026-03-28T23:00:00.000Z');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  });
});

describe('two-step verification rules', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const secret = newTotpSecret();

  it('takes the current code and one step either side, once', () => {
    const code = currentCode(secret, now);
    const step = acceptedStep(secret, code, now, null);
    assert.equal(step, Math.floor(now.getTime() / 30_000));
    assert.equal(acceptedStep(secret, code, new Date(now.getTime() + 30_000), null), step);
    assert.equal(acceptedStep(secret, code, new Date(now.getTime() + 90_000), null), null);
    assert.equal(acceptedStep(secret, code, now, step), null, 'a code works once');
    assert.equal(acceptedStep(secret, 'abcdef', now, null), null);
    assert.equal(acceptedStep(secret, ` ${code.slice(0, 3)} ${code.slice(3)} `, now, null), step);
  });

  it('makes ten distinct recovery codes that each work once, in any case', () => {
    const codes = newRecoveryCodes();
    assert.equal(new Set(codes).size, 10);
    assert.ok(codes.every(isRecoveryCode));
    assert.ok(!isRecoveryCode('123456'));
    const hashes = codes.map(hashRecoveryCode);
    const left = withoutRecoveryCode(hashes, codes[2]!.toUpperCase());
    assert.equal(left?.length, 9);
    assert.equal(withoutRecoveryCode(left ?? [], codes[2]!), null);
  });
});

describe('single sign-on rules', () => {
  it('takes an e-mail address only as the provider vouches for it', () => {
    assert.equal(verifiedEmail({ email: 'Anna@Vaxjo.se', email_verified: true }, 'email'), 'anna@vaxjo.se');
    assert.equal(verifiedEmail({ email: 'anna@vaxjo.se', email_verified: false }, 'email'), null);
    assert.equal(verifiedEmail({ email: 'anna@vaxjo.se' }, 'email'), null);
    assert.equal(verifiedEmail({ upn: 'anna@vaxjo.se' }, 'upn'), 'anna@vaxjo.se');
    assert.equal(verifiedEmail({ upn: 'not an address' }, 'upn'), null);
    assert.equal(verifiedEmail({ upn: 42 }, 'upn'), null);
  });

  it('allows plain HTTP to a provider on this machine only', () => {
    assert.equal(isLoopbackUrl(new URL('http://127.0.0.1:4000')), true);
    assert.equal(isLoopbackUrl(new URL('http://localhost:4000')), true);
    assert.equal(isLoopbackUrl(new URL('http://idp.example')), false);
  });
});

describe('invitation rules', () => {
  const at = (iso: string) => new Date(iso);
  const base = { expiresAt: at('2026-12-09T10:00:00Z'), acceptedAt: null, withdrawnAt: null };

  it('is pending until used, taken back or past its time', () => {
    assert.equal(invitationStatus(base, at('2026-12-02T10:00:00Z')), 'pending');
    assert.equal(invitationStatus(base, at('2026-12-09T10:00:00Z')), 'expired');
    assert.equal(
      invitationStatus({ ...base, acceptedAt: at('2026-12-03T10:00:00Z') }, at('2026-12-10T10:00:00Z')),
      'accepted',
    );
    assert.equal(
      invitationStatus({ ...base, withdrawnAt: at('2026-12-03T10:00:00Z') }, at('2026-12-04T10:00:00Z')),
      'withdrawn',
    );
    assert.deepEqual(
      ['pending', 'expired', 'accepted', 'withdrawn'].map((s) => canResend(s as never)),
      [true, true, false, false],
    );
  });

  it('says an address is taken only where the inviter sees its account anyway', () => {
    assert.equal(revealsTakenAddress({ role: 'admin', countyCode: null }, { countyCode: '12' }), true);
    assert.equal(revealsTakenAddress({ role: 'coordinator', countyCode: '07' }, { countyCode: '07' }), true);
    assert.equal(revealsTakenAddress({ role: 'coordinator', countyCode: '07' }, { countyCode: '12' }), false);
    assert.equal(revealsTakenAddress({ role: 'coordinator', countyCode: '07' }, { countyCode: null }), false);
  });
});

describe('the users page’s filters', () => {
  const user = (over: Partial<UserView>): UserView => ({
    id: 'x',
    email: 'anna@vaxjo.se',
    name: 'Anna Lind',
    role: 'reporter',
    countyCode: '07',
    municipalityCode: '0780',
    organisationId: null,
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...over,
  });
  const users = [
    user({}),
    user({ id: 'y', name: 'Per Ek', email: 'per@lst.se', role: 'analyst', municipalityCode: null }),
    user({ id: 'z', name: 'Lena Berg', email: 'lena@ljungby.se', municipalityCode: '0781', active: false }),
  ];
  const ids = (filters: Partial<{ q: string; role: string; place: string; status: string }>) =>
    filterUsers(users, { q: '', role: '', place: '', status: '', ...filters }).map((u) => u.id);

  it('narrows by words, role, place and whether active', () => {
    assert.deepEqual(ids({}), ['x', 'y', 'z']);
    assert.deepEqual(ids({ q: 'lind ANNA' }), ['x']);
    assert.deepEqual(ids({ q: 'ljungby.se' }), ['z']);
    assert.deepEqual(ids({ role: 'analyst' }), ['y']);
    assert.deepEqual(ids({ place: '0781' }), ['z']);
    assert.deepEqual(ids({ place: '07' }), ['y'], 'a county is the place of its staff');
    assert.deepEqual(ids({ status: 'inactive' }), ['z']);
    assert.deepEqual(ids({ status: 'active', role: 'reporter' }), ['x']);
  });
});
