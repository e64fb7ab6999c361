import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError, ErrorCode } from '../../src/common/domain-error';
import { errorBodyOf } from '../../src/common/domain-error.filter';
import { languageOf, loadMessages, TRANSLATORS } from '../../src/common/i18n';
import { FIELD_ERROR_CODES, MESSAGE_CODES } from '../../src/common/messages';

type Tree = { [key: string]: string | Tree };

/** Every text of a section of the locale file, by its dotted code. */
function textsOf(tree: Tree | string | undefined, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  if (tree === undefined || typeof tree === 'string') return texts;
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') texts.set(prefix + key, value);
    else for (const [k, v] of textsOf(value, `${prefix}${key}.`)) texts.set(k, v);
  }
  return texts;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages by code', () => {
  for (const [section, codes] of [
    ['messages', MESSAGE_CODES],
    ['fieldErrors', FIELD_ERROR_CODES],
  ] as const) {
    it(`has words for every ${section} code in Swedish and English, and no words without a code`, () => {
      const sv = textsOf(loadMessages('sv')[section]);
      const en = textsOf(loadMessages('en')[section]);
      for (const texts of [sv, en]) {
        assert.deepEqual(
          codes.filter((code) => !texts.get(code)),
          [],
        );
        assert.deepEqual(
          [...texts.keys()].filter((key) => !(codes as readonly string[]).includes(key)),
          [],
        );
      }
      for (const code of codes) {
        assert.deepEqual(placeholders(en.get(code)!), placeholders(sv.get(code)!), code);
      }
    });
  }

  it('answers in the language asked for, Swedish unless English is preferred', () => {
    const accepts =
      (header: string) =>
      (...languages: string[]) => {
        const wanted = header.split(',').map((part) => part.split(';')[0]!.trim().slice(0, 2));
        return wanted.find((l) => languages.includes(l)) ?? (header === '' ? languages[0]! : false);
      };
    assert.equal(languageOf(accepts('')), 'sv');
    assert.equal(languageOf(accepts('en-GB,en;q=0.9')), 'en');
    assert.equal(languageOf(accepts('de-DE')), 'sv');
    const error = new DomainError(
      ErrorCode.DeadlinePassed,
      { code: 'assessment.deadline_passed', params: { deadline: '2026-03-31' } },
      [{ path: 'comment', code: 'max_length', params: { max: 2000 } }],
    );
    const sv = errorBodyOf(error, TRANSLATORS.sv);
    const en = errorBodyOf(error, TRANSLATORS.en);
    assert.equal(sv.messageCode, 'assessment.deadline_passed');
    assert.equal(sv.message, 'Sista dag för inlämning var 2026-03-31');
    assert.equal(en.message, 'The last day for submission was 2026-03-31');
    assert.deepEqual(en.errors, [
      {
        path: 'comment',
        code: 'max_length',
        params: { max: 2000 },
        message: 'must be at most 2000 characters',
      },
    ]);
    assert.equal(sv.errors?.[0]?.message, 'får vara högst 2000 tecken');
  });
});
