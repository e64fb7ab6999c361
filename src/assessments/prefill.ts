import { hasCode, Taxonomy, TaxonomyList } from '../taxonomy/taxonomy';
import { AssessmentDocument, emptyDocument } from './assessment-document';

/**
 * The proposal a municipality's new draft starts from, made of its last submitted assessment:
 * - its observed risks carried over, each with its trend cleared, since the trend is the change since that assessment
 *   and must be judged anew before submitting;
 * - a follow-up to answer for each measure it planned, if that assessment is from the round just before;
 * - its contact.
 * Everything that describes the new period (measures taken, plans, risks ahead, the texts) starts empty. Codes the new
 * round's taxonomy no longer has are cleared, so that the proposal always saves.
 */
export function prefillFrom(
  last: AssessmentDocument,
  taxonomy: Taxonomy,
  options: { followUpPlans: boolean },
): AssessmentDocument {
  const keep = (list: TaxonomyList, code: string | null) =>
    code !== null && hasCode(taxonomy, list, code) ? code : null;
  const keepAll = (list: TaxonomyList, codes: string[]) => codes.filter((c) => hasCode(taxonomy, list, c));
  return {
    ...emptyDocument(),
    contact: { ...last.contact },
    observedRisks: last.observedRisks.map((r) => ({
      ...r,
      area: keep('riskAreas', r.area),
      level: keep('levels', r.level),
      trend: null,
      extent: keep('extents', r.extent),
      affectedGroups: keepAll('affectedGroups', r.affectedGroups),
      eventLink: keep('eventLinks', r.eventLink),
    })),
    followUps: options.followUpPlans
      ? last.plannedMeasures.map((p) => ({ plannedMeasureId: p.id, status: null, comment: '' }))
      : [],
  };
}
