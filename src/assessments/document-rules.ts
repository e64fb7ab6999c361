import type { FieldError } from '../common/domain-error';
import type { FieldErrorCode } from '../common/messages';
import type { RsaQuestions } from '../rounds/round-rules';
import { hasCode, Taxonomy, TaxonomyList } from '../taxonomy/taxonomy';
import { AssessmentDocument, emptyDocument, ObservedRisk, rsaAnswersOf } from './assessment-document';
import type { AssessmentDocumentDto } from './dto/assessment-document.dto';

const text = (value: string | undefined | null): string => (value ?? '').trim();
const code = (value: string | undefined | null): string | null => {
  const trimmed = text(value);
  return trimmed === '' ? null : trimmed;
};

/** Gives every item without an id one that is not yet used in the document (`risk-1`, `measure-2`, …). */
export function idAssigner(prefix: string, taken: Iterable<string | undefined>) {
  const used = new Set([...taken].filter((id): id is string => !!id));
  let next = 1;
  return (id: string | undefined): string => {
    if (id) return id;
    while (used.has(`${prefix}-${next}`)) next += 1;
    const fresh = `${prefix}-${next}`;
    used.add(fresh);
    return fresh;
  };
}

/** The validated request body as the stored document: every key present, texts trimmed, ids filled in. */
export function normalizeDocument(dto: AssessmentDocumentDto): AssessmentDocument {
  const base = emptyDocument();
  const risks = dto.observedRisks ?? [];
  const taken = dto.measuresTaken ?? [];
  const planned = dto.plannedMeasures ?? [];
  const riskId = idAssigner(
    'risk',
    risks.map((r) => r.id),
  );
  const takenId = idAssigner(
    'measure',
    taken.map((m) => m.id),
  );
  const plannedId = idAssigner(
    'planned',
    planned.map((m) => m.id),
  );
  return {
    contact: {
      name: text(dto.contact?.name),
      role: text(dto.contact?.role),
      email: text(dto.contact?.email),
      phone: text(dto.contact?.phone),
    },
    summary: text(dto.summary),
    changesSinceLastRound: text(dto.changesSinceLastRound),
    noRisksObserved: dto.noRisksObserved ?? base.noRisksObserved,
    observedRisks: risks.map((r) => ({
      id: riskId(r.id),
      area: code(r.area),
      title: text(r.title),
      description: text(r.description),
      level: code(r.level),
      trend: code(r.trend),
      extent: code(r.extent),
      affectedGroups: r.affectedGroups ?? [],
      location: text(r.location),
      eventLink: code(r.eventLink),
      basis: text(r.basis),
      likelihood: code(r.likelihood),
      consequence: code(r.consequence),
      protectedValues: r.protectedValues ?? [],
      escalationStage: code(r.escalationStage),
    })),
    measuresTaken: taken.map((m) => ({
      id: takenId(m.id),
      description: text(m.description),
      riskIds: m.riskIds ?? [],
      actors: m.actors ?? [],
      perspectives: m.perspectives ?? [],
      effect: code(m.effect),
    })),
    plannedMeasures: planned.map((m) => ({
      id: plannedId(m.id),
      description: text(m.description),
      riskIds: m.riskIds ?? [],
      responsible: text(m.responsible),
      period: text(m.period),
    })),
    followUps: (dto.followUps ?? []).map((f) => ({
      plannedMeasureId: f.plannedMeasureId,
      status: code(f.status),
      comment: text(f.comment),
    })),
    risksAhead: (dto.risksAhead ?? []).map((r) => ({
      area: code(r.area),
      description: text(r.description),
      likelihood: code(r.likelihood),
    })),
    supportWanted: text(dto.supportWanted),
    forumThemes: (dto.forumThemes ?? []).map(text).filter((t) => t !== ''),
  };
}

function duplicates(ids: string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return twice;
}

/**
 * Checks that belong to the round rather than the shape: every code is on the round's frozen lists, ids are unique,
 * measures point at risks of the same document, and a risk has RSA answers only where the round asks for them.
 */
export function checkAgainstTaxonomy(
  doc: AssessmentDocument,
  taxonomy: Taxonomy,
  rsa: RsaQuestions,
): FieldError[] {
  const errors: FieldError[] = [];
  const codeAt = (path: string, list: TaxonomyList, value: string | null) => {
    if (value !== null && !hasCode(taxonomy, list, value)) {
      errors.push({ path, code: 'code_not_in_list', params: { value } });
    }
  };
  const codesAt = (path: string, list: TaxonomyList, values: string[]) =>
    values.forEach((value, i) => codeAt(`${path}[${i}]`, list, value));
  const idsUnique = (path: string, ids: string[]) => {
    const twice = duplicates(ids);
    ids.forEach((id, i) => {
      if (twice.has(id)) errors.push({ path: `${path}[${i}].id`, code: 'duplicate_id', params: { id } });
    });
  };
  const riskIds = new Set(doc.observedRisks.map((r) => r.id));
  const riskRefs = (path: string, ids: string[]) =>
    ids.forEach((id, i) => {
      if (!riskIds.has(id)) errors.push({ path: `${path}[${i}]`, code: 'unknown_risk', params: { id } });
    });

  idsUnique(
    'observedRisks',
    doc.observedRisks.map((r) => r.id),
  );
  idsUnique(
    'measuresTaken',
    doc.measuresTaken.map((m) => m.id),
  );
  idsUnique(
    'plannedMeasures',
    doc.plannedMeasures.map((m) => m.id),
  );

  doc.observedRisks.forEach((r, i) => {
    const at = `observedRisks[${i}]`;
    codeAt(`${at}.area`, 'riskAreas', r.area);
    codeAt(`${at}.level`, 'levels', r.level);
    codeAt(`${at}.trend`, 'trends', r.trend);
    codeAt(`${at}.extent`, 'extents', r.extent);
    codesAt(`${at}.affectedGroups`, 'affectedGroups', r.affectedGroups);
    codeAt(`${at}.eventLink`, 'eventLinks', r.eventLink);
    errors.push(...rsaErrors(r, at, taxonomy, rsa));
  });
  doc.measuresTaken.forEach((m, i) => {
    const at = `measuresTaken[${i}]`;
    riskRefs(`${at}.riskIds`, m.riskIds);
    codesAt(`${at}.actors`, 'actors', m.actors);
    codesAt(`${at}.perspectives`, 'perspectives', m.perspectives);
    codeAt(`${at}.effect`, 'effects', m.effect);
  });
  doc.plannedMeasures.forEach((m, i) => riskRefs(`plannedMeasures[${i}].riskIds`, m.riskIds));
  const followed = duplicates(doc.followUps.map((f) => f.plannedMeasureId));
  doc.followUps.forEach((f, i) => {
    const at = `followUps[${i}]`;
    if (followed.has(f.plannedMeasureId)) {
      errors.push({ path: `${at}.plannedMeasureId`, code: 'followed_up_twice' });
    }
    codeAt(`${at}.status`, 'followUpStatuses', f.status);
  });
  doc.risksAhead.forEach((r, i) => {
    codeAt(`risksAhead[${i}].area`, 'riskAreas', r.area);
    codeAt(`risksAhead[${i}].likelihood`, 'likelihoods', r.likelihood);
  });
  if (doc.noRisksObserved && doc.observedRisks.length > 0) {
    errors.push({ path: 'noRisksObserved', code: 'no_risks_with_risks' });
  }
  return errors;
}

/** A risk's RSA answers: on the round's lists, and only those the round asks for, for the risk's area. */
function rsaErrors(risk: ObservedRisk, at: string, taxonomy: Taxonomy, rsa: RsaQuestions): FieldError[] {
  const answers = rsaAnswersOf(risk);
  const errors: FieldError[] = [];
  const notAsked = (field: string) => errors.push({ path: `${at}.${field}`, code: 'not_asked_in_round' });
  const onList = (path: string, list: TaxonomyList, value: string) => {
    if (!hasCode(taxonomy, list, value)) errors.push({ path, code: 'code_not_in_list', params: { value } });
  };
  if (!rsa.scoring) {
    if (answers.likelihood !== null) notAsked('likelihood');
    if (answers.consequence !== null) notAsked('consequence');
    if (answers.protectedValues.length > 0) notAsked('protectedValues');
  } else {
    if (answers.likelihood !== null) onList(`${at}.likelihood`, 'rsaLikelihoods', answers.likelihood);
    if (answers.consequence !== null) onList(`${at}.consequence`, 'rsaConsequences', answers.consequence);
    answers.protectedValues.forEach((value, i) =>
      onList(`${at}.protectedValues[${i}]`, 'protectedValues', value),
    );
  }
  if (answers.escalationStage !== null) {
    if (rsa.escalationAreas.length === 0) notAsked('escalationStage');
    else if (risk.area !== null && !rsa.escalationAreas.includes(risk.area)) {
      errors.push({ path: `${at}.escalationStage`, code: 'escalation_not_for_area' });
    } else onList(`${at}.escalationStage`, 'escalationStages', answers.escalationStage);
  }
  return errors;
}

/** What must be filled before a municipality can submit; an empty list means complete. */
export function checkCompleteness(doc: AssessmentDocument, rsa: RsaQuestions): FieldError[] {
  const missing: FieldError[] = [];
  const need = (ok: boolean, path: string, code: Extract<FieldErrorCode, `missing.${string}`>) => {
    if (!ok) missing.push({ path, code });
  };
  need(doc.contact.name !== '', 'contact.name', 'missing.contact_name');
  need(doc.contact.email !== '', 'contact.email', 'missing.contact_email');
  need(doc.noRisksObserved || doc.observedRisks.length > 0, 'observedRisks', 'missing.observed_risks');
  doc.observedRisks.forEach((r, i) => {
    need(r.area !== null, `observedRisks[${i}].area`, 'missing.area');
    need(r.level !== null, `observedRisks[${i}].level`, 'missing.level');
    need(r.trend !== null, `observedRisks[${i}].trend`, 'missing.trend');
    if (rsa.scoring) {
      need((r.likelihood ?? null) !== null, `observedRisks[${i}].likelihood`, 'missing.likelihood');
      need((r.consequence ?? null) !== null, `observedRisks[${i}].consequence`, 'missing.consequence');
    }
  });
  doc.measuresTaken.forEach((m, i) =>
    need(m.description !== '', `measuresTaken[${i}].description`, 'missing.measure_description'),
  );
  doc.plannedMeasures.forEach((m, i) =>
    need(m.description !== '', `plannedMeasures[${i}].description`, 'missing.measure_description'),
  );
  doc.followUps.forEach((f, i) =>
    need(f.status !== null, `followUps[${i}].status`, 'missing.follow_up_status'),
  );
  doc.risksAhead.forEach((r, i) => {
    need(r.area !== null, `risksAhead[${i}].area`, 'missing.area');
    need(r.description !== '', `risksAhead[${i}].description`, 'missing.description');
  });
  return missing;
}
