import type {
  RegisterEntry,
  RegisterPlan,
  RegisterRisk,
  RiskRegister,
} from '../../risk-register/risk-register.model';
import type { TaxonomyList } from '../../taxonomy/taxonomy';
import { fill, labelOf, ReportTexts } from '../report-texts';
import { matrixTable } from './matrix-table';
import type { Block, Cell, ReportDocument, Table } from './report-document';

/** How the register's codes, rounds and risks are put in words, in the report's language. */
export function registerWording(register: RiskRegister, texts: ReportTexts) {
  const r = texts.register;
  const lang = texts.language;
  const code = (list: TaxonomyList, value: string | null) =>
    labelOf(register.taxonomy, list, value, lang) || '–';
  const roundTitle = new Map(register.rounds.map((round) => [round.id, round.title]));
  const numberOf = new Map(register.risks.map((risk) => [risk.id, risk.number]));
  const numbers = (ids: string[]) => ids.map((id) => numberOf.get(id) ?? id).join(', ');
  /** A scored value with its level on the scale ("4 – Hög sannolikhet"), or that it was not scored. */
  const scored = (list: 'rsaLikelihoods' | 'rsaConsequences', value: string | null, rank: number | null) =>
    value === null ? r.notScored : rank === null ? code(list, value) : `${rank} – ${code(list, value)}`;
  return {
    code,
    scored,
    codes: (list: TaxonomyList, values: string[]) => values.map((v) => code(list, v)).join(', ') || '–',
    round: (id: string) => roundTitle.get(id) ?? id,
    numbers,
    /** A round of a risk: the round, its level, trend, scoring, protected values and escalation stage. */
    entry: (e: RegisterEntry): string[] => [
      roundTitle.get(e.roundId) ?? e.roundId,
      code('levels', e.level),
      code('trends', e.trend),
      scored('rsaLikelihoods', e.likelihood, e.likelihoodRank),
      scored('rsaConsequences', e.consequence, e.consequenceRank),
      e.protectedValues.map((v) => code('protectedValues', v)).join(', ') || '–',
      code('escalationStages', e.escalationStage),
    ],
    /** How a plan was followed up: its status and comment, or that it was not yet. */
    followUp: (plan: RegisterPlan) =>
      plan.followUp
        ? [labelOf(register.taxonomy, 'followUpStatuses', plan.followUp.status, lang), plan.followUp.comment]
            .filter(Boolean)
            .join(': ') || '–'
        : r.notFollowedUp,
    /** A matrix cell's words: how many risks, and which. */
    cell: (riskIds: string[]) =>
      riskIds.length === 0 ? '–' : fill(r.cell, { count: riskIds.length, numbers: numbers(riskIds) }),
  };
}

/** The risk matrix of the register, as the PDF, the Word file and the page draw it. */
export function registerMatrix(register: RiskRegister, texts: ReportTexts): Table {
  const w = registerWording(register, texts);
  const cellOf = new Map(register.matrix.cells.map((c) => [`${c.likelihood}-${c.consequence}`, c.riskIds]));
  return matrixTable({
    caption: fill(texts.register.matrixCaption, { name: register.municipality.name }),
    corner: texts.register.corner,
    taxonomy: register.taxonomy,
    language: texts.language,
    cellText: (likelihood, consequence) => w.cell(cellOf.get(`${likelihood}-${consequence}`) ?? []),
  });
}

const latestOf = (risk: RegisterRisk): RegisterEntry => risk.entries[risk.entries.length - 1]!;

function riskBlocks(risk: RegisterRisk, register: RiskRegister, texts: ReportTexts): Block[] {
  const r = texts.register;
  const c = r.column;
  const w = registerWording(register, texts);
  const at = { number: risk.number };
  const measures = risk.entries.flatMap((e) =>
    e.measures.map((m): Cell[] => [w.round(e.roundId), m.description, w.code('effects', m.effect)]),
  );
  const plans = risk.entries.flatMap((e) =>
    e.plans.map((p): Cell[] => [
      w.round(e.roundId),
      p.description,
      p.responsible || '–',
      p.period || '–',
      w.followUp(p),
    ]),
  );
  return [
    { kind: 'heading', level: 2, text: fill(r.riskHeading, { number: risk.number, title: risk.title }) },
    {
      kind: 'paragraph',
      text: `${c.area}: ${w.code('riskAreas', risk.area)}. ${latestOf(risk).description}`.trim(),
    },
    {
      kind: 'table',
      caption: fill(r.historyCaption, at),
      header: [c.round, c.level, c.trend, c.likelihood, c.consequence, c.protectedValues, c.escalation],
      rows: risk.entries.map(w.entry),
      rowHeaders: true,
    },
    measures.length > 0
      ? {
          kind: 'table',
          caption: fill(r.measuresCaption, at),
          header: [c.round, c.measure, c.effect],
          rows: measures,
        }
      : { kind: 'paragraph', text: r.noMeasures, tone: 'note' },
    ...(plans.length > 0
      ? [
          {
            kind: 'table',
            caption: fill(r.plansCaption, at),
            header: [c.round, c.plan, c.responsible, c.period, c.followUp],
            rows: plans,
          } satisfies Table,
        ]
      : []),
  ];
}

/**
 * The municipality's register as a document to take into its RSA: the cover, what it is, the risk matrix of the
 * risks it reports now, the overview of those risks, each risk round by round, and the risks no longer reported.
 */
export function registerDocument(
  register: RiskRegister,
  texts: ReportTexts,
  generatedAt: Date,
): ReportDocument {
  const r = texts.register;
  const c = r.column;
  const w = registerWording(register, texts);
  const current = register.risks.filter((risk) => risk.current);
  const retired = register.risks.filter((risk) => !risk.current);
  const first = register.rounds[0];
  const last = register.rounds[register.rounds.length - 1];
  const h = (level: 1 | 2, text: string): Block => ({ kind: 'heading', level, text });
  const unscored = register.matrix.unscored;
  return {
    language: texts.language,
    locale: texts.locale,
    title: `${r.kicker}: ${register.municipality.name}`,
    subject: `${register.municipality.name}, ${register.county.name}`,
    cover: {
      kicker: r.kicker,
      title: register.municipality.name,
      facts: [
        { label: r.facts.county, value: register.county.name },
        ...(first && last
          ? [
              {
                label: r.facts.rounds,
                value:
                  first === last ? first.title : `${first.title} – ${last.title} (${register.rounds.length})`,
              },
              { label: r.facts.latest, value: `${last.title}, ${last.submittedAt.slice(0, 10)}` },
            ]
          : []),
        { label: r.facts.date, value: generatedAt.toISOString().slice(0, 10) },
      ],
      warning: null,
    },
    contents: { title: texts.toc, depth: 1 },
    mark: null,
    pageLabel: texts.page,
    blocks: [
      { kind: 'paragraph', text: r.intro, tone: 'lead' },
      { kind: 'quote', text: r.definition, source: r.definitionSource },
      { kind: 'paragraph', text: r.basis, tone: 'note' },
      ...(register.rounds.length === 0
        ? [{ kind: 'paragraph', text: r.noSubmissions } satisfies Block]
        : [
            h(1, r.matrix),
            { kind: 'paragraph', text: r.matrixIntro } satisfies Block,
            registerMatrix(register, texts),
            { kind: 'paragraph', text: r.matrixKey, tone: 'note' } satisfies Block,
            {
              kind: 'paragraph',
              text: unscored.length > 0 ? fill(r.unscored, { risks: w.numbers(unscored) }) : r.allScored,
            } satisfies Block,
            h(1, r.overview),
            {
              kind: 'table',
              caption: r.overviewCaption,
              header: [c.number, c.risk, c.area, c.level, c.likelihood, c.consequence, c.escalation],
              rows: current.map((risk) => {
                const e = latestOf(risk);
                return [
                  String(risk.number),
                  risk.title,
                  w.code('riskAreas', risk.area),
                  w.code('levels', e.level),
                  w.scored('rsaLikelihoods', e.likelihood, e.likelihoodRank),
                  w.scored('rsaConsequences', e.consequence, e.consequenceRank),
                  w.code('escalationStages', e.escalationStage),
                ];
              }),
              numeric: [0],
            } satisfies Table,
            h(1, r.risksHeading),
            ...current.flatMap((risk) => riskBlocks(risk, register, texts)),
            ...(retired.length > 0
              ? [
                  h(1, r.retired),
                  { kind: 'paragraph', text: r.retiredIntro } satisfies Block,
                  ...retired.flatMap((risk) => riskBlocks(risk, register, texts)),
                ]
              : []),
          ]),
    ],
  };
}
