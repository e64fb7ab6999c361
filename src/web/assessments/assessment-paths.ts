import type { SectionKey } from '../../assessments/sections';

export const assessmentPath = (roundId: string, code: string) =>
  `/rounds/${encodeURIComponent(roundId)}/assessments/${encodeURIComponent(code)}`;

export const sectionPath = (roundId: string, code: string, key: SectionKey) =>
  `${assessmentPath(roundId, code)}/sections/${key}`;
