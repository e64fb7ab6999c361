import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RemindersService } from '../../src/reminders/reminders.service';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { completeDocument } from '../support/documents';
import { csrfOf, signInOnPage } from '../support/page-session';
import { countyTeam, CountyTeam, openRound } from '../support/scenario';
import { startSmtpServer } from '../support/smtp';

/**
 * Kronoberg, deadline 17 March: Växjö has submitted, Ljungby's assessment was returned, Alvesta has not started, and the
 * other five municipalities have no reporter. A real SMTP server started here receives what is sent.
 */
describe(`deadline reminders by e-mail (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let running: RunningApp;
  let team: CountyTeam;
  let roundId: string;
  const start = () =>
    startApp(db.url, {
      env: { SMTP_URL: smtp.url, REMINDER_INTERVAL_SECONDS: '0', PUBLIC_URL: 'https://lagesbild.example' },
    });
  const sendDue = (app: RunningApp) => app.app.get(RemindersService).sendDue();
  /** The same user on the instance running now (a restart gives it a new port). */
  const here = (api: Api) => new Api(running.url, api.token);
  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));

  before(async () => {
    db = await createTestDatabase();
    smtp = await startSmtpServer();
    running = await start();
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    team = await countyTeam(admin, ['0780', '0781', '0764'], '07', smtp.received);
    smtp.received.splice(0);
    roundId = await openRound(team.coordinator, { countyCode: '07', deadline: '2026-03-17' });
    const path = (code: string) => `/api/rounds/${roundId}/assessments/${code}`;
    for (const code of ['0780', '0781']) {
      assert.equal((await team.reporters[code]!.put(path(code), completeDocument(0))).status, 200);
      assert.equal((await team.reporters[code]!.post(`${path(code)}/submit`)).status, 200);
    }
    const returned = await team.analyst.post(`${path('0781')}/return`, { comment: 'Ange nivån för risk 2.' });
    assert.equal(returned.status, 200);
  });

  after(async () => {
    await running.close();
    await smtp.close();
    await db.drop();
  });

  it('sends the due step (7 days before) to those who have not submitted and those returned, with the comment', async () => {
    await sendDue(running);
    assert.equal(smtp.received.length, 2);
    const [alvesta] = mailsTo('r0764@k.test');
    assert.ok(alvesta, 'Alvesta, not started, is reminded');
    assert.match(alvesta.subject, /Påminnelse: sista dag 2026-03-17/);
    assert.ok(alvesta.text.includes(`https://lagesbild.example/rounds/${roundId}/assessments/0764`));
    const [ljungby] = mailsTo('r0781@k.test');
    assert.ok(ljungby, 'Ljungby, returned, is reminded');
    assert.ok(ljungby.text.includes('Ange nivån för risk 2.'), 'with the county comment');
    assert.equal(mailsTo('r0780@k.test').length, 0, 'Växjö has submitted');
  });

  it('sends a step once: not again on the next run, nor after a restart', async () => {
    await sendDue(running);
    await running.close();
    running = await start();
    await sendDue(running);
    assert.equal(smtp.received.length, 2);
  });

  // Several instances share a PostgreSQL database; an SQLite file belongs to one process, so there the two runs are two
  // concurrent runs of the one instance.
  it(`sends the next step once even when ${onPostgres ? 'two instances run' : 'two runs of the instance run'} it at the same moment`, async () => {
    const second = onPostgres ? await start() : running;
    try {
      for (const app of [running, second]) app.clock.set(new Date('2026-03-15T07:00:00Z'));
      await Promise.all([sendDue(running), sendDue(second)]);
    } finally {
      if (second !== running) await second.close();
    }
    assert.equal(mailsTo('r0764@k.test').length, 2);
    assert.equal(mailsTo('r0781@k.test').length, 2);
    assert.equal(smtp.received.length, 4);
  });

  it('logs every reminder for the county, including municipalities with nobody to write to', async () => {
    const log = await here(team.coordinator).get(`/api/rounds/${roundId}/reminders`);
    assert.equal(log.status, 200);
    const sent = log.body.filter((r: { status: string }) => r.status === 'sent');
    assert.deepEqual(
      sent.map((r: { municipalityCode: string; step: string; kind: string }) => [
        r.municipalityCode,
        r.step,
        r.kind,
      ]),
      [
        ['0764', '7-days-before', 'not_submitted'],
        ['0781', '7-days-before', 'returned'],
        ['0764', '2-days-before', 'not_submitted'],
        ['0781', '2-days-before', 'returned'],
      ],
    );
    assert.ok(log.body.some((r: { status: string }) => r.status === 'no_recipient'));
    const audit = await here(team.coordinator).get('/api/audit?county=07&limit=500');
    assert.equal(
      audit.body.filter((e: { action: string }) => e.action === 'reminder.send').length,
      4,
      'every sent mail is in the audit log',
    );
  });

  it('lets the coordinator send one now, and nobody else', async () => {
    assert.equal((await here(team.reporters['0764']!).post(`/api/rounds/${roundId}/reminders`)).status, 403);
    assert.equal((await here(team.analyst).post(`/api/rounds/${roundId}/reminders`)).status, 403);
    const now = await here(team.coordinator).post(`/api/rounds/${roundId}/reminders`);
    assert.equal(now.status, 200, now.text);
    assert.deepEqual(
      now.body
        .filter((r: { status: string }) => r.status === 'sent')
        .map((r: { municipalityCode: string }) => r.municipalityCode),
      ['0764', '0781'],
    );
    assert.equal(smtp.received.length, 6);
    const again = await here(team.coordinator).post(`/api/rounds/${roundId}/reminders`);
    assert.equal(again.status, 429, 'a second reminder now within the cooldown is refused');
    assert.equal(again.body.code, 'LIMIT_REACHED');
    assert.ok(
      Number(again.headers['retry-after']) > 59 * 60,
      `retry after ${again.headers['retry-after']} s`,
    );
    assert.equal(smtp.received.length, 6, 'and sends nothing');
  });

  it('shows the plan and the log on the round page, with the button for the coordinator', async () => {
    running.clock.advance(61 * 60_000); // past the cooldown of the reminder sent through the API
    const { agent } = await signInOnPage(running.url, 'c@lst.test');
    const page = await agent.get(`/rounds/${roundId}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /id="reminders"/);
    assert.match(page.text, /action="\/rounds\/[^"]+\/reminders"/);
    assert.ok(page.text.includes('2-days-before'));
    const sent = await agent
      .post(`/rounds/${roundId}/reminders`)
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    assert.equal(sent.status, 303);
    assert.equal(smtp.received.length, 8);
    const again = await agent
      .post(`/rounds/${roundId}/reminders`)
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    assert.equal(again.status, 303);
    assert.match(
      again.headers.location ?? '',
      /notice=reminders-cooldown/,
      'the page says why nothing was sent',
    );
    assert.equal(smtp.received.length, 8);
  });
});
