import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { flattenValidationErrors } from '../../src/common/validation';
import { completeDocument } from '../support/documents';

function pathsOf(body: unknown): string[] {
  const dto = plainToInstance(AssessmentDocumentDto, body);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  return flattenValidationErrors(errors).map((e) => e.path);
}

describe('document shape validation', () => {
  it('accepts a complete document', () => {
    assert.deepEqual(pathsOf(completeDocument(3)), []);
  });

  it('names nested fields by their path, with list indexes', () => {
    const body = completeDocument(0) as Record<string, unknown> & ReturnType<typeof completeDocument>;
    (body.observedRisks[1] as Record<string, unknown>).level = 7;
    (body.measuresTaken[0] as Record<string, unknown>).riskIds = 'r1';
    (body.contact as Record<string, unknown>).email = 'not-an-address';
    assert.deepEqual(pathsOf(body).sort(), [
      'contact.email',
      'measuresTaken[0].riskIds',
      'observedRisks[1].level',
    ]);
  });

  it('rejects unknown fields at any depth', () => {
    const body = completeDocument(0);
    (body as Record<string, unknown>).secret = 1;
    (body.observedRisks[0] as Record<string, unknown>).severity = 'x';
    assert.deepEqual(pathsOf(body).sort(), ['observedRisks[0].severity', 'secret']);
  });

  it('bounds text lengths and list sizes', () => {
    const body = completeDocument(0);
    body.summary = 'x'.repeat(5001);
    const risks = Array.from({ length: 51 }, (_, i) => ({ id: `r${i}` }));
    assert.deepEqual(pathsOf({ ...body, observedRisks: risks }).sort(), ['observedRisks', 'summary']);
  });

  it('requires the version that was read', () => {
    const { version: _, ...rest } = completeDocument(0);
    assert.deepEqual(pathsOf(rest), ['version']);
    assert.deepEqual(pathsOf({ ...rest, version: -1 }), ['version']);
  });

  it('refuses list items that are not objects', () => {
    assert.deepEqual(pathsOf({ version: 0, observedRisks: ['risk'] }), ['observedRisks']);
  });
});
