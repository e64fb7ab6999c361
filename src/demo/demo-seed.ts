import { SOCIAL_UNREST_AREA } from '../taxonomy/default-taxonomy';
import { OrganisationsService } from '../organisations/organisations.service';
import type { INestApplicationContext } from '@nestjs/common';
import { AssessmentReadsService } from '../assessments/assessment-reads.service';
import type { AssessmentView } from '../assessments/assessment.view';
import { AssessmentWorkflowService } from '../assessments/assessment-workflow.service';
import { AssessmentDocumentDto } from '../assessments/dto/assessment-document.dto';
import { ManualClock } from '../common/clock';
import { ForumPollsService } from '../forums/forum-polls.service';
import { ForumsService } from '../forums/forums.service';
import { RoundsService } from '../rounds/rounds.service';
import type { Actor } from '../access/actor';
import { UsersService } from '../users/users.service';
import {
  DEMO_ACCOUNTS,
  DEMO_COUNTY,
  DEMO_MUNICIPALITIES,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  demoDocument,
} from './demo-content';

/**
 * The autumn answer as a reporter makes it from the proposal: a risk of the same area and title as one proposed keeps
 * the proposed risk's id (the measures follow), and the follow-ups answer the plans the proposal asks about.
 */
function carriedOver(document: AssessmentDocumentDto, proposal: AssessmentView): AssessmentDocumentDto {
  const idOf = new Map<string, string>();
  const risks = (document.observedRisks ?? []).map((risk) => {
    const same = proposal.observedRisks.find((r) => r.area === risk.area && r.title === risk.title);
    if (same && risk.id) idOf.set(risk.id, same.id);
    return same ? { ...risk, id: same.id } : risk;
  });
  const linked = <M extends { riskIds?: string[] }>(m: M): M => ({
    ...m,
    riskIds: (m.riskIds ?? []).map((id) => idOf.get(id) ?? id),
  });
  return Object.assign(new AssessmentDocumentDto(), {
    ...document,
    observedRisks: risks,
    measuresTaken: (document.measuresTaken ?? []).map(linked),
    plannedMeasures: (document.plannedMeasures ?? []).map(linked),
    followUps: proposal.followUps.map((f, i) => ({
      ...(document.followUps ?? [])[i],
      plannedMeasureId: f.plannedMeasureId,
    })),
  });
}

/**
 * Seeds Kronoberg with a closed spring round (every assessment approved) and an open autumn round (drafts,
 * submissions, one returned, one not started), through the same services the API uses. Does nothing if seeded.
 */
export async function seedDemo(
  context: INestApplicationContext,
  clock: ManualClock,
  now: Date,
): Promise<boolean> {
  const users = context.get(UsersService);
  if (await users.findByEmail(DEMO_ACCOUNTS.coordinator.email)) return false;
  const rounds = context.get(RoundsService);
  const workflow = context.get(AssessmentWorkflowService);
  const reads = context.get(AssessmentReadsService);

  const actorOf = async (email: string): Promise<Actor> => {
    const user = await users.findByEmail(email);
    if (!user) throw new Error(`demo user ${email} is missing`);
    return {
      id: user.id,
      role: user.role,
      countyCode: user.countyCode,
      municipalityCode: user.municipalityCode,
      organisationId: user.organisationId,
    };
  };

  clock.set(new Date('2026-01-08T08:00:00Z'));
  for (const account of [DEMO_ACCOUNTS.coordinator, DEMO_ACCOUNTS.analyst]) {
    await users.create(null, { ...account, password: DEMO_PASSWORD, countyCode: DEMO_COUNTY });
  }
  for (const m of DEMO_MUNICIPALITIES) {
    await users.create(null, {
      email: DEMO_ACCOUNTS.reporter(m.slug),
      name: `Rapportör ${m.name}`,
      password: DEMO_PASSWORD,
      role: 'reporter',
      municipalityCode: m.code,
    });
  }
  const coordinator = await actorOf(DEMO_ACCOUNTS.coordinator.email);
  const analyst = await actorOf(DEMO_ACCOUNTS.analyst.email);
  const reporterOf = (slug: string) => actorOf(DEMO_ACCOUNTS.reporter(slug));

  // The spring round: everyone answered, the county approved, the round is closed.
  const spring = await rounds.create(coordinator, {
    countyCode: DEMO_COUNTY,
    title: 'Social lägesbild våren 2026',
    triggeringEvent: 'de ökade levnadskostnaderna',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    deadline: '2026-05-29',
    rsa: { scoring: true, escalationAreas: [SOCIAL_UNREST_AREA] },
  });
  clock.set(new Date('2026-04-20T07:30:00Z'));
  await rounds.move(coordinator, spring.id, 'open');
  for (const [i, m] of DEMO_MUNICIPALITIES.entries()) {
    clock.set(new Date(Date.UTC(2026, 4, 4 + i * 3, 9)));
    const reporter = await reporterOf(m.slug);
    const saved = await workflow.save(reporter, spring.id, m.code, demoDocument(m, 0, 0));
    await workflow.submit(reporter, spring.id, m.code, saved.version);
    clock.advance(2 * 86_400_000);
    await workflow.approve(analyst, spring.id, m.code);
  }
  clock.set(new Date('2026-06-30T14:00:00Z'));
  await rounds.move(coordinator, spring.id, 'close');

  // The autumn round, open now.
  clock.set(new Date(now.getTime() - 30 * 86_400_000));
  const autumn = await rounds.create(coordinator, {
    countyCode: DEMO_COUNTY,
    title: 'Social lägesbild hösten 2026',
    triggeringEvent: 'de ökade levnadskostnaderna',
    periodStart: '2026-07-01',
    periodEnd: '2026-12-31',
    deadline: '2026-12-11',
    rsa: { scoring: true, escalationAreas: [SOCIAL_UNREST_AREA] },
  });
  await rounds.move(coordinator, autumn.id, 'open');
  // Besides the municipalities, the autumn round asks the region and a civil society organisation.
  const organisations = context.get(OrganisationsService);
  const asked = [];
  for (const { name, kind } of DEMO_ORGANISATIONS)
    asked.push(await organisations.create(coordinator, DEMO_COUNTY, { name, kind }));
  await rounds.setOrganisations(
    coordinator,
    autumn.id,
    asked.map((o) => o.id),
  );
  clock.set(new Date(now.getTime() - 5 * 86_400_000));
  const plan: Record<string, 'draft' | 'submitted' | 'returned' | 'approved' | 'not_started'> = {
    '0760': 'not_started',
    '0761': 'draft',
    '0763': 'draft',
    '0764': 'approved',
    '0765': 'submitted',
    '0767': 'draft',
    '0780': 'submitted',
    '0781': 'returned',
  };
  for (const m of DEMO_MUNICIPALITIES) {
    const target = plan[m.code] ?? 'not_started';
    if (target === 'not_started') continue;
    clock.advance(3_600_000);
    const reporter = await reporterOf(m.slug);
    const proposal = await reads.get(reporter, autumn.id, m.code);
    const saved = await workflow.save(
      reporter,
      autumn.id,
      m.code,
      carriedOver(demoDocument(m, 1, 0), proposal),
    );
    if (target === 'draft') continue;
    await workflow.submit(reporter, autumn.id, m.code, saved.version);
    if (target === 'approved') await workflow.approve(analyst, autumn.id, m.code);
    if (target === 'returned') {
      await workflow.returnToMunicipality(
        analyst,
        autumn.id,
        m.code,
        'Beskriv gärna mer konkret vilka bostadsområden som avses och vilka åtgärder som planeras för äldre.',
      );
    }
  }

  // Each organisation's reporter: the region has answered, the civil society organisation has a draft.
  for (const [i, o] of DEMO_ORGANISATIONS.entries()) {
    const id = asked[i]!.id;
    await users.create(null, {
      email: DEMO_ACCOUNTS.reporter(o.slug),
      name: `Rapportör ${o.name}`,
      password: DEMO_PASSWORD,
      role: 'reporter',
      organisationId: id,
    });
    clock.advance(3_600_000);
    const reporter = await reporterOf(o.slug);
    const saved = await workflow.save(reporter, autumn.id, id, {
      ...demoDocument({ code: id, ...o }, 1, 0),
      followUps: [],
    });
    if (o.answer === 'submitted') await workflow.submit(reporter, autumn.id, id, saved.version);
  }

  // The autumn dialogue forum, a week ahead: its agenda and groups proposed, two questions written for the day.
  clock.set(now);
  const forums = context.get(ForumsService);
  const polls = context.get(ForumPollsService);
  const start = new Date(now.getTime() + 7 * 86_400_000);
  start.setUTCHours(8, 0, 0, 0);
  const forum = await forums.create(coordinator, {
    countyCode: DEMO_COUNTY,
    roundId: autumn.id,
    title: 'Dialogforum hösten 2026',
    startsAt: start.toISOString(),
    grouping: 'mainGroup',
  });
  await polls.create(coordinator, forum.id, {
    kind: 'wordCloud',
    question: 'Vilka sociala risker har ni sett i höst?',
  });
  await polls.create(coordinator, forum.id, {
    kind: 'scale',
    question: 'Hur oroliga är ni inför vintern?',
    steps: 5,
  });
  return true;
}
