import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  afterFailure,
  delayAfterFailures,
  failuresSoFar,
  secondsToWait,
  throttleKey,
} from '../../src/auth/sign-in-throttle';
import {
  AccountState,
  changedFields,
  endsAccess,
  ownAccountProblems,
  requestedScope,
} from '../../src/users/account-rules';

const limits = { freeFailures: 3, maxDelaySeconds: 600 };
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 2, 9, 0, seconds));

describe('sign-in throttle', () => {
  it('lets the first failures go, then waits 15 s doubling up to the cap', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 10].map((n) => delayAfterFailures(n, limits)),
      [0, 0, 15, 30, 60, 120, 600],
    );
  });

  it('counts failures in a row and says how long is left to wait', () => {
    let state = null;
    for (let i = 0; i < 3; i += 1) state = afterFailure(state, at(i), limits);
    assert.equal(state?.failures, 3);
    assert.equal(secondsToWait(state, at(2)), 15);
    assert.equal(secondsToWait(state, at(10)), 7);
    assert.equal(secondsToWait(state, at(17)), 0);
    assert.equal(secondsToWait(afterFailure(null, at(0), limits), at(0)), 0);
  });

  it('forgets failures after a day without one', () => {
    const state = { failures: 9, lastFailureAt: at(0), blockedUntil: null };
    assert.equal(failuresSoFar(state, new Date(at(0).getTime() + 23 * 3_600_000)), 9);
    assert.equal(failuresSoFar(state, new Date(at(0).getTime() + 24 * 3_600_000)), 0);
    assert.equal(afterFailure(state, new Date(at(0).getTime() + 25 * 3_600_000), limits).failures, 1);
  });

  it('keys on the e-mail as typed, in any case, together with the source address', () => {
    assert.equal(throttleKey(' Anna@Vaxjo.se ', '10.0.0.1'), throttleKey('anna@vaxjo.se', '10.0.0.1'));
    assert.notEqual(throttleKey('anna@vaxjo.se', '10.0.0.1'), throttleKey('anna@vaxjo.se', '10.0.0.2'));
    assert.match(throttleKey('anna@vaxjo.se', '10.0.0.1'), /^[0-9a-f]{64}$/);
  });
});

const reporter: AccountState & { name: string } = {
  name: 'Anna',
  role: 'reporter',
  countyCode: '07',
  municipalityCode: '0780',
  organisationId: null,
  active: true,
};

describe('account rules', () => {
  it('keeps the place that still fits the role, and nothing that does not', () => {
    assert.deepEqual(requestedScope(reporter, { role: 'reporter' }), {
      role: 'reporter',
      municipalityCode: '0780',
      organisationId: null,
      countyCode: undefined,
    });
    assert.deepEqual(requestedScope(reporter, { role: 'analyst' }), {
      role: 'analyst',
      municipalityCode: undefined,
      organisationId: undefined,
      countyCode: undefined,
    });
    // A reporter moved to an organisation leaves its municipality, and one moved back leaves the organisation.
    assert.deepEqual(requestedScope(reporter, { organisationId: 'o1' }), {
      role: 'reporter',
      municipalityCode: undefined,
      organisationId: 'o1',
      countyCode: undefined,
    });
    const ofOrganisation = { ...reporter, municipalityCode: null, organisationId: 'o1' };
    assert.deepEqual(requestedScope(ofOrganisation, { municipalityCode: '0781' }).organisationId, undefined);
    assert.equal(endsAccess(ofOrganisation, { ...ofOrganisation, organisationId: 'o2' }), true);
    const analyst = { ...reporter, role: 'analyst' as const, municipalityCode: null };
    assert.equal(requestedScope(analyst, { role: 'coordinator' }).countyCode, '07');
    assert.equal(requestedScope(analyst, { countyCode: '12' }).countyCode, '12');
  });

  it('ends access on a new role, place or deactivation, not on a new name or reactivation', () => {
    assert.equal(endsAccess(reporter, { ...reporter, role: 'analyst' }), true);
    assert.equal(endsAccess(reporter, { ...reporter, municipalityCode: '0765' }), true);
    assert.equal(endsAccess(reporter, { ...reporter, active: false }), true);
    assert.equal(endsAccess(reporter, { ...reporter }), false);
    assert.equal(endsAccess({ ...reporter, active: false }, reporter), false);
  });

  it('refuses to take away one’s own role, place or account', () => {
    assert.deepEqual(ownAccountProblems(reporter, { ...reporter }), []);
    assert.deepEqual(
      ownAccountProblems(reporter, {
        ...reporter,
        role: 'analyst',
        municipalityCode: null,
        active: false,
      }).map((p) => p.path),
      ['role', 'countyCode', 'active'],
    );
  });

  it('names the changed fields', () => {
    assert.deepEqual(changedFields(reporter, { ...reporter, name: 'Anna L', active: false }), [
      'name',
      'active',
    ]);
  });
});
