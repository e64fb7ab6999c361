import type { AssessmentDocumentDto } from '../assessments/dto/assessment-document.dto';

/** The demo county, Kronobergs län, and one reporter per municipality. */
export const DEMO_COUNTY = '07';
export const DEMO_PASSWORD = 'lagesbild-demo';
export const DEMO_MUNICIPALITIES: { code: string; name: string; slug: string }[] = [
  { code: '0760', name: 'Uppvidinge', slug: 'uppvidinge' },
  { code: '0761', name: 'Lessebo', slug: 'lessebo' },
  { code: '0763', name: 'Tingsryd', slug: 'tingsryd' },
  { code: '0764', name: 'Alvesta', slug: 'alvesta' },
  { code: '0765', name: 'Älmhult', slug: 'almhult' },
  { code: '0767', name: 'Markaryd', slug: 'markaryd' },
  { code: '0780', name: 'Växjö', slug: 'vaxjo' },
  { code: '0781', name: 'Ljungby', slug: 'ljungby' },
];

/** The organisations besides the municipalities that the demo county's autumn round asks. */
export const DEMO_ORGANISATIONS = [
  { name: 'Region Kronoberg', kind: 'region' as const, slug: 'region', answer: 'submitted' as const },
  {
    name: 'Röda Korset Kronoberg',
    kind: 'civil_society' as const,
    slug: 'rodakorset',
    answer: 'draft' as const,
  },
];

export const DEMO_ACCOUNTS = {
  coordinator: { email: 'samordnare@kronoberg.demo', name: 'Karin Samuelsson', role: 'coordinator' as const },
  analyst: { email: 'analytiker@kronoberg.demo', name: 'Johan Ahlberg', role: 'analyst' as const },
  reporter: (slug: string) => `rapportor.${slug}@kronoberg.demo`,
};

interface RiskTemplate {
  area: string;
  title: string;
  description: string;
  groups: string[];
  basis: string;
  measure: string;
  actors: string[];
  perspectives: string[];
  plan: string;
}

const RISKS: RiskTemplate[] = [
  {
    area: 'vald_nara_relationer',
    title: 'Fler orosanmälningar om våld i hemmet',
    description:
      'Socialtjänsten har fått fler orosanmälningar där barn bevittnat våld. Kvinnofridsmottagningen rapporterar längre väntetider.',
    groups: ['valdsutsatta', 'barn_unga'],
    basis: 'Socialtjänstens ärendestatistik, kvinnojouren',
    measure: 'Utbildning i att fråga om våld för personal inom hemtjänst och förskola.',
    actors: ['socialtjanst', 'civilsamhalle', 'region_halso_sjukvard'],
    perspectives: ['barnratt', 'jamstalldhet'],
    plan: 'Ta fram en gemensam handlingsplan mot våld i nära relationer med regionen.',
  },
  {
    area: 'psykisk_ohalsa_isolering',
    title: 'Ökad ensamhet bland äldre',
    description:
      'Träffpunkter har haft färre besökare och anhöriga beskriver ökad isolering bland äldre som bor ensamma.',
    groups: ['aldre', 'funktionsnedsattning'],
    basis: 'Uppsökande verksamhet, anhörigstöd',
    measure: 'Telefonkontakt varje vecka med äldre som bor ensamma och saknar hemtjänst.',
    actors: ['socialtjanst', 'civilsamhalle'],
    perspectives: ['funktionsratt', 'manskliga_rattigheter'],
    plan: 'Utöka öppettiderna på träffpunkterna och starta promenadgrupper.',
  },
  {
    area: 'social_oro',
    title: 'Skadegörelse och oro bland unga i centrum',
    description:
      'Återkommande skadegörelse, bränder i soprum och grupper av unga som samlas sent på kvällarna.',
    groups: ['barn_unga'],
    basis: 'Polisens lägesbild, fältassistenter, fastighetsägare',
    measure: 'Fältassistenter och nattvandrare i centrum fredag och lördag kväll.',
    actors: ['socialtjanst', 'polis', 'skola', 'civilsamhalle'],
    perspectives: ['barnratt'],
    plan: 'Samverkansöverenskommelse med polisen om trygghetsvandringar.',
  },
  {
    area: 'alkohol_narkotika',
    title: 'Narkotika lättare att få tag på för unga',
    description:
      'Skolan och fältassistenterna rapporterar att cannabis förekommer bland elever i årskurs 9 och på gymnasiet.',
    groups: ['barn_unga'],
    basis: 'Skolenkät, polisens underrättelser',
    measure: 'Föräldramöten om narkotika och tidiga tecken, tillsammans med polisen.',
    actors: ['skola', 'polis', 'socialtjanst'],
    perspectives: ['barnratt'],
    plan: 'Införa ett strukturerat samarbete skola–socialtjänst–polis (SSP) på alla högstadieskolor.',
  },
  {
    area: 'arbetsloshet_syssloloshet',
    title: 'Varsel inom tillverkningsindustrin',
    description:
      'Två större arbetsgivare har varslat personal. Unga vuxna utan gymnasieexamen har svårt att få arbete.',
    groups: ['ovriga', 'nyanlanda_asylsokande'],
    basis: 'Arbetsförmedlingen, näringslivsenheten',
    measure: 'Feriepraktik och extratjänster inom kommunens verksamheter.',
    actors: ['naringsliv', 'annan'],
    perspectives: ['agenda_2030', 'jamstalldhet'],
    plan: 'Jobbtorg med vägledning för unga vuxna utan gymnasieexamen.',
  },
  {
    area: 'utsatta_barn_familjer',
    title: 'Fler familjer med ekonomisk utsatthet',
    description:
      'Ansökningar om ekonomiskt bistånd från barnfamiljer har ökat, liksom frånvaron i skolan bland deras barn.',
    groups: ['utsatta_familjer', 'barn_unga'],
    basis: 'Försörjningsstöd, elevhälsan',
    measure: 'Familjecentral med öppen förskola, mödravård och socialtjänst under samma tak.',
    actors: ['socialtjanst', 'region_halso_sjukvard', 'skola'],
    perspectives: ['barnratt', 'manskliga_rattigheter'],
    plan: 'Avgiftsfria lovaktiviteter för alla barn under sommarlovet.',
  },
  {
    area: 'nyanlandas_utsatthet',
    title: 'Trångboddhet och svårt att nå information',
    description:
      'Nyanlända familjer bor trångt och har svårt att ta del av samhällsinformation på sitt språk.',
    groups: ['nyanlanda_asylsokande', 'barn_unga'],
    basis: 'Samhällsorientering, bostadsbolaget',
    measure: 'Informationsträffar på flera språk tillsammans med föreningslivet.',
    actors: ['civilsamhalle', 'socialtjanst'],
    perspectives: ['manskliga_rattigheter', 'barnratt'],
    plan: 'Samhällsvägledare på biblioteket två dagar i veckan.',
  },
  {
    area: 'hedersrelaterat_vald',
    title: 'Signaler om begränsningar i unga kvinnors liv',
    description:
      'Elevhälsan har fått signaler om flickor som inte får delta i idrott och fritidsaktiviteter.',
    groups: ['barn_unga', 'valdsutsatta'],
    basis: 'Elevhälsan, ungdomsmottagningen',
    measure: 'Kompetensutveckling om hedersrelaterat våld för elevhälsan.',
    actors: ['skola', 'socialtjanst'],
    perspectives: ['jamstalldhet', 'barnratt'],
    plan: 'Utse en särskild kontaktperson för hedersfrågor i socialtjänsten.',
  },
];

const LEVELS = ['lag', 'medel', 'hog', 'mycket_hog'];
const TRENDS = ['minskat', 'oforandrat', 'okat', 'ny'];
const EXTENTS = ['enstaka_fall', 'flera_omraden', 'hela_kommunen'];
const EFFECTS = ['val', 'delvis', 'inte', 'for_tidigt'];
const RSA_LIKELIHOODS = ['mycket_lag', 'lag', 'medelhog', 'hog', 'mycket_hog'];
const RSA_CONSEQUENCES = [
  'mycket_begransade',
  'begransade',
  'allvarliga',
  'mycket_allvarliga',
  'katastrofala',
];
/** The protected values each demo risk area threatens first. */
const PROTECTS: Record<string, string[]> = {
  vald_nara_relationer: ['liv_halsa', 'demokrati_rattssakerhet'],
  hedersrelaterat_vald: ['demokrati_rattssakerhet', 'liv_halsa'],
  social_oro: ['samhallets_funktionalitet', 'liv_halsa'],
  arbetsloshet_syssloloshet: ['miljo_ekonomi'],
  minskad_social_trygghet: ['miljo_ekonomi', 'samhallets_funktionalitet'],
};
const ESCALATION = ['segregation', 'fordomar_rykten', 'utlosande_handelse'];

/**
 * A risk's RSA scoring in the demo: a likelihood near its level, a consequence by its area, and for social unrest an
 * escalation stage that may move one step between the rounds.
 */
function rsaScoring(risk: { area: string; level: string }, seed: string) {
  const next = sequence(seed);
  const level = LEVELS.indexOf(risk.level);
  const clamp = (n: number) => Math.max(0, Math.min(4, n));
  return {
    likelihood: RSA_LIKELIHOODS[clamp(level + Math.floor(next() * 2))]!,
    consequence: RSA_CONSEQUENCES[clamp(1 + Math.floor(next() * 3))]!,
    protectedValues: PROTECTS[risk.area] ?? ['liv_halsa'],
    escalationStage: risk.area === 'social_oro' ? ESCALATION[Math.floor(next() * ESCALATION.length)]! : null,
  };
}

/** A small deterministic sequence, so the demo is the same on every machine. */
function sequence(seed: string): () => number {
  let state = [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  return () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** A realistic assessment for one municipality in one round (0 = earlier round, 1 = current). */
export function demoDocument(
  municipality: { code: string; name: string; slug: string },
  roundIndex: number,
  version: number,
): AssessmentDocumentDto {
  const next = sequence(`${municipality.code}-${roundIndex}`);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  const count = 2 + Math.floor(next() * 3);
  const start = Math.floor(next() * RISKS.length);
  const chosen = Array.from(
    { length: count },
    (_, i) => RISKS[(start + i * 3) % RISKS.length] as RiskTemplate,
  );
  const unique = [...new Map(chosen.map((r) => [r.area, r])).values()];
  return {
    version,
    contact: {
      name: `Kontaktperson ${municipality.name}`,
      role: pick(['Säkerhetssamordnare', 'Folkhälsostrateg', 'Socialchef']),
      email: `${municipality.slug}@kommun.demo`,
      phone: `0${470 + Math.floor(next() * 9)}-${100 + Math.floor(next() * 800)} ${10 + Math.floor(next() * 80)}`,
    },
    summary: `I ${municipality.name} är läget ${pick(['i huvudsak stabilt', 'ansträngt inom några områden', 'oroande för unga'])}. ${
      unique[0]?.description ?? ''
    }`,
    changesSinceLastRound:
      roundIndex === 0
        ? 'Första rapporteringen.'
        : pick(['Fler signaler om oro bland unga.', 'Läget har förbättrats något.']),
    noRisksObserved: false,
    observedRisks: unique.map((r, i) => {
      const level = pick(LEVELS);
      return {
        id: `r${i + 1}`,
        area: r.area,
        title: r.title,
        description: r.description,
        level,
        trend: roundIndex === 0 ? pick(['ny', 'oforandrat', 'okat']) : pick(TRENDS),
        extent: pick(EXTENTS),
        affectedGroups: r.groups,
        location: pick(['Centralorten', 'Hela kommunen', 'Två bostadsområden', 'Landsbygden']),
        eventLink: pick(['nej', 'delvis', 'ja', 'oklart']),
        basis: r.basis,
        ...rsaScoring({ area: r.area, level }, `${municipality.code}-${roundIndex}-${r.area}`),
      };
    }),
    measuresTaken: unique.slice(0, 2).map((r, i) => ({
      id: `m${i + 1}`,
      description: r.measure,
      riskIds: [`r${i + 1}`],
      actors: r.actors,
      perspectives: r.perspectives,
      effect: pick(EFFECTS),
    })),
    plannedMeasures: unique.slice(0, 2).map((r, i) => ({
      id: `p${i + 1}`,
      description: r.plan,
      riskIds: [`r${i + 1}`],
      responsible: pick(['Socialförvaltningen', 'Kommunledningskontoret', 'Utbildningsförvaltningen']),
      period: roundIndex === 0 ? 'Hösten 2026' : 'Våren 2027',
    })),
    followUps:
      roundIndex === 0
        ? []
        : ['p1', 'p2'].map((plannedMeasureId) => ({
            plannedMeasureId,
            status: pick(['genomford', 'pagar', 'ej_genomford']),
            comment: pick(['Enligt plan.', 'Försenat av personalbrist.', '']),
          })),
    risksAhead: [
      {
        area: pick(RISKS).area,
        description: pick([
          'Höjda levnadskostnader kan öka den ekonomiska utsattheten.',
          'Neddragningar i föreningslivet kan minska ungas fritidsaktiviteter.',
          'Fortsatta varsel kan leda till långtidsarbetslöshet.',
        ]),
        likelihood: pick(['medel', 'hog']),
      },
    ],
    supportWanted: pick(['Stöd i samverkan med polisen.', 'Kunskapsstöd om hedersrelaterat våld.', '']),
    forumThemes: [pick(['Unga och trygghet', 'Äldres isolering', 'Ekonomisk utsatthet'])],
  };
}
