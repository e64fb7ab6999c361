import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainToInstance } from 'class-transformer';
import { documentChanges } from '../../src/assessments/document-changes';
import {
  checkAgainstTaxonomy,
  checkCompleteness,
  normalizeDocument,
} from '../../src/assessments/document-rules';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { prefillFrom } from '../../src/assessments/prefill';
import type { Round } from '../../src/rounds/round.entity';
import {
  checkRoundDefinition,
  NO_RSA_QUESTIONS,
  RsaQuestions,
  rsaQuestionsFrom,
  taxonomyOf,
} from '../../src/rounds/round-rules';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';
import { completeDocument, scoredDocument } from '../support/documents';
import { doc, risk } from '../support/pictures';

const SCORED: RsaQuestions = { scoring: true, escalationAreas: ['social_oro'] };
const normalize = (body: object) => normalizeDocument(plainToInstance(AssessmentDocumentDto, body));

describe('RSA scoring in the document', () => {
  it('accepts a scored document in a round that asks for scoring and escalation', () => {
    const document = normalize(scoredDocument(0));
    assert.deepEqual(checkAgainstTaxonomy(document, DEFAULT_TAXONOMY, SCORED), []);
    assert.deepEqual(checkCompleteness(document, SCORED), []);
    assert.equal(document.observedRisks[1]!.escalationStage, null);
    assert.deepEqual(document.observedRisks[1]!.protectedValues, []);
  });

  it('refuses RSA answers, by field, in a round that does not ask for them', () => {
    const errors = checkAgainstTaxonomy(normalize(scoredDocument(0)), DEFAULT_TAXONOMY, NO_RSA_QUESTIONS);
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [
        ['observedRisks[0].likelihood', 'not_asked_in_round'],
        ['observedRisks[0].consequence', 'not_asked_in_round'],
        ['observedRisks[0].protectedValues', 'not_asked_in_round'],
        ['observedRisks[0].escalationStage', 'not_asked_in_round'],
        ['observedRisks[1].likelihood', 'not_asked_in_round'],
        ['observedRisks[1].consequence', 'not_asked_in_round'],
      ],
    );
  });

  it("names codes off the round's scales and an escalation stage outside the escalation areas", () => {
    const body = scoredDocument(0);
    Object.assign(body.observedRisks[0]!, {
      likelihood: 'lag_sannolikhet',
      protectedValues: ['liv_halsa', 'fred'],
    });
    Object.assign(body.observedRisks[1]!, { consequence: 'hog', escalationStage: 'segregation' });
    const errors = checkAgainstTaxonomy(normalize(body), DEFAULT_TAXONOMY, SCORED);
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [
        ['observedRisks[0].likelihood', 'code_not_in_list'],
        ['observedRisks[0].protectedValues[1]', 'code_not_in_list'],
        ['observedRisks[1].consequence', 'code_not_in_list'],
        ['observedRisks[1].escalationStage', 'escalation_not_for_area'],
      ],
    );
  });

  it('asks for a likelihood and a consequence of every risk before submitting, when the round scores', () => {
    const body = scoredDocument(0);
    Object.assign(body.observedRisks[1]!, { likelihood: '' });
    const missing = checkCompleteness(normalize(body), SCORED).map((e) => [e.path, e.code]);
    assert.deepEqual(missing, [['observedRisks[1].likelihood', 'missing.likelihood']]);
    const unscored = checkCompleteness(normalize(completeDocument(0)), SCORED).map((e) => e.code);
    assert.deepEqual(unscored, [
      'missing.likelihood',
      'missing.consequence',
      'missing.likelihood',
      'missing.consequence',
    ]);
    assert.deepEqual(checkCompleteness(normalize(completeDocument(0)), NO_RSA_QUESTIONS), []);
  });

  it('reads a document stored before rounds could score as having no RSA answers', () => {
    const stored = doc({ observedRisks: [risk('r1', 'social_oro', 'hog', 'okat')] });
    assert.equal('likelihood' in stored.observedRisks[0]!, false);
    assert.deepEqual(checkAgainstTaxonomy(stored, DEFAULT_TAXONOMY, NO_RSA_QUESTIONS), []);
    assert.deepEqual(
      checkCompleteness(stored, SCORED).map((e) => e.code),
      ['missing.likelihood', 'missing.consequence'],
    );
  });
});

describe('RSA answers carried into the next round', () => {
  const last = normalize(scoredDocument(0));

  it("keeps a risk's scoring and escalation stage where the next round asks for them", () => {
    const proposal = prefillFrom(last, DEFAULT_TAXONOMY, { followUpPlans: false, rsa: SCORED });
    const [r1, r2] = proposal.observedRisks;
    assert.deepEqual(
      [r1!.likelihood, r1!.consequence, r1!.protectedValues, r1!.escalationStage],
      ['hog', 'allvarliga', ['liv_halsa', 'samhallets_funktionalitet'], 'fordomar_rykten'],
    );
    assert.deepEqual([r2!.likelihood, r2!.consequence], ['medelhog', 'mycket_allvarliga']);
    assert.deepEqual(checkAgainstTaxonomy(proposal, DEFAULT_TAXONOMY, SCORED), []);
  });

  it('clears them where it does not, and codes its scales no longer have, so that the proposal saves', () => {
    const none = prefillFrom(last, DEFAULT_TAXONOMY, { followUpPlans: false, rsa: NO_RSA_QUESTIONS });
    assert.deepEqual(checkAgainstTaxonomy(none, DEFAULT_TAXONOMY, NO_RSA_QUESTIONS), []);
    assert.equal(none.observedRisks[0]!.likelihood, null);
    const renamed = {
      ...DEFAULT_TAXONOMY,
      rsaConsequences: DEFAULT_TAXONOMY.rsaConsequences.map((c, i) => ({ ...c, code: `k${i + 1}` })),
    };
    const scored = prefillFrom(last, renamed, {
      followUpPlans: false,
      rsa: { scoring: true, escalationAreas: [] },
    });
    assert.deepEqual(checkAgainstTaxonomy(scored, renamed, { scoring: true, escalationAreas: [] }), []);
    assert.deepEqual(
      scored.observedRisks.map((r) => [r.likelihood, r.consequence, r.escalationStage]),
      [
        ['hog', null, null],
        ['medelhog', null, null],
      ],
    );
  });

  it("says what changed of a risk's scoring since the last round, and nothing for an old document's absent fields", () => {
    const later = structuredClone(last);
    later.observedRisks[0]!.likelihood = 'mycket_hog';
    later.observedRisks[0]!.escalationStage = 'utlosande_handelse';
    const changes = documentChanges(last, later);
    assert.deepEqual(
      changes.risksChanged.map((c) => c.changed),
      [['likelihood', 'escalationStage']],
    );
    const old = doc({ observedRisks: [risk('r1', 'social_oro', 'hog', 'okat')] });
    const resaved = normalize({ version: 0, observedRisks: old.observedRisks });
    assert.deepEqual(documentChanges(old, resaved).risksChanged, []);
  });
});

describe('a round asking for RSA scoring', () => {
  const dates = { periodStart: '2026-09-01', periodEnd: '2026-11-30', deadline: '2026-12-10' };

  it('asks nothing unless told to, and escalation areas once each', () => {
    assert.equal(rsaQuestionsFrom(undefined), null);
    assert.equal(rsaQuestionsFrom({ scoring: false, escalationAreas: [] }), null);
    assert.deepEqual(rsaQuestionsFrom({ escalationAreas: ['social_oro', 'social_oro'] }), {
      scoring: false,
      escalationAreas: ['social_oro'],
    });
  });

  it('takes escalation areas among its risk areas and RSA scales of exactly five levels', () => {
    const scale = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ code: `s${i}`, label: { sv: `${i}`, en: `${i}` } }));
    const errors = checkRoundDefinition({
      ...dates,
      taxonomy: { rsaLikelihoods: scale(4), rsaConsequences: scale(5) },
      rsa: { scoring: true, escalationAreas: ['social_oro', 'upplopp'] },
    });
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [
        ['taxonomy.rsaLikelihoods', 'rsa_scale_levels'],
        ['rsa.escalationAreas[1]', 'code_not_in_list'],
      ],
    );
    const own = checkRoundDefinition({
      ...dates,
      taxonomy: { riskAreas: [{ code: 'upplopp', label: { sv: 'Upplopp', en: 'Riots' } }] },
      rsa: { escalationAreas: ['upplopp'] },
    });
    assert.deepEqual(own, []);
  });

  it('has empty RSA lists when its taxonomy was frozen before rounds could score, and the defaults while planned', () => {
    const {
      rsaLikelihoods: _l,
      rsaConsequences: _c,
      protectedValues: _p,
      escalationStages: _e,
      ...old
    } = DEFAULT_TAXONOMY;
    const frozen = taxonomyOf({ taxonomy: old, taxonomyOverride: null } as unknown as Round);
    assert.deepEqual(frozen.rsaLikelihoods, []);
    assert.deepEqual(frozen.levels, DEFAULT_TAXONOMY.levels);
    const planned = taxonomyOf({ taxonomy: null, taxonomyOverride: null } as unknown as Round);
    assert.equal(planned.rsaLikelihoods.length, 5);
    assert.equal(planned.rsaConsequences.length, 5);
    assert.equal(planned.protectedValues.length, 5);
    assert.equal(planned.escalationStages.length, 4);
  });
});
