import assert from 'node:assert/strict';
import { Api } from './app';

export const PASSWORD = 'a-good-long-password';

/** Creates a user through the API as `creator` and signs in as them. */
export async function createUser(
  creator: Api,
  user: { email: string; name: string; role: string; municipalityCode?: string; countyCode?: string },
): Promise<Api> {
  const response = await creator.post('/api/users', { ...user, password: PASSWORD });
  assert.equal(response.status, 201, response.text);
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

/** Kronoberg's staff (`c@lst.test`, `a@lst.test`) and a reporter for each municipality, created through the API. */
export async function countyTeam(admin: Api, municipalities: string[] = ['0780']): Promise<CountyTeam> {
  const coordinator = await createUser(admin, {
    email: 'c@lst.test',
    name: 'C',
    role: 'coordinator',
    countyCode: '07',
  });
  const analyst = await createUser(coordinator, {
    email: 'a@lst.test',
    name: 'A',
    role: 'analyst',
    countyCode: '07',
  });
  const reporters: Record<string, Api> = {};
  for (const code of municipalities) {
    reporters[code] = await createUser(coordinator, {
      email: `r${code}@k.test`,
      name: `Rapportör ${code}`,
      role: 'reporter',
      municipalityCode: code,
    });
  }
  return { coordinator, analyst, reporters };
}
