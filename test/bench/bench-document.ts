import type { PlannedMeasure } from '../../src/assessments/assessment-document';
import type { AssessmentDocumentDto } from '../../src/assessments/dto/assessment-document.dto';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';

/** A small seeded generator, so that every run writes the same data. */
export function seeded(seed: string): () => number {
  let state = [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 2166136261);
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const SENTENCES = [
  'Socialtjänsten har fått fler orosanmälningar under perioden än under samma period förra året.',
  'Skolan rapporterar ökad frånvaro bland elever i årskurs sju till nio.',
  'Polisen beskriver en oroande utveckling med ungdomsgrupper som samlas kvällstid i centrum.',
  'Fältassistenterna möter fler unga som uppger att de saknar meningsfull fritid.',
  'Kvinnojouren har haft fler kontakter och längre väntetider för stödsamtal.',
  'Äldre som bor ensamma beskriver ökad isolering efter neddragningar i föreningslivet.',
  'Ekonomiskt bistånd har ökat, särskilt bland hushåll med barn.',
  'Räddningstjänsten har noterat fler anlagda bränder i soprum och skolgårdar.',
  'Samverkan med regionen fungerar väl men resurserna räcker inte till alla som behöver stöd.',
  'Läget bedöms som oförändrat i de flesta bostadsområden men försämrat i två av dem.',
  'Nyanlända familjer har svårt att hitta bostad och flyttar ofta mellan tillfälliga boenden.',
  'Arbetslösheten bland unga vuxna ligger kvar på en hög nivå trots fler praktikplatser.',
];
const PLACES = [
  'Centralorten',
  'Hela kommunen',
  'Två bostadsområden',
  'Landsbygden',
  'Stationsområdet',
  'Norra delen',
];
const RESPONSIBLE = [
  'Socialförvaltningen',
  'Kommunledningskontoret',
  'Utbildningsförvaltningen',
  'Kultur och fritid',
];

const codes = (list: keyof typeof DEFAULT_TAXONOMY) => DEFAULT_TAXONOMY[list].map((item) => item.code);

/**
 * A full-size assessment as a national deployment would hold: 12 observed risks, 10 measures taken, 6 planned measures,
 * 4 risks ahead, follow-ups of the previous round's plans, and texts of realistic Swedish lengths.
 */
export function benchDocument(
  municipality: { code: string; name: string },
  round: number,
  previousPlanned: PlannedMeasure[],
): AssessmentDocumentDto {
  const next = seeded(`${municipality.code}-${round}`);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(list))),
  ];
  const text = (sentences: number) => Array.from({ length: sentences }, () => pick(SENTENCES)).join(' ');
  const areas = codes('riskAreas');
  const risks = Array.from({ length: 12 }, (_, i) => ({
    id: `r${i + 1}`,
    area: areas[(i + Math.floor(next() * 3)) % areas.length]!,
    title: `${pick(['Ökad', 'Fortsatt', 'Ny'])} oro: ${pick(SENTENCES).slice(0, 60)}`,
    description: text(2 + Math.floor(next() * 5)),
    level: pick(codes('levels')),
    trend: round === 0 ? pick(['ny', 'vet_ej']) : pick(codes('trends')),
    extent: pick(codes('extents')),
    affectedGroups: some(codes('affectedGroups'), 3),
    location: pick(PLACES),
    eventLink: pick(codes('eventLinks')),
    basis: text(1),
  }));
  return {
    version: 0,
    contact: {
      name: `Kontaktperson ${municipality.name}`,
      role: pick(['Säkerhetssamordnare', 'Folkhälsostrateg', 'Socialchef']),
      email: `kontakt.${municipality.code}@kommun.test`,
      phone: `0${10 + Math.floor(next() * 89)}-${100000 + Math.floor(next() * 800000)}`,
    },
    summary: text(4 + Math.floor(next() * 6)),
    changesSinceLastRound: round === 0 ? 'Första rapporteringen.' : text(2),
    noRisksObserved: false,
    observedRisks: risks,
    measuresTaken: Array.from({ length: 10 }, (_, i) => ({
      id: `m${i + 1}`,
      description: text(1 + Math.floor(next() * 3)),
      riskIds: some(
        risks.map((r) => r.id),
        2,
      ),
      actors: some(codes('actors'), 4),
      perspectives: some(codes('perspectives'), 2),
      effect: pick(codes('effects')),
    })),
    plannedMeasures: Array.from({ length: 6 }, (_, i) => ({
      id: `p${i + 1}`,
      description: text(1 + Math.floor(next() * 2)),
      riskIds: some(
        risks.map((r) => r.id),
        2,
      ),
      responsible: pick(RESPONSIBLE),
      period: pick(['Våren', 'Hösten']) + ` ${2016 + Math.floor((round + 1) / 4)}`,
    })),
    followUps: previousPlanned.map((planned) => ({
      plannedMeasureId: planned.id,
      status: pick(codes('followUpStatuses')),
      comment: next() < 0.5 ? '' : text(1),
    })),
    risksAhead: Array.from({ length: 4 }, () => ({
      area: pick(areas),
      description: text(1 + Math.floor(next() * 2)),
      likelihood: pick(codes('likelihoods')),
    })),
    supportWanted: next() < 0.3 ? '' : text(1),
    forumThemes: some(
      ['Unga och trygghet', 'Äldres isolering', 'Ekonomisk utsatthet', 'Våld i nära relationer'],
      2,
    ),
  };
}
