import type { ForumResult, PollResult } from '../../forums/forum-results';
import { barChartSvg, svgHeight } from '../charts';
import { fill, formatShare, ReportTexts } from '../report-texts';
import type { Block } from './report-document';
import { heading, paragraph, Writing } from './writing';

/** The most bars a poll's chart draws. */
const CHART_ROWS = 15;

/** A forum's date as the report gives it, in Swedish time. */
export function forumDate(startsAt: string, texts: ReportTexts): string {
  return new Intl.DateTimeFormat(texts.locale, { timeZone: 'Europe/Stockholm', dateStyle: 'long' }).format(
    new Date(startsAt),
  );
}

/** The poll's results as a table (the words, options or steps with their counts) and its open-text answers. */
function pollBlocks(poll: PollResult, forum: string, texts: ReportTexts): Block[] {
  const f = texts.forums;
  const caption = fill(f.pollCaption, { question: poll.question, answers: poll.answers, forum });
  if (poll.kind === 'openText')
    return poll.texts.length === 0
      ? [paragraph(caption, 'strong'), paragraph(f.noAnswers)]
      : [
          paragraph(caption, 'strong'),
          ...poll.texts.map((text): Block => ({ kind: 'quote', text, source: forum })),
        ];
  if (poll.answers === 0) return [paragraph(caption, 'strong'), paragraph(f.noAnswers)];
  const shared = poll.kind === 'choice' || poll.kind === 'scale';
  // The chart shows the most frequent words of a large cloud; the table below gives every one.
  const drawn = poll.rows.slice(0, CHART_ROWS);
  const svg = barChartSvg({ categories: drawn.map((r) => r.label), values: drawn.map((r) => r.count) });
  return [
    {
      kind: 'figure',
      svg,
      width: 460,
      height: svgHeight(svg),
      alt: fill(f.chartAlt, {
        question: poll.question,
        values: drawn.map((r) => `${r.label} ${r.count}`).join(', '),
      }),
      caption,
    },
    {
      kind: 'table',
      caption,
      header: [
        f.column[poll.kind],
        poll.kind === 'ranking' ? f.column.points : f.column.count,
        ...(shared ? [f.column.share] : []),
      ],
      rows: poll.rows.map((r) => [
        r.label,
        String(r.count),
        ...(shared ? [formatShare(r.share, texts)] : []),
      ]),
      numeric: shared ? [1, 2] : [1],
      rowHeaders: true,
    },
    ...(poll.mean !== null
      ? [paragraph(fill(f.mean, { mean: new Intl.NumberFormat(texts.locale).format(poll.mean) }), 'note')]
      : []),
  ];
}

/**
 * One forum's part of a report: where it comes from, the themes the municipalities asked for, each poll's results,
 * and the group rooms' notes on each municipality and their summaries. Every caption names the forum.
 */
export function forumBlocks(
  forum: ForumResult,
  texts: ReportTexts,
  nameOf: (code: string) => string,
  level: (n: 1 | 2) => Block,
): Block[] {
  const f = texts.forums;
  const date = forumDate(forum.startsAt, texts);
  const source = `${forum.title}, ${date}`;
  return [
    level(1),
    paragraph(fill(f.source, { title: forum.title, date }), 'note'),
    ...(forum.themes.length
      ? [
          {
            kind: 'table',
            caption: fill(f.themesCaption, { forum: source }),
            header: [f.column.theme, f.column.askedBy],
            rows: forum.themes.map((theme) => [theme.text, theme.askedBy.map(nameOf).join(', ')]),
            rowHeaders: true,
          } satisfies Block,
        ]
      : []),
    ...(forum.polls.length ? [level(2)] : []),
    ...forum.polls.flatMap((poll) => pollBlocks(poll, source, texts)),
    ...(forum.notes.length
      ? [
          {
            kind: 'table',
            caption: fill(f.notesCaption, { forum: source }),
            header: [f.column.municipality, f.column.group, f.column.note],
            rows: forum.notes.map((n) => [nameOf(n.municipalityCode), n.groupName, n.text]),
            rowHeaders: true,
          } satisfies Block,
        ]
      : []),
    ...(forum.summaries.length
      ? [
          {
            kind: 'table',
            caption: fill(f.summariesCaption, { forum: source }),
            header: [f.column.group, f.column.summary],
            rows: forum.summaries.map((s) => [s.groupName, s.text]),
            rowHeaders: true,
          } satisfies Block,
        ]
      : []),
  ];
}

/** The county picture's "Dialogforum": each forum of the round, or word that none was held. */
export function forumsSection(w: Writing): Block[] {
  const { picture, texts } = w;
  const forums = picture.forums;
  return [
    heading(w, 1, texts.sections.forums),
    paragraph(forums.length ? texts.forums.intro : texts.forums.none),
    ...forums.flatMap((forum) =>
      forumBlocks(forum, texts, w.w.nameOf, (n) =>
        n === 1
          ? heading(w, 2, `${forum.title}, ${forumDate(forum.startsAt, texts)}`)
          : { kind: 'paragraph', text: texts.forums.polls, tone: 'strong' },
      ),
    ),
  ];
}
