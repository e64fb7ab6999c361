import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findUnsafeText } from '../../src/common/text-safety';

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
      message: 'innehåller trasiga Unicode-tecken',
    });
    assert.deepEqual(findUnsafeText({ observedRisks: [{}, { title: 'x\u0000' }] }), {
      path: 'observedRisks[1].title',
      message: 'innehåller otillåtna styrtecken',
    });
    assert.equal(findUnsafeText('\uD800', 'county')?.path, 'county');
    assert.equal(
      findUnsafeText({ ['bad\uD800key']: 1 })?.message,
      'har ett fältnamn som innehåller trasiga Unicode-tecken',
    );
  });

  it('keeps a whole surrogate pair', () => {
    assert.equal(findUnsafeText('\uD83D\uDE00'), null);
  });
});
