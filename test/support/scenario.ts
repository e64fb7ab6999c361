import assert from 'node:assert/strict';
import { Api } from './app';
import type { ReceivedMail } from './smtp';

export const PASSWORD = 'a-good-long-password';

/**
 * Invites a user through the API as `creator`, chooses their password through the invitation's link (handed over, or
 * read from `inbox` when the service sends e-mail) and signs in as them.
 */
export async function createUser(
  creator: Api,
  user: {
    email: string;
    name: string;
    role: string;
    municipalityCode?: string;
    organisationId?: string;
    countyCode?: string;
  },
  inbox?: ReceivedMail[],
): Promise<Api> {
  const invited = await creator.post('/api/users', user);
  assert.equal(invited.status, 202, invited.text);
  const link =
    (invited.body as { link?: string }).link ??
    inbox
      ?.filter((mail) => mail.to.includes(user.email))
      .at(-1)
      ?.text.match(/https?:\/\/\S+\/invitation\/\S+/)?.[0];
  assert.ok(link, `the invitation of ${user.email} is handed over or e-mailed`);
  const token = link.slice(link.lastIndexOf('/') + 1);
  const accepted = await new Api(creator.url).post('/api/invitations/accept', { token, password: PASSWORD });
  assert.equal(accepted.status, 201, accepted.text);
  return creator.login(user.email, PASSWORD);
}

/** Creates a round as a coordinator (or admin) and opens it; returns its id. */
export async function openRound(
  coordinator: Api,
  round: {
    countyCode: string;
    title?: string;
    periodStart?: string;
    periodEnd?: string;
    deadline?: string;
    acceptLate?: boolean;
    triggeringEvent?: string;
    rsa?: { scoring?: boolean; escalationAreas?: string[] };
    organisationIds?: string[];
  },
): Promise<string> {
  const created = await coordinator.post('/api/rounds', {
    title: 'Lägesbild våren 2026',
    periodStart: '2026-01-01',
    periodEnd: '2026-04-30',
    deadline: '2026-03-31',
    ...round,
  });
  assert.equal(created.status, 201, created.text);
  const id = (created.body as { id: string }).id;
  const opened = await coordinator.post(`/api/rounds/${id}/open`);
  assert.equal(opened.status, 200, opened.text);
  return id;
}

export interface CountyTeam {
  coordinator: Api;
  analyst: Api;
  /** One reporter per municipality asked for, signed in as `r<kommunkod>@k.test`. */
  reporters: Record<string, Api>;
}

/**
 * A county's staff and a reporter for each municipality, created through the API: Kronoberg's are `c@lst.test` and
 * `a@lst.test`, another county's `c<länskod>@lst.test` and `a<länskod>@lst.test`.
 */
export async function countyTeam(
  admin: Api,
  municipalities: string[] = ['0780'],
  countyCode = '07',
  inbox?: ReceivedMail[],
): Promise<CountyTeam> {
  const suffix = countyCode === '07' ? '' : countyCode;
  const coordinator = await createUser(
    admin,
    {
      email: `c${suffix}@lst.test`,
      name: 'C',
      role: 'coordinator',
      countyCode,
    },
    inbox,
  );
  const analyst = await createUser(
    coordinator,
    {
      email: `a${suffix}@lst.test`,
      name: 'A',
      role: 'analyst',
      countyCode,
    },
    inbox,
  );
  const reporters: Record<string, Api> = {};
  for (const code of municipalities) {
    reporters[code] = await createUser(
      coordinator,
      {
        email: `r${code}@k.test`,
        name: `Rapportör ${code}`,
        role: 'reporter',
        municipalityCode: code,
      },
      inbox,
    );
  }
  return { coordinator, analyst, reporters };
}
