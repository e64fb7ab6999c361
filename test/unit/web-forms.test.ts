import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyItem, formToSection, parseAction } from '../../src/web/assessments/assessment-form';
import { describePath, fieldIdOf, fieldKeyOf, pageErrors } from '../../src/web/forms/field-paths';
import type { Translate } from '../../src/common/i18n';

const t: Translate = (key) =>
  ({
    'fields.observedRisks': 'Risk',
    'fields.level': 'nivå',
    'fields.contact': 'Kontakt',
    'fields.email': 'e-post',
    'fields.affectedGroups': 'grupper',
    'fieldErrors.not_email': 'måste vara en e-postadress',
    'fieldErrors.missing.level': 'Välj nivå',
    'fieldErrors.missing.contact_name': 'Ange namnet',
  })[key] ?? key;

describe('formToSection', () => {
  it('turns field paths into the section body, items in index order', () => {
    const body = formToSection('observedRisks', {
      _csrf: 'token',
      action: 'save',
      version: '3',
      completed: 'yes',
      'observedRisks[1].title': 'second',
      'observedRisks[0].title': 'first',
      'observedRisks[0].id': '',
      'observedRisks[1].id': 'a1',
      'observedRisks[0].affectedGroups': ['barn_unga', 'aldre'],
      'observedRisks[1].affectedGroups': 'aldre',
      'observedRisks[1].protectedValues': 'liv_halsa',
      'observedRisks[1].escalationStage': '',
    });
    assert.deepEqual(body, {
      version: 3,
      completed: true,
      noRisksObserved: false,
      observedRisks: [
        { title: 'first', affectedGroups: ['barn_unga', 'aldre'] },
        {
          id: 'a1',
          title: 'second',
          affectedGroups: ['aldre'],
          protectedValues: ['liv_halsa'],
          escalationStage: '',
        },
      ],
    });
  });

  it('reads the no-risks checkbox, one forum theme per line, and an unanswered completion as left out', () => {
    assert.equal(
      formToSection('observedRisks', { version: '1', noRisksObserved: 'true' }).noRisksObserved,
      true,
    );
    const support = formToSection('support', { version: '1', forumThemes: 'Ensamhet\r\n\r\n  Trygghet  \n' });
    assert.deepEqual(support.forumThemes, ['Ensamhet', 'Trygghet']);
    assert.equal('completed' in support, false);
    assert.equal(formToSection('support', { version: '1', completed: 'no' }).completed, false);
    assert.equal('noRisksObserved' in support, false, 'only the risks section has the checkbox');
  });

  it('keeps the last of repeated single values, and leaves out names that are not paths', () => {
    const body = formToSection('contact', {
      version: '1',
      summary: ['a', 'b'],
      '__proto__.polluted': 'x',
      'constructor.prototype.polluted': 'x',
      'observedRisks[0][title]': 'x',
      'x y': 'z',
    });
    assert.equal(body.summary, 'b');
    assert.deepEqual(Object.keys(body).sort(), ['summary', 'version']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it("keeps other sections' fields and unknown paths, so that validation names them", () => {
    const body = formToSection('contact', { version: '1', unknownField: 'x', supportWanted: 'y' });
    assert.equal(body.unknownField, 'x');
    assert.equal(body.supportWanted, 'y');
  });

  it('leaves out the empty new item a form without scripts ends with, but never an item with an id', () => {
    const body = formToSection('observedRisks', {
      version: '1',
      'observedRisks[0].id': 'a1',
      'observedRisks[0].title': '',
      'observedRisks[1].title': '',
      'observedRisks[1].area': '',
      'observedRisks[2].title': 'Ny',
    });
    assert.deepEqual(body.observedRisks, [{ id: 'a1', title: '' }, { title: 'Ny' }]);
  });

  it('gives a version that is not a number as NaN, which validation refuses', () => {
    assert.ok(Number.isNaN(formToSection('contact', { version: 'abc' }).version));
  });
});

describe('parseAction', () => {
  it('reads add, remove and undo, and saves for anything else', () => {
    assert.deepEqual(parseAction('add'), { kind: 'add' });
    assert.deepEqual(parseAction('remove-2'), { kind: 'remove', index: 2 });
    assert.deepEqual(parseAction('undo'), { kind: 'undo' });
    for (const other of [
      'save',
      undefined,
      'add-x',
      'remove-',
      'remove-1234',
      'remove-__proto__',
      ['undo'],
    ]) {
      assert.deepEqual(parseAction(other), { kind: 'save' });
    }
  });
});

describe('emptyItem', () => {
  it('gives a new item of each list without an id, for the server to give it one', () => {
    for (const list of ['observedRisks', 'measuresTaken', 'plannedMeasures', 'risksAhead'])
      assert.equal('id' in emptyItem(list), false, list);
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

  it('makes an error summary linked to each field, one line per field; what is missing says what to do', () => {
    const errors = pageErrors(
      [
        { path: 'contact.email', code: 'not_email' },
        { path: 'observedRisks[0].level', code: 'missing.level' },
        { path: 'observedRisks[0].level', code: 'required' },
        { path: 'contact.name', code: 'missing.contact_name' },
      ],
      t,
    );
    assert.deepEqual(errors.summary, [
      { text: 'Kontakt, e-post: måste vara en e-postadress', href: '#contact-email' },
      { text: 'Risk 1: Välj nivå', href: '#observedRisks-0-level' },
      { text: 'Ange namnet', href: '#contact-name' },
    ]);
    assert.equal(errors.byField['observedRisks[0].level'], 'Välj nivå');
  });
});
