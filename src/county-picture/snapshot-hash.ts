import { createHash } from 'node:crypto';
import type { AssessmentInput, PictureInput } from './county-picture.builder';

/** Raise when the builder starts computing anything differently, so that equal hashes keep meaning equal pictures. */
export const PICTURE_MODEL_VERSION = 5;

const withoutDocument = (a: Omit<AssessmentInput, 'municipalityCode'> & { municipalityCode?: string }) => ({
  municipalityCode: a.municipalityCode,
  assessmentId: a.assessmentId,
  status: a.status,
  late: a.late,
  latest: a.latest
    ? { number: a.latest.number, version: a.latest.version, submittedAt: a.latest.submittedAt }
    : null,
});

/**
 * The picture's identity, from its inputs rather than from the built model. A submitted version never changes (the
 * table is append-only), so its assessment id, number and version stand for its document; everything else the builder
 * reads is hashed as it is. Equal inputs give equal pictures, because the builder is a pure function of them.
 */
export function snapshotHashOf(input: PictureInput): string {
  const identity = {
    model: PICTURE_MODEL_VERSION,
    round: input.round,
    include: input.include,
    municipalities: input.municipalities,
    assessments: input.assessments.map(withoutDocument),
    previous: input.previous ? { round: input.previous.round, figures: input.previous.figures } : null,
    narratives: input.narratives,
    trends: input.trends,
    forums: input.forums,
    organisations: input.organisations.map((o) => ({
      organisation: o.organisation,
      assessment: o.assessment && withoutDocument(o.assessment),
    })),
  };
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex');
}
