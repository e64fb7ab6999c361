import { registerMatrix, registerWording } from '../../reports/document/register-document';
import type { Table } from '../../reports/document/report-document';
import { fill, ReportTexts } from '../../reports/report-texts';
import type { RegisterRisk, RiskRegister } from '../../risk-register/risk-register.model';

/** A risk as the page shows it: its rounds, measures and plans in the words of the register's files. */
export interface RiskView {
  number: number;
  heading: string;
  /** The captions of its tables: by round, measures, plans. */
  captions: { entries: string; measures: string; plans: string };
  title: string;
  area: string;
  description: string;
  /** Round, level, trend, likelihood, consequence, protected values, escalation stage: one row per round. */
  entries: string[][];
  measures: string[][];
  plans: string[][];
}

export interface RegisterPage {
  register: RiskRegister;
  texts: ReportTexts['register'];
  matrix: Table;
  unscored: string;
  /** Each current risk's level, trend, scoring, protected values and escalation stage now. */
  overview: { number: number; title: string; cells: string[] }[];
  current: RiskView[];
  retired: RiskView[];
}

/** The register's page: the same matrix, words and rows as its PDF, in the page's language. */
export function registerPageOf(register: RiskRegister, texts: ReportTexts): RegisterPage {
  const w = registerWording(register, texts);
  const r = texts.register;
  const view = (risk: RegisterRisk): RiskView => ({
    number: risk.number,
    heading: fill(r.riskHeading, { number: risk.number, title: risk.title }),
    captions: {
      entries: fill(r.historyCaption, { number: risk.number }),
      measures: fill(r.measuresCaption, { number: risk.number }),
      plans: fill(r.plansCaption, { number: risk.number }),
    },
    title: risk.title,
    area: w.code('riskAreas', risk.area),
    description: risk.entries[risk.entries.length - 1]!.description,
    entries: risk.entries.map(w.entry),
    measures: risk.entries.flatMap((e) =>
      e.measures.map((m) => [w.round(e.roundId), m.description, w.code('effects', m.effect)]),
    ),
    plans: risk.entries.flatMap((e) =>
      e.plans.map((p) => [
        w.round(e.roundId),
        p.description,
        p.responsible || '–',
        p.period || '–',
        w.followUp(p),
      ]),
    ),
  });
  const current = register.risks.filter((risk) => risk.current);
  const unscored = register.matrix.unscored;
  return {
    register,
    texts: r,
    matrix: registerMatrix(register, texts),
    unscored: unscored.length > 0 ? fill(r.unscored, { risks: w.numbers(unscored) }) : r.allScored,
    overview: current.map((risk) => ({
      number: risk.number,
      title: risk.title,
      // Every current risk is in the latest round: its row leaves the round out.
      cells: w.entry(risk.entries[risk.entries.length - 1]!).slice(1),
    })),
    current: current.map(view),
    retired: register.risks.filter((risk) => !risk.current).map(view),
  };
}
