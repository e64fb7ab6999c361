import assert from 'node:assert/strict';
import request from 'supertest';
import { PASSWORD } from './scenario';

export type Agent = ReturnType<typeof request.agent>;

/** The CSRF token a page's forms carry. */
export function csrfOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  assert.ok(token, 'the page carries a CSRF token');
  return token;
}

/** Signs in through the form, as a browser would; returns the agent (with its cookies) and the session cookie. */
export async function signInOnPage(
  url: string,
  email: string,
  password = PASSWORD,
): Promise<{ agent: Agent; cookie: string }> {
  const agent = request.agent(url);
  const form = await agent.get('/sign-in');
  const response = await agent
    .post('/sign-in')
    .type('form')
    .send({ _csrf: csrfOf(form.text), email, password });
  assert.equal(response.status, 303, `${email} signs in: ${response.text}`);
  const cookie = ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('lagesbild_session='));
  assert.ok(cookie, 'a session cookie is set');
  return { agent, cookie };
}
