/** A complete, valid assessment document with two risks, a measure, a plan and a risk ahead. */
export function completeDocument(version: number) {
  return {
    version,
    contact: {
      name: 'Anna Lind',
      role: 'Säkerhetssamordnare',
      email: 'anna.lind@vaxjo.test',
      phone: '0470-410 00',
    },
    summary: 'Oron bland unga har ökat i två bostadsområden.',
    changesSinceLastRound: 'Fler anmälningar om våld i nära relationer.',
    observedRisks: [
      {
        id: 'r1',
        area: 'social_oro',
        title: 'Skadegörelse i centrum',
        description: 'Återkommande skadegörelse och bränder i soprum.',
        level: 'hog',
        trend: 'okat',
        extent: 'flera_omraden',
        affectedGroups: ['barn_unga'],
        location: 'Centrum och Araby',
        eventLink: 'delvis',
        basis: 'Polisens lägesbild, fältassistenter',
      },
      {
        id: 'r2',
        area: 'vald_nara_relationer',
        title: 'Fler orosanmälningar',
        description: 'Socialtjänsten ser fler orosanmälningar.',
        level: 'medel',
        trend: 'okat',
        extent: 'hela_kommunen',
        affectedGroups: ['valdsutsatta', 'barn_unga'],
        location: '',
        eventLink: 'nej',
        basis: 'Socialtjänstens statistik',
      },
    ],
    measuresTaken: [
      {
        id: 'm1',
        description: 'Förstärkt fältverksamhet kvällstid.',
        riskIds: ['r1'],
        actors: ['socialtjanst', 'polis'],
        perspectives: ['barnratt'],
        effect: 'delvis',
      },
    ],
    plannedMeasures: [
      {
        id: 'p1',
        description: 'Samverkansavtal med polisen.',
        riskIds: ['r1', 'r2'],
        responsible: 'Kommunledningen',
        period: 'Hösten 2026',
      },
    ],
    risksAhead: [
      { area: 'arbetsloshet_syssloloshet', description: 'Varsel inom industrin.', likelihood: 'medel' },
    ],
    supportWanted: 'Stöd i att kartlägga hedersrelaterat våld.',
    forumThemes: ['Samverkan med polisen'],
  };
}

/** A valid document with every list at its limit (50 entries), in short words: a long archive from few answers. */
export function wideDocument(version: number) {
  const doc = completeDocument(version);
  const risks = Array.from({ length: 50 }, (_, i) => ({
    ...doc.observedRisks[i % 2]!,
    id: `r${i}`,
    title: `Risk ${i}`,
  }));
  return {
    ...doc,
    observedRisks: risks,
    measuresTaken: Array.from({ length: 50 }, (_, i) => ({
      ...doc.measuresTaken[0]!,
      id: `m${i}`,
      riskIds: [`r${i}`],
    })),
    plannedMeasures: Array.from({ length: 50 }, (_, i) => ({
      ...doc.plannedMeasures[0]!,
      id: `p${i}`,
      riskIds: [`r${i}`],
    })),
    risksAhead: Array.from({ length: 50 }, () => doc.risksAhead[0]!),
  };
}

/** The document's own fields of an assessment view, as a PUT takes them. */
export function documentOf(view: Record<string, unknown>): Record<string, any> {
  const keys = [
    'contact',
    'summary',
    'changesSinceLastRound',
    'noRisksObserved',
    'observedRisks',
    'measuresTaken',
    'plannedMeasures',
    'followUps',
    'risksAhead',
    'supportWanted',
    'forumThemes',
  ];
  return Object.fromEntries(keys.map((k) => [k, view[k]]));
}

/** A risk as the API gives it back, with the RSA answers a round that scores asks for. */
export interface ScoredRisk {
  id: string;
  title: string;
  likelihood?: string | null;
  consequence?: string | null;
  protectedValues?: string[];
  escalationStage?: string | null;
}

/** The complete document with each risk scored for the RSA: r1 (social unrest) also on an escalation stage. */
export function scoredDocument(version: number) {
  const body = completeDocument(version) as ReturnType<typeof completeDocument> & {
    observedRisks: ScoredRisk[];
  };
  Object.assign(body.observedRisks[0]!, {
    likelihood: 'hog',
    consequence: 'allvarliga',
    protectedValues: ['liv_halsa', 'samhallets_funktionalitet'],
    escalationStage: 'fordomar_rykten',
  });
  Object.assign(body.observedRisks[1]!, { likelihood: 'medelhog', consequence: 'mycket_allvarliga' });
  return body;
}
