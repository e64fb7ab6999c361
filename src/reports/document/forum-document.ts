import type { ForumResult } from '../../forums/forum-results';
import { ReportTexts } from '../report-texts';
import { forumBlocks, forumDate } from './forum-sections';
import type { Block, ReportDocument } from './report-document';

/** What a forum's own report says around its result: its county, its round and the municipalities' names. */
export interface ForumReportInput {
  result: ForumResult;
  countyName: string;
  roundTitle: string | null;
  names: Record<string, string>;
}

const h = (level: 1 | 2, text: string): Block => ({ kind: 'heading', level, text });

/**
 * A forum's own report, to send on or keep: its cover (the forum, its county, date and round), its agenda, and what
 * it gave, as the county picture's "Dialogforum" gives it.
 */
export function forumDocument(
  input: ForumReportInput,
  texts: ReportTexts,
  generatedAt: Date,
): ReportDocument {
  const { result } = input;
  const f = texts.forums;
  const date = forumDate(result.startsAt, texts);
  const nameOf = (code: string) => input.names[code] ?? code;
  return {
    language: texts.language,
    locale: texts.locale,
    title: `${f.kicker}: ${result.title}`,
    subject: `${input.countyName}, ${date}`,
    cover: {
      kicker: f.kicker,
      title: result.title,
      facts: [
        { label: f.county, value: input.countyName },
        { label: f.date, value: date },
        { label: f.round, value: input.roundTitle ?? f.noRound },
        { label: texts.cover.facts.date, value: forumDate(generatedAt.toISOString(), texts) },
      ],
      warning: null,
    },
    contents: { title: texts.toc, depth: 1 },
    mark: null,
    pageLabel: texts.page,
    blocks: [
      h(1, f.questions),
      ...result.questions.map((q, i): Block => ({ kind: 'paragraph', text: `${i + 1}. ${q}` })),
      ...forumBlocks(result, texts, nameOf, (n) => h(1, n === 1 ? texts.sections.forums : f.polls)),
    ],
  };
}
