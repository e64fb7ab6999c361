import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BODY_SHAPE, findOversizedShape } from '../../src/common/body-shape';
import { MAX_FIELD_ERRORS, invalid } from '../../src/common/domain-error';
import { findUnsafeText } from '../../src/common/text-safety';
import { completeDocument } from '../support/documents';
import { svText } from '../support/texts';

const nested = (depth: number, leaf: unknown = 1) => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
};

describe('the shape of a request body', () => {
  it('takes the largest assessment the document allows', () => {
    const doc = completeDocument(1);
    const risk = doc.observedRisks[0]!;
    const full = {
      ...doc,
      observedRisks: Array.from({ length: 50 }, (_, i) => ({
        ...risk,
        id: `r${i}`,
        affectedGroups: Array(20).fill('x'),
      })),
      measuresTaken: Array.from({ length: 50 }, (_, i) => ({
        ...doc.measuresTaken[0]!,
        id: `m${i}`,
        riskIds: Array.from({ length: 50 }, (_, j) => `r${j}`),
        actors: Array(20).fill('x'),
        perspectives: Array(20).fill('x'),
      })),
      plannedMeasures: Array.from({ length: 50 }, (_, i) => ({
        ...doc.plannedMeasures[0]!,
        id: `p${i}`,
        riskIds: Array.from({ length: 50 }, (_, j) => `r${j}`),
      })),
      followUps: Array.from({ length: 100 }, (_, i) => ({
        plannedMeasureId: `q${i}`,
        status: 'x',
        comment: 'y',
      })),
      risksAhead: Array.from({ length: 50 }, () => doc.risksAhead[0]!),
      forumThemes: Array(20).fill('tema'),
    };
    assert.equal(findOversizedShape(full), null);
  });

  it('names the object with too many fields, the list with too many entries, and a body too deep', () => {
    const wide = Object.fromEntries(Array.from({ length: BODY_SHAPE.maxKeys + 1 }, (_, i) => [`k${i}`, i]));
    assert.deepEqual(findOversizedShape(wide), {
      path: 'body',
      code: 'max_keys',
      params: { max: BODY_SHAPE.maxKeys },
    });
    assert.equal(findOversizedShape({ contact: wide })?.path, 'contact');
    assert.deepEqual(findOversizedShape({ observedRisks: Array(BODY_SHAPE.maxItems + 1).fill({}) }), {
      path: 'observedRisks',
      code: 'max_items',
      params: { max: BODY_SHAPE.maxItems },
    });
    assert.equal(findOversizedShape(nested(BODY_SHAPE.maxDepth)), null);
    assert.deepEqual(findOversizedShape(nested(BODY_SHAPE.maxDepth + 1)), {
      path: 'a[0].a[0].a[0].a[0]',
      code: 'max_depth',
      params: { max: BODY_SHAPE.maxDepth },
    });
  });

  it('counts every value of the body', () => {
    const many = Array.from({ length: 60 }, () => Array(BODY_SHAPE.maxItems).fill(0));
    assert.deepEqual(findOversizedShape({ many }), {
      path: 'body',
      code: 'max_values',
      params: { max: BODY_SHAPE.maxValues },
    });
  });

  it('walks a body nested 200,000 deep without running out of stack, here and in the text check', () => {
    const deep = nested(200_000, 'bad\u0000');
    assert.equal(
      svText(findOversizedShape(deep)),
      `får vara nästlad högst ${BODY_SHAPE.maxDepth} nivåer djupt`,
    );
    assert.equal(svText(findUnsafeText(deep)), 'innehåller otillåtna styrtecken');
  });

  it(`keeps the first ${MAX_FIELD_ERRORS} field errors and counts the rest`, () => {
    const error = invalid(
      Array.from({ length: 250 }, (_, i) => ({ path: `f${i}`, code: 'invalid' as const })),
    );
    assert.equal(error.fields.length, MAX_FIELD_ERRORS);
    assert.equal(error.fields[0]?.path, 'f0');
    assert.deepEqual(error.detail, { moreErrors: 150 });
    assert.deepEqual(invalid([{ path: 'a', code: 'invalid' }]).detail, {});
  });
});
