import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prefillFrom } from '../../src/assessments/prefill';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';
import { doc, risk } from '../support/pictures';
import { NO_RSA_QUESTIONS as NO_RSA } from '../../src/rounds/round-rules';

const last = doc({
  summary: 'Förra sammanfattningen',
  observedRisks: [
    risk('r1', 'social_oro', 'hog', 'okat', { affectedGroups: ['barn_unga', 'borttagen_grupp'] }),
    risk('r2', 'borttaget_omrade', 'medel', 'oforandrat'),
  ],
  measuresTaken: [
    { id: 'm1', description: 'Fältarbete', riskIds: ['r1'], actors: [], perspectives: [], effect: null },
  ],
  plannedMeasures: [
    { id: 'p1', description: 'Avtal', riskIds: ['r1'], responsible: 'KS', period: 'Hösten' },
    { id: 'p2', description: 'Utbildning', riskIds: [], responsible: 'Skolan', period: 'Våren' },
  ],
});

describe('the proposal a new draft starts from', () => {
  it('carries the risks over with their trend cleared, and lists the plans as follow-ups to answer', () => {
    const proposal = prefillFrom(last, DEFAULT_TAXONOMY, { followUpPlans: true, rsa: NO_RSA });
    assert.deepEqual(
      proposal.observedRisks.map((r) => [r.id, r.title, r.level, r.trend]),
      [
        ['r1', 'Risk r1', 'hog', null],
        ['r2', 'Risk r2', 'medel', null],
      ],
    );
    assert.deepEqual(proposal.followUps, [
      { plannedMeasureId: 'p1', status: null, comment: '' },
      { plannedMeasureId: 'p2', status: null, comment: '' },
    ]);
    assert.deepEqual(proposal.contact, last.contact);
  });

  it('starts the new period empty: no measures, plans, risks ahead or texts', () => {
    const proposal = prefillFrom(last, DEFAULT_TAXONOMY, { followUpPlans: true, rsa: NO_RSA });
    assert.deepEqual(
      [proposal.measuresTaken, proposal.plannedMeasures, proposal.risksAhead, proposal.summary],
      [[], [], [], ''],
    );
  });

  it('clears codes the new round no longer has, so that the proposal always saves', () => {
    const proposal = prefillFrom(last, DEFAULT_TAXONOMY, { followUpPlans: true, rsa: NO_RSA });
    assert.deepEqual(proposal.observedRisks[0]!.affectedGroups, ['barn_unga']);
    assert.equal(proposal.observedRisks[1]!.area, null);
  });

  it('asks for no follow-ups when the last assessment is older than the round just before', () => {
    assert.deepEqual(
      prefillFrom(last, DEFAULT_TAXONOMY, { followUpPlans: false, rsa: NO_RSA }).followUps,
      [],
    );
  });

  it('leaves the document it was made from unchanged', () => {
    const before = JSON.stringify(last);
    prefillFrom(last, DEFAULT_TAXONOMY, { followUpPlans: true, rsa: NO_RSA });
    assert.equal(JSON.stringify(last), before);
  });
});
