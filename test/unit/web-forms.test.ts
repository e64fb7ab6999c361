import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyDocument } from '../../src/assessments/assessment-document';
import { applyAction, formToDocument, parseAction } from '../../src/web/assessments/assessment-form';
import { describePath, fieldIdOf, fieldKeyOf, pageErrors } from '../../src/web/forms/field-paths';
import type { Translate } from '../../src/common/i18n';
import { risk } from '../support/pictures';

const t: Translate = (key) =>
  ({
    'fields.observedRisks': 'Risk',
    'fields.level': 'nivå',
    'fields.contact': 'Kontakt',
    'fields.email': 'e-post',
    'fields.affectedGroups': 'grupper',
    'fieldErrors.not_email': 'måste vara en e-postadress',
    'fieldErrors.missing.level': 'nivå saknas',
  })[key] ?? key;

describe('formToDocument', () => {
  it('turns field paths into the nested document, items in index order', () => {
    const doc = formToDocument({
      _csrf: 'token',
      action: 'save',
      version: '3',
      'contact.name': 'Vera',
      'observedRisks[1].title': 'second',
      'observedRisks[0].title': 'first',
      'observedRisks[0].affectedGroups': ['barn_unga', 'aldre'],
      'observedRisks[1].affectedGroups': 'aldre',
      'measuresTaken[0].riskIds': '',
    });
    assert.deepEqual(doc, {
      version: 3,
      noRisksObserved: false,
      contact: { name: 'Vera' },
      observedRisks: [
        { title: 'first', affectedGroups: ['barn_unga', 'aldre'] },
        { title: 'second', affectedGroups: ['aldre'] },
      ],
      measuresTaken: [{ riskIds: [] }],
    });
  });

  it('reads the no-risks checkbox and one forum theme per line', () => {
    const doc = formToDocument({
      version: '1',
      noRisksObserved: 'true',
      forumThemes: 'Ensamhet\r\n\r\n  Trygghet  \n',
    });
    assert.equal(doc.noRisksObserved, true);
    assert.deepEqual(doc.forumThemes, ['Ensamhet', 'Trygghet']);
  });

  it('keeps the last of repeated single values, and leaves out names that are not paths', () => {
    const doc = formToDocument({
      version: '1',
      summary: ['a', 'b'],
      '__proto__.polluted': 'x',
      'constructor.prototype.polluted': 'x',
      'observedRisks[0][title]': 'x',
      'x y': 'z',
    });
    assert.equal(doc.summary, 'b');
    assert.deepEqual(Object.keys(doc).sort(), ['noRisksObserved', 'summary', 'version']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('keeps unknown paths, so that validation names them', () => {
    assert.equal(formToDocument({ version: '1', unknownField: 'x' }).unknownField, 'x');
  });

  it('gives a version that is not a number as NaN, which validation refuses', () => {
    assert.ok(Number.isNaN(formToDocument({ version: 'abc' }).version));
  });
});

describe('parseAction', () => {
  it('reads add, remove and submit, and saves for anything else', () => {
    assert.deepEqual(parseAction('add-observedRisks'), { kind: 'add', list: 'observedRisks' });
    assert.deepEqual(parseAction('remove-measuresTaken-2'), {
      kind: 'remove',
      list: 'measuresTaken',
      index: 2,
    });
    assert.deepEqual(parseAction('submit'), { kind: 'submit' });
    for (const other of [
      'save',
      undefined,
      'add-followUps',
      'remove-observedRisks',
      'add-__proto__',
      ['submit'],
    ]) {
      assert.deepEqual(parseAction(other), { kind: 'save' });
    }
  });
});

describe('applyAction', () => {
  const doc = {
    ...emptyDocument(),
    observedRisks: [risk('risk-1', 'ovrigt', 'lag', 'ny'), risk('risk-2', 'ovrigt', 'lag', 'ny')],
    measuresTaken: [
      {
        id: 'measure-1',
        description: 'm',
        riskIds: ['risk-1', 'risk-2'],
        actors: [],
        perspectives: [],
        effect: null,
      },
    ],
    plannedMeasures: [
      { id: 'planned-1', description: 'p', riskIds: ['risk-1'], responsible: '', period: '' },
    ],
  };

  it('adds an empty item at the end', () => {
    const next = applyAction(doc, { kind: 'add', list: 'risksAhead' });
    assert.deepEqual(next.risksAhead, [{ area: null, description: '', likelihood: null }]);
    assert.equal(doc.risksAhead.length, 0, 'the input is not changed');
  });

  it('removes a risk and unlinks it from the measures that named it', () => {
    const next = applyAction(doc, { kind: 'remove', list: 'observedRisks', index: 0 });
    assert.deepEqual(
      next.observedRisks.map((r) => r.id),
      ['risk-2'],
    );
    assert.deepEqual(next.measuresTaken[0]!.riskIds, ['risk-2']);
    assert.deepEqual(next.plannedMeasures[0]!.riskIds, []);
  });

  it('leaves the document as it is when saving', () => {
    assert.equal(applyAction(doc, { kind: 'save' }), doc);
  });
});

describe('field paths', () => {
  it('gives each error path its field and HTML id', () => {
    assert.equal(fieldIdOf('observedRisks[2].level'), 'observedRisks-2-level');
    assert.equal(fieldKeyOf('observedRisks[0].affectedGroups[3]'), 'observedRisks[0].affectedGroups');
    assert.equal(fieldIdOf('observedRisks[0].affectedGroups[3]'), 'observedRisks-0-affectedGroups');
    assert.equal(fieldKeyOf('observedRisks[1]'), 'observedRisks[1]');
    assert.equal(fieldIdOf('contact.email'), 'contact-email');
  });

  it('names a path in words, counting items from one', () => {
    assert.equal(describePath('observedRisks[1].level', t), 'Risk 2, nivå');
    assert.equal(describePath('observedRisks[0].affectedGroups[4]', t), 'Risk 1, grupper');
  });

  it('makes an error summary linked to each field, one line per field', () => {
    const errors = pageErrors(
      [
        { path: 'contact.email', code: 'not_email' },
        { path: 'observedRisks[0].level', code: 'missing.level' },
        { path: 'observedRisks[0].level', code: 'required' },
      ],
      t,
    );
    assert.deepEqual(errors.summary, [
      { text: 'Kontakt, e-post: måste vara en e-postadress', href: '#contact-email' },
      { text: 'Risk 1, nivå: nivå saknas', href: '#observedRisks-0-level' },
    ]);
    assert.equal(errors.byField['observedRisks[0].level'], 'nivå saknas');
  });
});
