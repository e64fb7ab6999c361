import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyDocument } from '../../src/assessments/assessment-document';
import {
  changedSections,
  errorsOfSection,
  SECTION_FIELDS,
  SECTION_KEYS,
  sectionOfPath,
  sectionStatus,
  touchedSections,
  withItemBack,
  withoutDanglingLinks,
  withoutItem,
  withSection,
} from '../../src/assessments/sections';

const risk = (id: string) => ({
  id,
  area: null,
  title: id,
  description: '',
  level: null,
  trend: null,
  extent: null,
  affectedGroups: [],
  location: '',
  eventLink: null,
  basis: '',
});

describe('assessment sections', () => {
  it('puts every field of the document in exactly one section', () => {
    const fields = SECTION_KEYS.flatMap((key) => [...SECTION_FIELDS[key]]);
    assert.deepEqual([...fields].sort(), Object.keys(emptyDocument()).sort());
  });

  it('finds the section of a field path', () => {
    assert.equal(sectionOfPath('observedRisks[2].level'), 'observedRisks');
    assert.equal(sectionOfPath('noRisksObserved'), 'observedRisks');
    assert.equal(sectionOfPath('contact.email'), 'contact');
    assert.equal(sectionOfPath('summary'), 'contact');
    assert.equal(sectionOfPath('forumThemes[0]'), 'support');
    assert.equal(sectionOfPath('version'), null);
    assert.deepEqual(
      errorsOfSection(
        [
          { path: 'contact.email', code: 'invalid' },
          { path: 'risksAhead[0].area', code: 'invalid' },
        ],
        'risksAhead',
      ).map((e) => e.path),
      ['risksAhead[0].area'],
    );
  });

  it('takes one section from another document and leaves the rest', () => {
    const stored = { ...emptyDocument(), summary: 'Sparad', supportWanted: 'Sparat stöd' };
    const posted = { ...emptyDocument(), summary: 'Ny', supportWanted: 'Inte med' };
    const merged = withSection(stored, 'contact', posted);
    assert.equal(merged.summary, 'Ny');
    assert.equal(merged.supportWanted, 'Sparat stöd');
    assert.deepEqual(changedSections(stored, merged), ['contact']);
    assert.deepEqual(changedSections(stored, stored), []);
  });

  it('leaves out links to risks the document no longer has', () => {
    const doc = {
      ...emptyDocument(),
      observedRisks: [risk('a')],
      measuresTaken: [
        { id: 'm', description: '', riskIds: ['a', 'gone'], actors: [], perspectives: [], effect: null },
      ],
      plannedMeasures: [{ id: 'p', description: '', riskIds: ['gone'], responsible: '', period: '' }],
    };
    const cleaned = withoutDanglingLinks(doc);
    assert.deepEqual(cleaned.measuresTaken[0]!.riskIds, ['a']);
    assert.deepEqual(cleaned.plannedMeasures[0]!.riskIds, []);
  });

  it('calls a section complete only when its author does and nothing it needs is missing', () => {
    const meta = { version: 1, updatedAt: '', updatedBy: 'u', completed: false };
    assert.equal(sectionStatus(undefined, 0), 'not_started');
    assert.equal(sectionStatus(meta, 0), 'in_progress');
    assert.equal(sectionStatus({ ...meta, completed: true }, 0), 'complete');
    assert.equal(sectionStatus({ ...meta, completed: true }, 2), 'needs_attention');
  });

  it('moves the touched sections one version on with their author, and keeps the completion when not told', () => {
    const at = new Date('2026-03-01T10:42:00Z');
    const before = { contact: { version: 3, updatedAt: 'x', updatedBy: 'a', completed: true } };
    const after = touchedSections(before, ['contact', 'support'], { actorId: 'b', at }, () => undefined);
    assert.deepEqual(after.contact, {
      version: 4,
      updatedAt: '2026-03-01T10:42:00.000Z',
      updatedBy: 'b',
      completed: true,
    });
    assert.equal(after.support?.version, 1);
    assert.equal(after.support?.completed, false);
    assert.equal(before.contact.version, 3, 'the record it was given is not changed');
  });

  it('takes an item out with what linked to it, and puts it back where it was', () => {
    const doc = {
      ...emptyDocument(),
      observedRisks: [risk('a'), risk('b'), risk('c')],
      measuresTaken: [
        { id: 'm', description: '', riskIds: ['b', 'a'], actors: [], perspectives: [], effect: null },
      ],
      plannedMeasures: [{ id: 'p', description: '', riskIds: ['c'], responsible: '', period: '' }],
    };
    const { document, removed } = withoutItem(doc, 'observedRisks', 1);
    assert.deepEqual(
      document.observedRisks.map((r) => r.id),
      ['a', 'c'],
    );
    assert.deepEqual(document.measuresTaken[0]!.riskIds, ['a']);
    assert.deepEqual(removed?.linkedFrom, ['m']);
    const back = withItemBack(document, removed);
    assert.deepEqual(
      back.observedRisks.map((r) => r.id),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(back.measuresTaken[0]!.riskIds, ['a', 'b']);
    assert.deepEqual(back.plannedMeasures[0]!.riskIds, ['c']);
    assert.equal(withoutItem(doc, 'observedRisks', 7).removed, null);
    const ahead = { ...emptyDocument(), risksAhead: [{ area: null, description: 'x', likelihood: null }] };
    const out = withoutItem(ahead, 'risksAhead', 0);
    assert.deepEqual(withItemBack(out.document, out.removed!).risksAhead, ahead.risksAhead);
  });
});
