import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainToInstance } from 'class-transformer';
import {
  checkAgainstTaxonomy,
  checkCompleteness,
  normalizeDocument,
} from '../../src/assessments/document-rules';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';
import { completeDocument } from '../support/documents';
import { NO_RSA_QUESTIONS as NO_RSA } from '../../src/rounds/round-rules';

const normalize = (body: object) => normalizeDocument(plainToInstance(AssessmentDocumentDto, body));

describe('normalizeDocument', () => {
  it('fills every key of an empty body so the stored document always has the same shape', () => {
    const doc = normalize({ version: 0 });
    assert.deepEqual(doc.observedRisks, []);
    assert.deepEqual(doc.contact, { name: '', role: '', email: '', phone: '' });
    assert.equal(doc.noRisksObserved, false);
    assert.deepEqual(doc.forumThemes, []);
  });

  it('trims texts, turns empty codes into null and drops blank forum themes', () => {
    const doc = normalize({
      version: 0,
      summary: '  Läget är lugnt.  ',
      observedRisks: [{ id: 'a', area: '', level: ' hog ', title: ' Titel ' }],
      forumThemes: ['  ', 'Unga'],
    });
    assert.equal(doc.summary, 'Läget är lugnt.');
    assert.equal(doc.observedRisks[0]?.area, null);
    assert.equal(doc.observedRisks[0]?.level, 'hog');
    assert.equal(doc.observedRisks[0]?.title, 'Titel');
    assert.deepEqual(doc.forumThemes, ['Unga']);
  });

  it('gives items without an id a fresh one that does not collide with ids in use', () => {
    const doc = normalize({ version: 0, observedRisks: [{ id: 'risk-1' }, {}, {}] });
    assert.deepEqual(
      doc.observedRisks.map((r) => r.id),
      ['risk-1', 'risk-2', 'risk-3'],
    );
  });
});

describe('checkAgainstTaxonomy', () => {
  it('accepts a complete document coded with the default lists', () => {
    assert.deepEqual(checkAgainstTaxonomy(normalize(completeDocument(0)), DEFAULT_TAXONOMY, NO_RSA), []);
  });

  it('names each code that is not on the round list by its path', () => {
    const body = completeDocument(0);
    body.observedRisks[1]!.level = 'extrem';
    body.observedRisks[0]!.affectedGroups = ['barn_unga', 'pensionarer'];
    body.measuresTaken[0]!.actors = ['socialtjanst', 'kyrkan'];
    body.risksAhead[0]!.likelihood = 'sakert';
    const errors = checkAgainstTaxonomy(normalize(body), DEFAULT_TAXONOMY, NO_RSA);
    assert.deepEqual(
      errors.map((e) => e.path),
      [
        'observedRisks[0].affectedGroups[1]',
        'observedRisks[1].level',
        'measuresTaken[0].actors[1]',
        'risksAhead[0].likelihood',
      ],
    );
  });

  it('refuses measures that point at risks not in the document, and duplicate ids', () => {
    const body = completeDocument(0);
    body.measuresTaken[0]!.riskIds = ['r1', 'r9'];
    body.plannedMeasures[0]!.riskIds = ['r3'];
    body.observedRisks[1]!.id = 'r1';
    const paths = checkAgainstTaxonomy(normalize(body), DEFAULT_TAXONOMY, NO_RSA).map((e) => e.path);
    assert.deepEqual(paths, [
      'observedRisks[0].id',
      'observedRisks[1].id',
      'measuresTaken[0].riskIds[1]',
      'plannedMeasures[0].riskIds[0]',
    ]);
  });

  it('refuses "no risks observed" together with observed risks', () => {
    const body = { ...completeDocument(0), noRisksObserved: true };
    assert.deepEqual(
      checkAgainstTaxonomy(normalize(body), DEFAULT_TAXONOMY, NO_RSA).map((e) => e.path),
      ['noRisksObserved'],
    );
  });

  it('checks against the round own lists, not the defaults', () => {
    const taxonomy = { ...DEFAULT_TAXONOMY, levels: [{ code: 'ett', label: { sv: '1', en: '1' } }] };
    const paths = checkAgainstTaxonomy(normalize(completeDocument(0)), taxonomy, NO_RSA).map((e) => e.path);
    assert.deepEqual(paths, ['observedRisks[0].level', 'observedRisks[1].level']);
  });
});

describe('checkCompleteness', () => {
  it('finds nothing missing in a complete document', () => {
    assert.deepEqual(checkCompleteness(normalize(completeDocument(0)), NO_RSA), []);
  });

  it('asks for the contact and at least one risk, or an explicit "no risks observed"', () => {
    const missing = checkCompleteness(normalize({ version: 0 }), NO_RSA).map((e) => e.path);
    assert.deepEqual(missing, ['contact.name', 'contact.email', 'observedRisks']);
    const none = checkCompleteness(
      normalize({ version: 0, noRisksObserved: true, contact: { name: 'A', email: 'a@b.se' } }),
      NO_RSA,
    );
    assert.deepEqual(none, []);
  });

  it('asks for area, level and trend of every risk', () => {
    const body = completeDocument(0);
    body.observedRisks[1]!.trend = '';
    body.observedRisks[1]!.area = '';
    const missing = checkCompleteness(normalize(body), NO_RSA).map((e) => e.path);
    assert.deepEqual(missing, ['observedRisks[1].area', 'observedRisks[1].trend']);
  });
});
