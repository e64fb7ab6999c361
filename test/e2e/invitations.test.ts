import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { signInOnPage } from '../support/page-session';
import { countyTeam, PASSWORD } from '../support/scenario';
import { ReceivedMail, startSmtpServer } from '../support/smtp';

/** The first link of a kind in a message, and its token. */
function linkIn(
  mail: ReceivedMail | undefined,
  kind: 'invitation' | 'reset-password',
): { link: string; token: string } {
  const link = mail?.text.match(new RegExp(`https?://\\S+/${kind}/[\\w-]+`))?.[0];
  assert.ok(link, `the message has a ${kind} link: ${mail?.text}`);
  return { link, token: link.slice(link.lastIndexOf('/') + 1) };
}

describe(`invitations and password resets by e-mail (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let running: RunningApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let admin: Api;
  let coordinator: Api;
  const anonymous = () => new Api(running.url);
  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
  const accept = (token: string, password = PASSWORD) =>
    anonymous().post('/api/invitations/accept', { token, password });
  /** Waits until `address` has `count` messages; a message sent after the answer takes a moment. */
  const waitForMails = async (address: string, count: number) => {
    for (let i = 0; i < 100 && mailsTo(address).length < count; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return mailsTo(address);
  };

  before(async () => {
    db = await createTestDatabase();
    smtp = await startSmtpServer();
    running = await startApp(db.url, {
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://lagesbild.example', LOGIN_RATE_LIMIT: '1000' },
    });
    admin = await anonymous().login(ADMIN.email, ADMIN.password);
    coordinator = (await countyTeam(admin, ['0780'], '07', smtp.received)).coordinator;
    await countyTeam(admin, ['1280'], '12', smtp.received);
  });

  after(async () => {
    await running.close();
    await smtp.close();
    await db.drop();
  });

  it('e-mails an invitation whose link leads to a chosen password and a working sign-in, once', async () => {
    const invited = await coordinator.post('/api/users', {
      email: 'Lena.Ek@Ljungby.se',
      name: 'Lena Ek',
      role: 'reporter',
      municipalityCode: '0781',
    });
    assert.equal(invited.status, 202, invited.text);
    assert.equal(invited.body.status, 'pending');
    assert.equal(invited.body.emailed, true);
    assert.equal(invited.body.link, undefined, 'a link that went out by e-mail is not shown');
    const [mail] = mailsTo('lena.ek@ljungby.se');
    assert.equal(mail?.subject, 'Inbjudan till Lägesbild / Invitation to Lägesbild');
    assert.match(mail?.text ?? '', /som kommunrapportör för Ljungby/);
    assert.match(mail?.text ?? '', /as municipal officer for Ljungby/);
    const { link, token } = linkIn(mail, 'invitation');
    assert.ok(link.startsWith('https://lagesbild.example/invitation/'));
    const listed = await coordinator.get('/api/invitations');
    assert.deepEqual(
      listed.body.map((i: { email: string; status: string }) => [i.email, i.status]),
      [['lena.ek@ljungby.se', 'pending']],
    );

    const weak = await accept(token, 'short');
    assert.equal(weak.status, 400);
    assert.equal(weak.body.errors[0].path, 'password');
    const made = await accept(token);
    assert.equal(made.status, 201, made.text);
    assert.deepEqual(
      [made.body.role, made.body.municipalityCode, made.body.countyCode],
      ['reporter', '0781', '07'],
    );
    await anonymous().login('lena.ek@ljungby.se', PASSWORD);
    const again = await accept(token, 'another-long-password');
    assert.equal(again.status, 404);
    assert.equal(again.body.messageCode, 'invitations.link_gone');
    assert.deepEqual(
      (await coordinator.get('/api/invitations')).body,
      [],
      'a used invitation is no longer open',
    );
  });

  it('voids the old link when sent again, and every link once taken back', async () => {
    const invited = await coordinator.post('/api/users', {
      email: 'per@lst.test',
      name: 'Per',
      role: 'analyst',
      countyCode: '07',
    });
    const first = linkIn(mailsTo('per@lst.test')[0], 'invitation');
    const twice = await coordinator.post('/api/users', {
      email: 'per@lst.test',
      name: 'Per',
      role: 'analyst',
      countyCode: '07',
    });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.messageCode, 'invitations.pending');
    const resent = await coordinator.post(`/api/invitations/${invited.body.id}/resend`);
    assert.equal(resent.status, 200);
    const second = linkIn(mailsTo('per@lst.test')[1], 'invitation');
    assert.notEqual(first.token, second.token);
    assert.equal((await accept(first.token)).status, 404);
    const withdrawn = await coordinator.post(`/api/invitations/${invited.body.id}/withdraw`);
    assert.equal(withdrawn.body.status, 'withdrawn');
    assert.equal((await accept(second.token)).status, 404);
    assert.equal((await coordinator.post(`/api/invitations/${invited.body.id}/resend`)).status, 409);
  });

  it('lets a link expire, and a resend give a new one', async () => {
    const invited = await coordinator.post('/api/users', {
      email: 'sen@lst.test',
      name: 'Sen',
      role: 'analyst',
      countyCode: '07',
    });
    const { token } = linkIn(mailsTo('sen@lst.test')[0], 'invitation');
    running.clock.advance(8 * 24 * 3_600_000);
    assert.equal((await accept(token)).status, 404);
    const listed = (await coordinator.get('/api/invitations')).body as { id: string; status: string }[];
    assert.equal(listed.find((i) => i.id === invited.body.id)?.status, 'expired');
    await coordinator.post(`/api/invitations/${invited.body.id}/resend`);
    const fresh = linkIn(mailsTo('sen@lst.test')[1], 'invitation');
    assert.equal((await accept(fresh.token)).status, 201);
  });

  it('tells a coordinator nothing about an address taken in another county', async () => {
    const taken = await coordinator.post('/api/users', {
      email: 'c12@lst.test',
      name: 'X',
      role: 'analyst',
      countyCode: '07',
    });
    const fresh = await coordinator.post('/api/users', {
      email: 'ny@lst.test',
      name: 'X',
      role: 'analyst',
      countyCode: '07',
    });
    assert.equal(taken.status, 202);
    const shape = (body: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(body).filter(
          ([key]) => !['id', 'email', 'createdAt', 'sentAt', 'expiresAt'].includes(key),
        ),
      );
    assert.deepEqual(shape(taken.body), shape(fresh.body));
    const toHolder = mailsTo('c12@lst.test').at(-1);
    assert.match(toHolder?.text ?? '', /har redan ett konto/);
    assert.doesNotMatch(toHolder?.text ?? '', /\/invitation\//, 'the holder gets no link');
    const own = await coordinator.post('/api/users', {
      email: 'r0780@k.test',
      name: 'X',
      role: 'analyst',
      countyCode: '07',
    });
    assert.equal(own.status, 409, 'an address taken in the own county is said to be');
    const byAdmin = await admin.post('/api/users', {
      email: 'c12@lst.test',
      name: 'X',
      role: 'analyst',
      countyCode: '07',
    });
    assert.equal(byAdmin.status, 409);
    const password = await coordinator.post('/api/users', {
      email: 'p@lst.test',
      name: 'P',
      role: 'analyst',
      countyCode: '07',
      password: PASSWORD,
    });
    assert.equal(password.status, 403, 'a coordinator does not set passwords');
  });

  it('answers a reset request alike for a known and an unknown address, and e-mails only the known', async () => {
    const ask = (email: string) => request(running.url).post('/api/auth/password-reset').send({ email });
    const comparable = (r: request.Response) => ({
      status: r.status,
      body: r.body as unknown,
      headers: Object.keys(r.headers)
        .filter((h) => h !== 'date' && h !== 'etag')
        .sort(),
      length: r.headers['content-length'],
    });
    const mailsBefore = smtp.received.length;
    const toKnown = mailsTo('a@lst.test').length;
    const known = await ask('A@lst.test');
    const unknown = await ask('ingen@lst.test');
    assert.equal(known.status, 202);
    assert.deepEqual(comparable(known), comparable(unknown));
    const mail = (await waitForMails('a@lst.test', toKnown + 1)).at(-1);
    assert.equal(smtp.received.length, mailsBefore + 1, 'one message, to the known address only');
    const { token } = linkIn(mail, 'reset-password');

    const oldToken = await anonymous().login('a@lst.test', PASSWORD);
    const page = await signInOnPage(running.url, 'a@lst.test');
    const weak = await anonymous().post('/api/auth/password-reset/confirm', { token, password: 'short' });
    assert.equal(weak.status, 400);
    const done = await anonymous().post('/api/auth/password-reset/confirm', {
      token,
      password: 'a-brand-new-password',
    });
    assert.equal(done.status, 204, done.text);
    assert.equal((await oldToken.get('/api/auth/me')).status, 401, 'a reset ends every earlier token');
    assert.notEqual((await page.agent.get('/rounds')).status, 200, 'and every page session');
    await anonymous().login('a@lst.test', 'a-brand-new-password');
    const reuse = await anonymous().post('/api/auth/password-reset/confirm', {
      token,
      password: 'yet-another-password',
    });
    assert.equal(reuse.status, 404);
  });

  it('lets a reset link expire', async () => {
    const toCoordinator = mailsTo('c@lst.test').length;
    await request(running.url).post('/api/auth/password-reset').send({ email: 'c@lst.test' });
    const { token } = linkIn((await waitForMails('c@lst.test', toCoordinator + 1)).at(-1), 'reset-password');
    running.clock.advance(61 * 60_000);
    const late = await anonymous().post('/api/auth/password-reset/confirm', {
      token,
      password: 'a-brand-new-password',
    });
    assert.equal(late.status, 404);
  });

  it('logs invitations and resets', async () => {
    const actions = new Set(
      ((await admin.get('/api/audit?limit=500')).body as { action: string }[]).map((e) => e.action),
    );
    for (const action of [
      'invitation.create',
      'invitation.resend',
      'invitation.withdraw',
      'invitation.accept',
      'password.reset_request',
      'password.reset',
    ]) {
      assert.ok(actions.has(action), `the log has ${action}`);
    }
  });
});
