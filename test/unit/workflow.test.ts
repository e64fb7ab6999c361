import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allowedActions,
  ASSESSMENT_ACTIONS,
  ASSESSMENT_STATUSES,
  decideTransition,
  isLate,
} from '../../src/assessments/workflow';
import type { Standing } from '../../src/access/access-policy';

const open = 'open' as const;

describe('assessment workflow', () => {
  it('lets the municipality save a new, draft or returned assessment, which becomes a draft', () => {
    for (const status of ['not_started', 'draft', 'returned'] as const) {
      assert.deepEqual(decideTransition({ status, action: 'save', standing: 'reporter', round: open }), {
        allowed: true,
        to: 'draft',
      });
    }
  });

  it('locks submitted and approved assessments against saving', () => {
    for (const status of ['submitted', 'approved'] as const) {
      assert.deepEqual(decideTransition({ status, action: 'save', standing: 'reporter', round: open }), {
        allowed: false,
        refusal: 'wrong_status',
      });
    }
  });

  it('submits drafts and returned assessments, not unsaved ones', () => {
    const submit = (status: (typeof ASSESSMENT_STATUSES)[number]) =>
      decideTransition({ status, action: 'submit', standing: 'reporter', round: open });
    assert.deepEqual(submit('draft'), { allowed: true, to: 'submitted' });
    assert.deepEqual(submit('returned'), { allowed: true, to: 'submitted' });
    assert.deepEqual(submit('not_started'), { allowed: false, refusal: 'wrong_status' });
    assert.deepEqual(submit('approved'), { allowed: false, refusal: 'wrong_status' });
  });

  it('lets only the county return or approve, and only what is submitted', () => {
    for (const action of ['return', 'approve'] as const) {
      const to = action === 'return' ? 'returned' : 'approved';
      assert.deepEqual(
        decideTransition({ status: 'submitted', action, standing: 'county_reviewer', round: open }),
        {
          allowed: true,
          to,
        },
      );
      assert.deepEqual(
        decideTransition({ status: 'draft', action, standing: 'county_reviewer', round: open }),
        {
          allowed: false,
          refusal: 'wrong_status',
        },
      );
      for (const standing of ['reporter', 'admin', 'outsider'] as const) {
        assert.deepEqual(decideTransition({ status: 'submitted', action, standing, round: open }), {
          allowed: false,
          refusal: 'not_permitted',
        });
      }
    }
  });

  it('never lets anyone but the municipality edit or submit, not even an admin or the county', () => {
    for (const standing of ['county_reviewer', 'admin', 'outsider'] as Standing[]) {
      for (const action of ['save', 'submit'] as const) {
        assert.equal(decideTransition({ status: 'draft', action, standing, round: open }).allowed, false);
      }
    }
  });

  it('accepts nothing in a closed or planned round', () => {
    for (const action of ASSESSMENT_ACTIONS) {
      const standing = action === 'save' || action === 'submit' ? 'reporter' : 'county_reviewer';
      assert.deepEqual(decideTransition({ status: 'submitted', action, standing, round: 'closed' }), {
        allowed: false,
        refusal: 'round_closed',
      });
      assert.deepEqual(decideTransition({ status: 'draft', action, standing, round: 'planned' }), {
        allowed: false,
        refusal: 'round_not_open',
      });
    }
  });

  it('lists the actions a reader may take', () => {
    assert.deepEqual(allowedActions('draft', 'reporter', open), ['save', 'submit']);
    assert.deepEqual(allowedActions('submitted', 'county_reviewer', open), ['return', 'approve']);
    assert.deepEqual(allowedActions('submitted', 'reporter', open), []);
    assert.deepEqual(allowedActions('draft', 'reporter', 'closed'), []);
  });

  it('marks a submission late only after the deadline day has passed', () => {
    assert.equal(isLate('2026-05-31', '2026-05-31'), false);
    assert.equal(isLate('2026-05-31', '2026-06-01'), true);
    assert.equal(isLate('2026-05-31', '2026-04-01'), false);
  });
});
