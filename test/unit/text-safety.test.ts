import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findUnsafeText } from '../../src/common/text-safety';
import { svText } from '../support/texts';

describe('findUnsafeText', () => {
  it('accepts any well-formed text, emoji and combining marks included', () => {
    assert.equal(
      findUnsafeText({ a: ['Ŋjuolggat', '👩‍👩‍👧', 'Å', 'rad 1\nrad 2\tflik\r\n'], b: 1, c: null }),
      null,
    );
  });

  it('names the first field with a lone surrogate or a control character', () => {
    assert.deepEqual(findUnsafeText({ contact: { email: 'a\uDFFFb' } }), {
      path: 'contact.email',
      code: 'broken_unicode',
    });
    assert.deepEqual(findUnsafeText({ observedRisks: [{}, { title: 'x\u0000' }] }), {
      path: 'observedRisks[1].title',
      code: 'control_characters',
    });
    assert.equal(findUnsafeText('\uD800', 'county')?.path, 'county');
    assert.equal(
      svText(findUnsafeText({ ['bad\uD800key']: 1 })),
      'har ett fältnamn som innehåller trasiga Unicode-tecken',
    );
  });

  it('keeps a whole surrogate pair', () => {
    assert.equal(findUnsafeText('\uD83D\uDE00'), null);
  });
});
