import { hasCode, Taxonomy, TaxonomyList } from '../taxonomy/taxonomy';
import type { RsaQuestions } from '../rounds/round-rules';
import { AssessmentDocument, emptyDocument, rsaAnswersOf } from './assessment-document';

/**
 * The proposal a municipality's new draft starts from, made of its last submitted assessment:
 * - its observed risks carried over, each with its trend cleared, since the trend is the change since that assessment
 *   and must be judged anew before submitting;
 * - a follow-up to answer for each measure it planned, if that assessment is from the round just before;
 * - its contact;
 * - each risk's RSA answers, where the new round asks for them: a risk's likelihood and consequence are what the
 *   municipality's RSA follows from round to round, and are revised rather than judged anew.
 * Everything that describes the new period (measures taken, plans, risks ahead, the texts) starts empty. Codes the new
 * round's taxonomy no longer has are cleared, so that the proposal always saves.
 */
export function prefillFrom(
  last: AssessmentDocument,
  taxonomy: Taxonomy,
  options: { followUpPlans: boolean; rsa: RsaQuestions },
): AssessmentDocument {
  const { scoring, escalationAreas } = options.rsa;
  const keep = (list: TaxonomyList, code: string | null) =>
    code !== null && hasCode(taxonomy, list, code) ? code : null;
  const keepAll = (list: TaxonomyList, codes: string[]) => codes.filter((c) => hasCode(taxonomy, list, c));
  return {
    ...emptyDocument(),
    contact: { ...last.contact },
    observedRisks: last.observedRisks.map((r) => {
      const rsa = rsaAnswersOf(r);
      const area = keep('riskAreas', r.area);
      return {
        ...r,
        area,
        level: keep('levels', r.level),
        trend: null,
        extent: keep('extents', r.extent),
        affectedGroups: keepAll('affectedGroups', r.affectedGroups),
        eventLink: keep('eventLinks', r.eventLink),
        likelihood: scoring ? keep('rsaLikelihoods', rsa.likelihood) : null,
        consequence: scoring ? keep('rsaConsequences', rsa.consequence) : null,
        protectedValues: scoring ? keepAll('protectedValues', rsa.protectedValues) : [],
        escalationStage:
          area !== null && escalationAreas.includes(area)
            ? keep('escalationStages', rsa.escalationStage)
            : null,
      };
    }),
    followUps: options.followUpPlans
      ? last.plannedMeasures.map((p) => ({ plannedMeasureId: p.id, status: null, comment: '' }))
      : [],
  };
}
