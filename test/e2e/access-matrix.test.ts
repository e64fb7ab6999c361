import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { ADMIN, Api, RunningApp, startApp } from '../support/app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/database';
import { csrfOf, signInOnPage } from '../support/page-session';
import { completeDocument } from '../support/documents';
import { countyTeam, createUser, openRound, PASSWORD } from '../support/scenario';
import { PARTICIPANT_COOKIE } from '../../src/auth/rate-limits';
import { ANONYMOUS_CSRF_COOKIE } from '../../src/web/session/web-session.guard';

/**
 * Every route of the application (read from the router, so that a new route cannot be forgotten) is tried by every
 * role, on its own municipality and county, on a neighbouring municipality of the same county and on another county,
 * and without signing in. What each cell must answer is declared in MATRIX below; any difference fails.
 *
 * State is arranged so that trying a route changes nothing that matters: the rounds are closed and every assessment is
 * approved, so a permitted change answers 409 (refused by the workflow) and a forbidden one 403 or 404.
 */

const ROLES = ['anonymous', 'reporter', 'analyst', 'coordinator', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Target = 'own' | 'neighbour' | 'foreign';
type Cell = number | Partial<Record<Target, number>>;
type Expect = Record<Role, Cell>;

interface Row {
  path: string;
  /** Which targets the route is tried on; routes without parameters are tried once. */
  targets?: readonly Target[];
  body?: (target: Target) => Record<string, unknown>;
  expect: Expect;
  /** It ends the sessions and tokens it is tried with: it gets its own, fresh ones. */
  endsAccess?: boolean;
  /** It is tried with the pass of a guest of the own county's forum as well. */
  participant?: boolean;
  /** It answers a stream of events: only its status is read, then it is closed. */
  stream?: boolean;
}

const everyone = (status: number, anonymous = status): Expect => ({
  anonymous,
  reporter: status,
  analyst: status,
  coordinator: status,
  admin: status,
});
const signedIn = (status: number, anonymous: number): Expect => everyone(status, anonymous);
const API = 401;
const PAGE = 303;

/** Reading what belongs to a round: everyone of the county (reporters only their own municipality), admins all. */
const roundRead = (ok: number, anonymous: number): Expect => ({
  anonymous,
  reporter: { own: ok, foreign: 404 },
  analyst: { own: ok, foreign: 404 },
  coordinator: { own: ok, foreign: 404 },
  admin: ok,
});
const assessmentRead = (ok: number, anonymous: number): Expect => ({
  anonymous,
  reporter: { own: ok, neighbour: 403, foreign: 404 },
  analyst: { own: ok, neighbour: ok, foreign: 404 },
  coordinator: { own: ok, neighbour: ok, foreign: 404 },
  admin: ok,
});
/** A municipality's own history: its reporters and its county's staff; anyone else is told nothing exists. */
const municipalityHistory = (ok: number, anonymous: number): Expect => ({
  anonymous,
  reporter: { own: ok, neighbour: 404, foreign: 404 },
  analyst: { own: ok, neighbour: ok, foreign: 404 },
  coordinator: { own: ok, neighbour: ok, foreign: 404 },
  admin: ok,
});
/** Saving and submitting: only the municipality's reporter gets past the access rules (to the workflow's 409). */
const municipalityWrite = (anonymous: number): Expect => ({
  anonymous,
  reporter: { own: 409, neighbour: 403, foreign: 404 },
  analyst: { own: 403, neighbour: 403, foreign: 404 },
  coordinator: { own: 403, neighbour: 403, foreign: 404 },
  admin: 403,
});
/** Returning and approving: only the county's staff. */
const countyReview = (anonymous: number): Expect => ({
  anonymous,
  reporter: { own: 403, neighbour: 403, foreign: 404 },
  analyst: { own: 409, neighbour: 409, foreign: 404 },
  coordinator: { own: 409, neighbour: 409, foreign: 404 },
  admin: 403,
});
/** The county picture and its reports: county staff and admins, never reporters. */
const pictureRead = (ok: number, anonymous: number): Expect => ({
  anonymous,
  reporter: { own: 403, foreign: 404 },
  analyst: { own: ok, foreign: 404 },
  coordinator: { own: ok, foreign: 404 },
  admin: ok,
});
const narrativeWrite = (ok: number, anonymous: number): Expect => ({
  anonymous,
  reporter: { own: 403, foreign: 404 },
  analyst: { own: ok, foreign: 404 },
  coordinator: { own: ok, foreign: 404 },
  admin: 403,
});
const roundMove = (anonymous: number): Expect => ({
  anonymous,
  reporter: { own: 403, foreign: 404 },
  analyst: { own: 403, foreign: 404 },
  coordinator: { own: 409, foreign: 404 },
  admin: 409,
});
/** The national summary the collection already has: writing it again changes nothing. */
const NATIONAL_TEXT = { text: 'Nationell sammanfattning' };
/** A forum plan its county's planners get past the access rules with, to be refused for its unknown round. */
const FORUM_PLAN = {
  roundId: 'no-such-round',
  title: 'Forum',
  startsAt: '2026-12-10T09:00:00+01:00',
  grouping: 'mainGroup',
};
/** A change to a version the forum is long past: a planner is refused it with 409, and nothing changes. */
const STALE_FORUM_CHANGE = { version: 999_999, title: 'Ändrat' };
/** A text written on a version the section is long past. */
const STALE_TEXT = { version: 999_999, text: 'Inaktuell' };
/** The CSRF token of a phone that has not signed in, in its cookie and its forms. */
const PHONE_CSRF = 'phone-csrf-token-long-enough-for-the-guard-0123456789';
/** A poll no forum can have: its planners get past the access rules to be refused it with 400. */
const BAD_POLL = { kind: 'choice', question: 'Vilket?', options: ['Bara ett'] };
/** Running a forum's polls: its coordinators and admins; the polls are arranged so that each step changes nothing. */
const forumRun = (ok: number): Expect => ({
  anonymous: API,
  reporter: { own: 403, foreign: 404 },
  analyst: { own: 403, foreign: 404 },
  coordinator: { own: ok, foreign: 404 },
  admin: ok,
});
/** A participant's pass opens its own forum only, whoever else the request is signed in as. */
const participantOnly = (own: number, foreign: number): Expect => ({
  anonymous: { own, foreign },
  reporter: { own, foreign },
  analyst: { own, foreign },
  coordinator: { own, foreign },
  admin: { own, foreign },
});
/** The case number both counties' rounds already have: setting it again changes nothing. */
const CASE_NUMBER = { caseNumber: '701-1234-2026' };
const roundManage = (ok: number, anonymous: number): Expect => ({
  ...roundMove(anonymous),
  coordinator: { own: ok, foreign: 404 },
  admin: ok,
});
/** The county's own pages kept by its coordinators: its reporters, analysts and admins are turned away. */
const countyPages = (ok: number): Expect => ({
  anonymous: PAGE,
  reporter: 403,
  analyst: { own: 403, foreign: 404 },
  coordinator: { own: ok, foreign: 404 },
  admin: 403,
});
const staffOnly = (ok: number, anonymous: number): Expect => ({
  anonymous,
  reporter: 403,
  analyst: 403,
  coordinator: ok,
  admin: ok,
});
/** National compilations hold every county's data: admins only. */
const adminOnly = (ok: number, anonymous: number): Expect => ({
  anonymous,
  reporter: 403,
  analyst: 403,
  coordinator: 403,
  admin: ok,
});
const userCreate = (conflict: number, anonymous: number): Expect => ({
  anonymous,
  reporter: 403,
  analyst: 403,
  coordinator: { own: conflict, foreign: 403 },
  admin: conflict,
});

/** Editing an account: its county's coordinator and admins; to anyone else it does not exist. */
const userManage = (ok: number, anonymous: number): Expect => ({
  anonymous,
  reporter: 404,
  analyst: 404,
  coordinator: { own: ok, foreign: 404 },
  admin: ok,
});

const COUNTY = ['own', 'foreign'] as const;
const MUNICIPALITY = ['own', 'neighbour', 'foreign'] as const;
const existingReporter = (target: Target) =>
  target === 'own'
    ? { email: 'r0780@k.test', municipalityCode: '0780' }
    : { email: 'r1280@k.test', municipalityCode: '1280' };

/** Keyed by the router's method and path. `{round}`, `{code}`, `{report}`, `{archive}`, `{county}`, `{collection}` and `{collectionReport}` are filled per target. */
const MATRIX: Record<string, Row> = {
  // API
  'GET /api/health': { path: '/api/health', expect: everyone(200) },
  'GET /api/counties': { path: '/api/counties', expect: signedIn(200, API) },
  'GET /api/counties/:code/municipalities': {
    path: '/api/counties/{county}/municipalities',
    targets: COUNTY,
    expect: signedIn(200, API),
  },
  'GET /api/counties/:code/organisations': {
    path: '/api/counties/{county}/organisations',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'POST /api/counties/:code/organisations': {
    path: '/api/counties/{county}/organisations',
    targets: COUNTY,
    body: () => ({ name: 'Polisområde Kronoberg', kind: 'police_area' }),
    expect: roundManage(201, API),
  },
  'PATCH /api/organisations/:id': {
    path: '/api/organisations/{organisation}',
    targets: COUNTY,
    body: () => ({}),
    expect: roundManage(200, API),
  },
  'GET /api/counties/:code/trends': {
    path: '/api/counties/{county}/trends',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'GET /api/municipalities/:code/trends': {
    path: '/api/municipalities/{code}/trends',
    targets: MUNICIPALITY,
    expect: municipalityHistory(200, API),
  },
  'GET /api/municipalities/:code/risk-register': {
    path: '/api/municipalities/{code}/risk-register',
    targets: MUNICIPALITY,
    expect: municipalityHistory(200, API),
  },
  'GET /api/municipalities/:code/risk-register/report': {
    path: '/api/municipalities/{code}/risk-register/report?format=xlsx',
    targets: MUNICIPALITY,
    expect: municipalityHistory(200, API),
  },
  'POST /api/auth/login': {
    path: '/api/auth/login',
    body: () => ({ email: 'nobody@k.test', password: 'wrong-password-here' }),
    expect: everyone(401),
  },
  'GET /api/auth/me': { path: '/api/auth/me', expect: signedIn(200, API) },
  'GET /api/users': { path: '/api/users', expect: staffOnly(200, API) },
  'POST /api/users': {
    path: '/api/users',
    targets: COUNTY,
    body: (target) => ({ ...existingReporter(target), name: 'R', role: 'reporter' }),
    expect: userCreate(409, API),
  },
  'PATCH /api/users/:id': {
    path: '/api/users/{user}',
    targets: COUNTY,
    // The name each account already has: a permitted edit changes nothing.
    body: (target) => ({ name: target === 'own' ? 'Rapportör 0781' : 'R' }),
    expect: userManage(200, API),
  },
  'GET /api/invitations': { path: '/api/invitations', expect: staffOnly(200, API) },
  'POST /api/invitations/:id/resend': {
    path: '/api/invitations/{invitation}/resend',
    targets: COUNTY,
    // Withdrawn invitations: whoever may manage them is told so (409); anyone else that they do not exist.
    expect: userManage(409, API),
  },
  'POST /api/invitations/:id/withdraw': {
    path: '/api/invitations/{invitation}/withdraw',
    targets: COUNTY,
    expect: userManage(409, API),
  },
  'POST /api/invitations/accept': {
    path: '/api/invitations/accept',
    body: () => ({ token: 'no-such-token', password: PASSWORD }),
    expect: everyone(404),
  },
  'POST /api/auth/password-reset': {
    path: '/api/auth/password-reset',
    body: () => ({ email: 'nobody@k.test' }),
    expect: everyone(202),
  },
  'POST /api/auth/password-reset/confirm': {
    path: '/api/auth/password-reset/confirm',
    body: () => ({ token: 'no-such-token', password: PASSWORD }),
    expect: everyone(404),
  },
  'POST /api/account/password': {
    path: '/api/account/password',
    body: () => ({ currentPassword: 'wrong-password-here', newPassword: 'a-new-long-password' }),
    expect: signedIn(400, API),
  },
  // Starting enrolment only puts a secret aside; a code that is not one is refused; the wrong password too.
  'POST /api/account/two-factor': { path: '/api/account/two-factor', expect: signedIn(200, API) },
  'POST /api/account/two-factor/confirm': {
    path: '/api/account/two-factor/confirm',
    body: () => ({ code: 'abc' }),
    expect: signedIn(400, API),
  },
  'POST /api/account/two-factor/disable': {
    path: '/api/account/two-factor/disable',
    body: () => ({ password: 'wrong-password-here' }),
    expect: signedIn(400, API),
  },
  'GET /api/audit': {
    path: '/api/audit?county={county}',
    targets: COUNTY,
    expect: {
      anonymous: API,
      reporter: 403,
      analyst: 403,
      coordinator: { own: 200, foreign: 403 },
      admin: 200,
    },
  },
  'POST /api/rounds': {
    path: '/api/rounds',
    targets: COUNTY,
    body: (target) => ({
      countyCode: target === 'own' ? '07' : '12',
      title: 'Felaktig period',
      periodStart: '2026-06-01',
      periodEnd: '2026-01-01',
      deadline: '2026-06-30',
    }),
    expect: {
      anonymous: API,
      reporter: 403,
      analyst: 403,
      coordinator: { own: 400, foreign: 403 },
      admin: 400,
    },
  },
  'GET /api/rounds': {
    path: '/api/rounds?county={county}',
    targets: COUNTY,
    expect: {
      anonymous: API,
      reporter: { own: 200, foreign: 403 },
      analyst: { own: 200, foreign: 403 },
      coordinator: { own: 200, foreign: 403 },
      admin: 200,
    },
  },
  'GET /api/rounds/:id': { path: '/api/rounds/{round}', targets: COUNTY, expect: roundRead(200, API) },
  'PATCH /api/rounds/:id': {
    path: '/api/rounds/{round}',
    targets: COUNTY,
    body: () => CASE_NUMBER,
    expect: roundManage(200, API),
  },
  'PUT /api/rounds/:id/organisations': {
    path: '/api/rounds/{round}/organisations',
    targets: COUNTY,
    body: () => ({ organisationIds: [] }),
    expect: roundMove(API),
  },
  'POST /api/rounds/:id/open': { path: '/api/rounds/{round}/open', targets: COUNTY, expect: roundMove(API) },
  'POST /api/rounds/:id/close': {
    path: '/api/rounds/{round}/close',
    targets: COUNTY,
    expect: roundMove(API),
  },
  'GET /api/rounds/:roundId/assessments': {
    path: '/api/rounds/{round}/assessments',
    targets: COUNTY,
    expect: roundRead(200, API),
  },
  'GET /api/rounds/:roundId/organisation-assessments': {
    path: '/api/rounds/{round}/organisation-assessments',
    targets: COUNTY,
    expect: roundRead(200, API),
  },
  'GET /api/rounds/:roundId/assessments/:municipalityCode': {
    path: '/api/rounds/{round}/assessments/{code}',
    targets: MUNICIPALITY,
    expect: assessmentRead(200, API),
  },
  'PUT /api/rounds/:roundId/assessments/:municipalityCode': {
    path: '/api/rounds/{round}/assessments/{code}',
    targets: MUNICIPALITY,
    body: () => completeDocument(999),
    expect: municipalityWrite(API),
  },
  'PUT /api/rounds/:roundId/assessments/:municipalityCode/sections/:section': {
    path: '/api/rounds/{round}/assessments/{code}/sections/support',
    targets: MUNICIPALITY,
    body: () => ({ version: 999, supportWanted: 'Stöd' }),
    expect: municipalityWrite(API),
  },
  'GET /api/rounds/:roundId/assessments/:municipalityCode/changes': {
    path: '/api/rounds/{round}/assessments/{code}/changes?from=1&to=1',
    targets: MUNICIPALITY,
    expect: assessmentRead(200, API),
  },
  'GET /api/rounds/:roundId/assessments/:municipalityCode/workbook': {
    path: '/api/rounds/{round}/assessments/{code}/workbook',
    targets: MUNICIPALITY,
    expect: assessmentRead(200, API),
  },
  'PUT /api/rounds/:roundId/assessments/:municipalityCode/workbook': {
    path: '/api/rounds/{round}/assessments/{code}/workbook',
    targets: MUNICIPALITY,
    expect: municipalityWrite(API),
  },
  'POST /api/rounds/:roundId/assessments/:municipalityCode/check': {
    path: '/api/rounds/{round}/assessments/{code}/check',
    targets: MUNICIPALITY,
    body: () => completeDocument(999),
    expect: municipalityWrite(API),
  },
  'POST /api/rounds/:roundId/assessments/:municipalityCode/submit': {
    path: '/api/rounds/{round}/assessments/{code}/submit',
    targets: MUNICIPALITY,
    expect: municipalityWrite(API),
  },
  'POST /api/rounds/:roundId/assessments/:municipalityCode/return': {
    path: '/api/rounds/{round}/assessments/{code}/return',
    targets: MUNICIPALITY,
    body: () => ({ comment: 'Komplettera' }),
    expect: countyReview(API),
  },
  'POST /api/rounds/:roundId/assessments/:municipalityCode/approve': {
    path: '/api/rounds/{round}/assessments/{code}/approve',
    targets: MUNICIPALITY,
    expect: countyReview(API),
  },
  'GET /api/rounds/:roundId/assessments/:municipalityCode/history': {
    path: '/api/rounds/{round}/assessments/{code}/history',
    targets: MUNICIPALITY,
    expect: assessmentRead(200, API),
  },
  'GET /api/rounds/:roundId/county-picture': {
    path: '/api/rounds/{round}/county-picture',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'GET /api/rounds/:roundId/narratives': {
    path: '/api/rounds/{round}/narratives',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'PUT /api/rounds/:roundId/narratives/:section': {
    path: '/api/rounds/{round}/narratives/summary',
    targets: COUNTY,
    body: () => ({ text: 'Sammanfattning' }),
    expect: narrativeWrite(200, API),
  },
  'POST /api/rounds/:roundId/reports': {
    path: '/api/rounds/{round}/reports',
    targets: COUNTY,
    body: () => ({ format: 'xlsx' }),
    // The data are unchanged since the report made for the matrix: every export answers with that stored one.
    expect: pictureRead(200, API),
  },
  'GET /api/rounds/:roundId/reports': {
    path: '/api/rounds/{round}/reports',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'GET /api/reports/:id/download': {
    path: '/api/reports/{report}/download',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'POST /api/rounds/:roundId/reminders': {
    path: '/api/rounds/{round}/reminders',
    targets: COUNTY,
    expect: roundMove(API),
  },
  'GET /api/rounds/:roundId/reminders': {
    path: '/api/rounds/{round}/reminders',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'POST /api/collections': {
    path: '/api/collections',
    body: () => ({ title: 'Nationell', roundIds: ['no-such-round'] }),
    expect: adminOnly(400, API),
  },
  'GET /api/collections': { path: '/api/collections', expect: adminOnly(200, API) },
  'GET /api/collections/:id': { path: '/api/collections/{collection}', expect: adminOnly(200, API) },
  'GET /api/collections/:id/picture': {
    path: '/api/collections/{collection}/picture',
    expect: adminOnly(200, API),
  },
  'GET /api/collections/:id/trends': {
    path: '/api/collections/{collection}/trends',
    expect: adminOnly(200, API),
  },
  'GET /api/collections/:id/narratives': {
    path: '/api/collections/{collection}/narratives',
    expect: adminOnly(200, API),
  },
  'PUT /api/collections/:id/narratives/:section': {
    path: '/api/collections/{collection}/narratives/summary',
    body: () => NATIONAL_TEXT,
    expect: adminOnly(200, API),
  },
  'POST /api/collections/:id/reports': {
    path: '/api/collections/{collection}/reports',
    body: () => ({ format: 'xlsx' }),
    // Unchanged since the export made for the matrix: answered with the stored one.
    expect: adminOnly(200, API),
  },
  'GET /api/collections/:id/reports': {
    path: '/api/collections/{collection}/reports',
    expect: adminOnly(200, API),
  },
  'GET /api/collections/:id/reports/:reportId/download': {
    path: '/api/collections/{collection}/reports/{collectionReport}/download',
    expect: adminOnly(200, API),
  },
  'POST /api/forums': {
    path: '/api/forums',
    targets: COUNTY,
    body: (target) => ({ ...FORUM_PLAN, countyCode: target === 'own' ? '07' : '12' }),
    expect: {
      anonymous: API,
      reporter: 403,
      analyst: 403,
      coordinator: { own: 400, foreign: 403 },
      admin: 400,
    },
  },
  'GET /api/forums': {
    path: '/api/forums?countyCode={county}',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'GET /api/forums/:id': { path: '/api/forums/{forum}', targets: COUNTY, expect: pictureRead(200, API) },
  'PATCH /api/forums/:id': {
    path: '/api/forums/{forum}',
    targets: COUNTY,
    body: () => STALE_FORUM_CHANGE,
    expect: roundMove(API),
  },
  'GET /api/forums/:forumId/polls': {
    path: '/api/forums/{forum}/polls',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'POST /api/forums/:forumId/polls': {
    path: '/api/forums/{forum}/polls',
    targets: COUNTY,
    body: () => BAD_POLL,
    expect: forumRun(400),
  },
  // The open poll opened again, the closed one closed again, the shown answer shown: nothing changes.
  'POST /api/forums/:forumId/polls/:pollId/open': {
    path: '/api/forums/{forum}/polls/{openPoll}/open',
    targets: COUNTY,
    expect: forumRun(200),
  },
  'POST /api/forums/:forumId/polls/:pollId/close': {
    path: '/api/forums/{forum}/polls/{poll}/close',
    targets: COUNTY,
    expect: forumRun(200),
  },
  'PUT /api/forums/:forumId/polls/:pollId/answers/:answerId/hidden': {
    path: '/api/forums/{forum}/polls/{poll}/answers/{answer}/hidden',
    targets: COUNTY,
    body: () => ({ hidden: false }),
    expect: forumRun(200),
  },
  'GET /api/forums/:forumId/participants': {
    path: '/api/forums/{forum}/participants',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'GET /api/forums/:forumId/events': {
    path: '/api/forums/{forum}/events',
    targets: COUNTY,
    stream: true,
    expect: pictureRead(200, API),
  },
  'GET /api/forums/:id/results': {
    path: '/api/forums/{forum}/results',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'GET /api/forums/:forumId/report': {
    path: '/api/forums/{forum}/report?format=pdf',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'GET /api/forums/:forumId/preparations': {
    path: '/api/forums/{forum}/preparations',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'GET /api/forums/:forumId/preparations/:code': {
    path: '/api/forums/{forum}/preparations/{code}',
    targets: ['own', 'neighbour', 'foreign'],
    expect: assessmentRead(200, API),
  },
  // Written on a version long past: the municipality's reporter is refused it with 409, and nothing changes.
  'PUT /api/forums/:forumId/preparations/:code/sections/:section': {
    path: '/api/forums/{forum}/preparations/{code}/sections/other',
    targets: ['own', 'neighbour', 'foreign'],
    body: () => STALE_TEXT,
    expect: municipalityWrite(API),
  },
  'POST /api/forums/:forumId/preparations/:code/prepared': {
    path: '/api/forums/{forum}/preparations/{code}/prepared',
    targets: ['own', 'neighbour', 'foreign'],
    expect: {
      anonymous: API,
      reporter: { own: 200, neighbour: 403, foreign: 404 },
      analyst: { own: 403, neighbour: 403, foreign: 404 },
      coordinator: { own: 403, neighbour: 403, foreign: 404 },
      admin: 403,
    },
  },
  'GET /api/forums/:forumId/groups/:groupId': {
    path: '/api/forums/{forum}/groups/{group}',
    targets: ['own', 'neighbour', 'foreign'],
    expect: assessmentRead(200, API),
  },
  'PUT /api/forums/:forumId/groups/:groupId/notes/:section': {
    path: '/api/forums/{forum}/groups/{group}/notes/summary',
    targets: ['own', 'neighbour', 'foreign'],
    body: () => STALE_TEXT,
    expect: {
      anonymous: API,
      reporter: { own: 409, neighbour: 403, foreign: 404 },
      analyst: { own: 409, neighbour: 409, foreign: 404 },
      coordinator: { own: 409, neighbour: 409, foreign: 404 },
      admin: 403,
    },
  },
  'POST /api/forums/:forumId/groups/:groupId/timer': {
    path: '/api/forums/{forum}/groups/{group}/timer',
    targets: COUNTY,
    body: () => ({ municipalityCode: '{code}' }),
    expect: narrativeWrite(200, API),
  },
  'GET /api/forums/:forumId/groups/:groupId/events': {
    path: '/api/forums/{forum}/groups/{group}/events',
    targets: ['own', 'neighbour', 'foreign'],
    stream: true,
    expect: assessmentRead(200, API),
  },
  'POST /api/forum-participation/join': {
    path: '/api/forum-participation/join',
    body: () => ({ joinCode: 'ZZZ-ZZZ' }),
    expect: everyone(400),
  },
  'GET /api/forum-participation/poll': {
    path: '/api/forum-participation/poll',
    participant: true,
    expect: everyone(200),
  },
  // The own forum's poll is closed: the answer is refused by the poll, the other forum's by the pass.
  'PUT /api/forum-participation/polls/:pollId/answer': {
    path: '/api/forum-participation/polls/{poll}/answer',
    targets: COUNTY,
    participant: true,
    body: () => ({ text: 'Svar' }),
    expect: participantOnly(409, 404),
  },
  'GET /api/forum-participation/events': {
    path: '/api/forum-participation/events',
    participant: true,
    stream: true,
    expect: everyone(200),
  },
  'POST /api/archive-exports': {
    path: '/api/archive-exports',
    targets: COUNTY,
    body: (target) => ({ countyCode: target === 'own' ? '07' : '12' }),
    expect: pictureRead(202, API),
  },
  'GET /api/archive-exports': { path: '/api/archive-exports', expect: signedIn(200, API) },
  'GET /api/archive-exports/:id': {
    path: '/api/archive-exports/{archive}',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },
  'GET /api/archive-exports/:id/download': {
    path: '/api/archive-exports/{archive}/download',
    targets: COUNTY,
    expect: pictureRead(200, API),
  },

  // Pages
  'GET /': { path: '/', expect: everyone(303) },
  'GET /sign-in': { path: '/sign-in', expect: signedIn(303, 200) },
  'POST /sign-in': {
    path: '/sign-in',
    body: () => ({ email: 'nobody@k.test', password: 'wrong-password-here' }),
    expect: everyone(401),
  },
  // Without a password step waiting, the code step starts over.
  'POST /sign-in/code': { path: '/sign-in/code', body: () => ({ code: '123456' }), expect: everyone(303) },
  // No OpenID provider is set up here: there is nowhere to go, and no callback is expected.
  'GET /sign-in/oidc': { path: '/sign-in/oidc', expect: everyone(404) },
  'GET /sign-in/oidc/callback': { path: '/sign-in/oidc/callback?code=x&state=y', expect: everyone(401) },
  'GET /forgot-password': { path: '/forgot-password', expect: everyone(200) },
  'POST /forgot-password': {
    path: '/forgot-password',
    body: () => ({ email: 'nobody@k.test' }),
    expect: everyone(200),
  },
  'GET /reset-password/:token': { path: '/reset-password/no-such-token', expect: everyone(404) },
  'POST /reset-password/:token': {
    path: '/reset-password/no-such-token',
    body: () => ({ newPassword: PASSWORD }),
    expect: everyone(404),
  },
  'GET /invitation/:token': { path: '/invitation/no-such-token', expect: everyone(404) },
  'POST /invitation/:token': {
    path: '/invitation/no-such-token',
    body: () => ({ newPassword: PASSWORD }),
    expect: everyone(404),
  },
  'GET /account': { path: '/account', expect: signedIn(200, PAGE) },
  'POST /account/password': {
    path: '/account/password',
    body: () => ({ currentPassword: 'wrong-password-here', newPassword: 'a-new-long-password' }),
    expect: signedIn(400, PAGE),
  },
  'GET /account/two-factor': { path: '/account/two-factor', expect: signedIn(200, PAGE) },
  'POST /account/two-factor/start': { path: '/account/two-factor/start', expect: signedIn(303, PAGE) },
  'POST /account/two-factor/confirm': {
    path: '/account/two-factor/confirm',
    body: () => ({ code: 'abc' }),
    expect: signedIn(400, PAGE),
  },
  'POST /account/two-factor/disable': {
    path: '/account/two-factor/disable',
    body: () => ({ currentPassword: 'wrong-password-here' }),
    expect: signedIn(400, PAGE),
  },
  'GET /language': { path: '/language?to=en&next=/', expect: everyone(303) },
  'GET /admin': {
    path: '/admin',
    expect: { anonymous: PAGE, reporter: 403, analyst: 403, coordinator: 403, admin: 200 },
  },
  'GET /rounds': { path: '/rounds', expect: { ...signedIn(200, PAGE), admin: 303 } },
  'GET /rounds/new': {
    path: '/rounds/new',
    expect: { anonymous: PAGE, reporter: 403, analyst: 403, coordinator: 200, admin: 403 },
  },
  'POST /rounds': {
    path: '/rounds',
    body: () => ({
      title: 'Felaktig period',
      periodStart: '2026-06-01',
      periodEnd: '2026-01-01',
      deadline: '2026-06-30',
    }),
    expect: { anonymous: PAGE, reporter: 403, analyst: 403, coordinator: 400, admin: 403 },
  },
  'GET /risks': {
    path: '/risks',
    // A reporter is taken to their own municipality's register; staff and admins pick one.
    expect: { ...signedIn(200, PAGE), reporter: 303 },
  },
  'GET /risks/:code': {
    path: '/risks/{code}',
    targets: MUNICIPALITY,
    expect: municipalityHistory(200, PAGE),
  },
  'GET /risks/:code/report': {
    path: '/risks/{code}/report?format=docx',
    targets: MUNICIPALITY,
    expect: municipalityHistory(200, PAGE),
  },
  'GET /rounds/:id': {
    path: '/rounds/{round}',
    targets: COUNTY,
    expect: { ...roundRead(200, PAGE), reporter: { own: 303, foreign: 404 } },
  },
  'POST /rounds/:id/open': { path: '/rounds/{round}/open', targets: COUNTY, expect: roundMove(PAGE) },
  'POST /rounds/:id/close': { path: '/rounds/{round}/close', targets: COUNTY, expect: roundMove(PAGE) },
  'POST /rounds/:id/report-details': {
    path: '/rounds/{round}/report-details',
    targets: COUNTY,
    body: () => CASE_NUMBER,
    expect: roundManage(PAGE, PAGE),
  },
  'POST /rounds/:id/organisations': {
    path: '/rounds/{round}/organisations',
    targets: COUNTY,
    // The rounds are closed: a permitted choice is refused by the round (409).
    expect: roundManage(409, PAGE),
  },
  'POST /rounds/:id/reminders': {
    path: '/rounds/{round}/reminders',
    targets: COUNTY,
    expect: roundMove(PAGE),
  },
  'GET /rounds/:roundId/assessments/:code': {
    path: '/rounds/{round}/assessments/{code}',
    targets: MUNICIPALITY,
    expect: assessmentRead(200, PAGE),
  },
  'GET /rounds/:roundId/assessments/:code/sections/:section': {
    path: '/rounds/{round}/assessments/{code}/sections/contact',
    targets: MUNICIPALITY,
    // Those who may read but not save (the reporter too, once it is submitted) are sent to the assessment itself.
    expect: {
      anonymous: PAGE,
      reporter: { own: 303, neighbour: 403, foreign: 404 },
      analyst: { own: 303, neighbour: 303, foreign: 404 },
      coordinator: { own: 303, neighbour: 303, foreign: 404 },
      admin: 303,
    },
  },
  'POST /rounds/:roundId/assessments/:code/sections/:section': {
    path: '/rounds/{round}/assessments/{code}/sections/contact',
    targets: MUNICIPALITY,
    body: () => ({ version: '999', 'contact.name': 'X', action: 'save' }),
    expect: municipalityWrite(PAGE),
  },
  'POST /rounds/:roundId/assessments/:code/start-empty': {
    path: '/rounds/{round}/assessments/{code}/start-empty',
    targets: MUNICIPALITY,
    expect: municipalityWrite(PAGE),
  },
  'GET /rounds/:roundId/assessments/:code/workbook': {
    path: '/rounds/{round}/assessments/{code}/workbook',
    targets: MUNICIPALITY,
    expect: assessmentRead(200, PAGE),
  },
  'POST /rounds/:roundId/assessments/:code/workbook': {
    path: '/rounds/{round}/assessments/{code}/workbook',
    targets: MUNICIPALITY,
    expect: municipalityWrite(PAGE),
  },
  'GET /rounds/:roundId/assessments/:code/submit': {
    path: '/rounds/{round}/assessments/{code}/submit',
    targets: MUNICIPALITY,
    expect: assessmentRead(200, PAGE),
  },
  'POST /rounds/:roundId/assessments/:code/submit': {
    path: '/rounds/{round}/assessments/{code}/submit',
    targets: MUNICIPALITY,
    body: () => ({ version: '999' }),
    expect: municipalityWrite(PAGE),
  },
  'POST /rounds/:roundId/assessments/:code/return': {
    path: '/rounds/{round}/assessments/{code}/return',
    targets: MUNICIPALITY,
    body: () => ({ comment: 'Komplettera' }),
    expect: countyReview(PAGE),
  },
  'POST /rounds/:roundId/assessments/:code/approve': {
    path: '/rounds/{round}/assessments/{code}/approve',
    targets: MUNICIPALITY,
    body: () => ({ version: '999' }),
    expect: countyReview(PAGE),
  },
  'GET /rounds/:roundId/picture': {
    path: '/rounds/{round}/picture',
    targets: COUNTY,
    expect: pictureRead(200, PAGE),
  },
  'POST /rounds/:roundId/narratives/:section': {
    path: '/rounds/{round}/narratives/summary',
    targets: COUNTY,
    body: () => ({ text: 'Sammanfattning' }),
    expect: narrativeWrite(303, PAGE),
  },
  'GET /rounds/:roundId/reports': {
    path: '/rounds/{round}/reports',
    targets: COUNTY,
    expect: pictureRead(200, PAGE),
  },
  'POST /rounds/:roundId/reports': {
    path: '/rounds/{round}/reports',
    targets: COUNTY,
    body: () => ({ format: 'xlsx', include: 'approved', language: 'sv' }),
    expect: pictureRead(303, PAGE),
  },
  'GET /reports/:id/download': {
    path: '/reports/{report}/download',
    targets: COUNTY,
    expect: pictureRead(200, PAGE),
  },
  'GET /users': { path: '/users', expect: staffOnly(200, PAGE) },
  'GET /organisations': {
    path: '/organisations',
    expect: { anonymous: PAGE, reporter: 403, analyst: 200, coordinator: 200, admin: 403 },
  },
  'POST /organisations': {
    path: '/organisations',
    body: () => ({ name: '', kind: 'region' }),
    expect: { anonymous: PAGE, reporter: 403, analyst: 403, coordinator: 400, admin: 403 },
  },
  'GET /organisations/:id': {
    path: '/organisations/{organisation}',
    targets: COUNTY,
    expect: countyPages(200),
  },
  'POST /organisations/:id': {
    path: '/organisations/{organisation}',
    targets: COUNTY,
    body: () => ({ name: '', kind: 'region' }),
    expect: countyPages(400),
  },
  'POST /users': {
    path: '/users',
    targets: COUNTY,
    body: (target) => ({ ...existingReporter(target), name: 'R', role: 'reporter' }),
    expect: userCreate(409, PAGE),
  },
  'POST /users/invitations/:id/resend': {
    path: '/users/invitations/{invitation}/resend',
    targets: COUNTY,
    expect: userManage(409, PAGE),
  },
  'POST /users/invitations/:id/withdraw': {
    path: '/users/invitations/{invitation}/withdraw',
    targets: COUNTY,
    expect: userManage(409, PAGE),
  },
  'GET /users/:id': { path: '/users/{user}', targets: COUNTY, expect: userManage(200, PAGE) },
  'POST /users/:id': {
    path: '/users/{user}',
    targets: COUNTY,
    // What each account already is: a permitted edit changes nothing.
    body: (target) =>
      target === 'own'
        ? { name: 'Rapportör 0781', role: 'reporter', municipalityCode: '0781' }
        : { name: 'R', role: 'reporter', municipalityCode: '1280' },
    expect: userManage(303, PAGE),
  },
  'POST /users/:id/active': {
    path: '/users/{user}/active',
    targets: COUNTY,
    body: () => ({ active: 'true' }),
    expect: userManage(303, PAGE),
  },
  'GET /audit': { path: '/audit', expect: staffOnly(200, PAGE) },
  'GET /audit/download': { path: '/audit/download', expect: staffOnly(200, PAGE) },
  'GET /archive': { path: '/archive', expect: { ...signedIn(200, PAGE), reporter: 403 } },
  'POST /archive': {
    path: '/archive',
    body: () => ({ countyCode: '07' }),
    expect: { ...signedIn(303, PAGE), reporter: 403 },
  },
  'GET /archive/:id/download': {
    path: '/archive/{archive}/download',
    targets: COUNTY,
    expect: pictureRead(200, PAGE),
  },
  'GET /collections': { path: '/collections', expect: adminOnly(200, PAGE) },
  // A reporter's list is of the forums to prepare for.
  'GET /forums': {
    path: '/forums',
    expect: { anonymous: PAGE, reporter: 200, analyst: 200, coordinator: 200, admin: 403 },
  },
  'GET /forums/:id/preparation/:code': {
    path: '/forums/{forum}/preparation/{code}',
    targets: ['own', 'neighbour', 'foreign'],
    expect: assessmentRead(200, PAGE),
  },
  'POST /forums/:id/preparation/:code/sections/:section': {
    path: '/forums/{forum}/preparation/{code}/sections/other',
    targets: ['own', 'neighbour', 'foreign'],
    body: () => ({ ...STALE_TEXT, version: String(STALE_TEXT.version) }),
    expect: municipalityWrite(PAGE),
  },
  'POST /forums/:id/preparation/:code/prepared': {
    path: '/forums/{forum}/preparation/{code}/prepared',
    targets: ['own', 'neighbour', 'foreign'],
    expect: {
      anonymous: PAGE,
      reporter: { own: 303, neighbour: 403, foreign: 404 },
      analyst: { own: 403, neighbour: 403, foreign: 404 },
      coordinator: { own: 403, neighbour: 403, foreign: 404 },
      admin: 403,
    },
  },
  'GET /forums/:id/groups/:groupId': {
    path: '/forums/{forum}/groups/{group}',
    targets: ['own', 'neighbour', 'foreign'],
    expect: assessmentRead(200, PAGE),
  },
  'POST /forums/:id/groups/:groupId/notes/:section': {
    path: '/forums/{forum}/groups/{group}/notes/summary',
    targets: ['own', 'neighbour', 'foreign'],
    body: () => ({ ...STALE_TEXT, version: String(STALE_TEXT.version) }),
    expect: {
      anonymous: PAGE,
      reporter: { own: 409, neighbour: 403, foreign: 404 },
      analyst: { own: 409, neighbour: 409, foreign: 404 },
      coordinator: { own: 409, neighbour: 409, foreign: 404 },
      admin: 403,
    },
  },
  'POST /forums/:id/groups/:groupId/timer': {
    path: '/forums/{forum}/groups/{group}/timer',
    targets: COUNTY,
    body: () => ({ municipalityCode: '{code}' }),
    expect: { ...narrativeWrite(303, PAGE) },
  },
  'GET /forums/:id/groups/:groupId/events': {
    path: '/forums/{forum}/groups/{group}/events',
    targets: ['own', 'neighbour', 'foreign'],
    stream: true,
    expect: assessmentRead(200, PAGE),
  },
  'POST /forums': {
    path: '/forums',
    body: () => ({ ...FORUM_PLAN, startsAt: '2026-12-10T09:00' }),
    expect: { anonymous: PAGE, reporter: 403, analyst: 403, coordinator: 400, admin: 403 },
  },
  'GET /forums/:id': { path: '/forums/{forum}', targets: COUNTY, expect: pictureRead(200, PAGE) },
  'POST /forums/:id/polls': {
    path: '/forums/{forum}/polls',
    targets: COUNTY,
    body: () => ({ ...BAD_POLL, options: 'Bara ett' }),
    expect: { ...forumRun(400), anonymous: PAGE },
  },
  'POST /forums/:id/polls/:pollId/open': {
    path: '/forums/{forum}/polls/{openPoll}/open',
    targets: COUNTY,
    expect: { ...forumRun(303), anonymous: PAGE },
  },
  'POST /forums/:id/polls/:pollId/close': {
    path: '/forums/{forum}/polls/{poll}/close',
    targets: COUNTY,
    expect: { ...forumRun(303), anonymous: PAGE },
  },
  'POST /forums/:id/polls/:pollId/answers/:answerId/hidden': {
    path: '/forums/{forum}/polls/{poll}/answers/{answer}/hidden',
    targets: COUNTY,
    body: () => ({ hidden: 'false' }),
    expect: { ...forumRun(303), anonymous: PAGE },
  },
  'GET /forums/:id/report': {
    path: '/forums/{forum}/report?format=docx',
    targets: COUNTY,
    expect: pictureRead(200, PAGE),
  },
  'GET /forums/:id/presenter': {
    path: '/forums/{forum}/presenter',
    targets: COUNTY,
    expect: pictureRead(200, PAGE),
  },
  'GET /forums/:id/presenter/events': {
    path: '/forums/{forum}/presenter/events',
    targets: COUNTY,
    stream: true,
    expect: pictureRead(200, PAGE),
  },
  'GET /delta': { path: '/delta', expect: everyone(200) },
  'POST /delta': { path: '/delta', body: () => ({ joinCode: 'ZZZ-ZZZ' }), expect: everyone(400) },
  'GET /delta/forum': { path: '/delta/forum', participant: true, expect: everyone(200) },
  // The own forum's poll is closed: the phone is sent back to what is open now.
  'POST /delta/forum': {
    path: '/delta/forum',
    participant: true,
    body: () => ({ pollId: '{poll}', text: 'Svar' }),
    expect: everyone(303),
  },
  'GET /delta/events': { path: '/delta/events', participant: true, stream: true, expect: everyone(200) },
  'POST /collections': { path: '/collections', body: () => ({ title: '' }), expect: adminOnly(400, PAGE) },
  'GET /collections/:id': { path: '/collections/{collection}', expect: adminOnly(200, PAGE) },
  'POST /collections/:id/narratives/:section': {
    path: '/collections/{collection}/narratives/summary',
    body: () => NATIONAL_TEXT,
    expect: adminOnly(303, PAGE),
  },
  'POST /collections/:id/reports': {
    path: '/collections/{collection}/reports',
    body: () => ({ format: 'xlsx', include: 'approved', language: 'sv' }),
    expect: adminOnly(303, PAGE),
  },
  'GET /collections/:id/reports/:reportId/download': {
    path: '/collections/{collection}/reports/{collectionReport}/download',
    expect: adminOnly(200, PAGE),
  },
  // Last: it ends the session it is tried with.
  'POST /session/keep-alive': { path: '/session/keep-alive', expect: signedIn(204, PAGE) },
  'GET /kept/:id': { path: '/kept/00000000-0000-4000-8000-000000000000', expect: signedIn(404, PAGE) },
  // Last: it ends the session the rows above use.
  'POST /sign-out': { path: '/sign-out', expect: signedIn(303, PAGE) },
  'POST /api/account/sign-out-everywhere': {
    path: '/api/account/sign-out-everywhere',
    expect: signedIn(204, API),
    endsAccess: true,
  },
  'POST /account/sign-out-everywhere': {
    path: '/account/sign-out-everywhere',
    expect: signedIn(303, PAGE),
    endsAccess: true,
  },
};

/** The API's published documentation is public and static. */
const isDocumentation = (key: string) => /^GET \/api\/docs/.test(key);

function expected(row: Row, role: Role, target: Target): number {
  const cell = row.expect[role];
  if (typeof cell === 'number') return cell;
  const status = cell[target] ?? cell.own;
  assert.ok(status !== undefined, `no expectation for ${role} on ${target}`);
  return status;
}

describe(`access matrix: every route × every role × own, neighbouring and foreign data (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let dir: string;
  let running: RunningApp;
  let routes: string[];
  const values: Record<Target, Record<string, string>> = { own: {}, neighbour: {}, foreign: {} };
  /** A guest's pass to the own county's forum. */
  let pass = '';
  /** The Kronoberg round's two organisations: the region (own, with the reporter `region@k.test`) and another. */
  let organisations = { own: '', neighbour: '' };
  const credentials: Record<Exclude<Role, 'anonymous'>, string> = {
    reporter: 'r0780@k.test',
    analyst: 'a@lst.test',
    coordinator: 'c@lst.test',
    admin: ADMIN.email,
  };

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'lagesbild-matrix-'));
    running = await startApp(db.url, {
      env: { REPORTS_DIR: join(dir, 'reports'), LOGIN_RATE_LIMIT: '1000', LOGIN_MAX_FAILURES: '100' },
    });
    const admin = await new Api(running.url).login(ADMIN.email, ADMIN.password);
    const { coordinator, analyst, reporters: own } = await countyTeam(admin, ['0780', '0781']);
    const foreignCoordinator = await createUser(admin, {
      email: 'c12@lst.test',
      name: 'C12',
      role: 'coordinator',
      countyCode: '12',
    });
    const reporters: Record<string, Api> = {
      ...own,
      '1280': await createUser(foreignCoordinator, {
        email: 'r1280@k.test',
        name: 'R',
        role: 'reporter',
        municipalityCode: '1280',
      }),
    };
    const organisationOf = async (api: Api, county: string, name = 'Region', kind = 'region') => {
      const made = await api.post(`/api/counties/${county}/organisations`, { name, kind });
      assert.equal(made.status, 201, made.text);
      return made.body.id as string;
    };
    // Two organisations the Kronoberg round asks, each with a reporter of its own, tried below on every assessment route.
    const region07 = await organisationOf(coordinator, '07');
    const redCross07 = await organisationOf(coordinator, '07', 'Röda Korset', 'civil_society');
    const organisationReporters = {
      [region07]: await createUser(coordinator, {
        email: 'region@k.test',
        name: 'O',
        role: 'reporter',
        organisationId: region07,
      }),
      [redCross07]: await createUser(coordinator, {
        email: 'rodakorset@k.test',
        name: 'O',
        role: 'reporter',
        organisationId: redCross07,
      }),
    };
    organisations = { own: region07, neighbour: redCross07 };
    const round07 = await openRound(coordinator, {
      countyCode: '07',
      title: 'Kronoberg våren',
      organisationIds: [region07, redCross07],
    });
    const round12 = await openRound(foreignCoordinator, { countyCode: '12', title: 'Hemlig omgång Skåne' });
    const answer = async (reporter: Api, reviewer: Api, round: string, code: string) => {
      const document = { ...completeDocument(0), summary: `HEMLIG-${code}` };
      const saved = await reporter.put(`/api/rounds/${round}/assessments/${code}`, document);
      assert.equal(saved.status, 200, saved.text);
      assert.equal((await reporter.post(`/api/rounds/${round}/assessments/${code}/submit`)).status, 200);
      assert.equal((await reviewer.post(`/api/rounds/${round}/assessments/${code}/approve`)).status, 200);
    };
    await answer(reporters['0780']!, analyst, round07, '0780');
    await answer(reporters['0781']!, analyst, round07, '0781');
    await answer(reporters['1280']!, foreignCoordinator, round12, '1280');
    for (const [id, reporter] of Object.entries(organisationReporters))
      await answer(reporter, analyst, round07, id);
    assert.equal((await coordinator.post(`/api/rounds/${round07}/close`)).status, 200);
    assert.equal((await foreignCoordinator.post(`/api/rounds/${round12}/close`)).status, 200);
    // The forums and their polls, made before the reports: they are part of the county picture.
    const forumOf = async (api: Api, countyCode: string, roundId: string) => {
      const planned = await api.post('/api/forums', { ...FORUM_PLAN, countyCode, roundId });
      assert.equal(planned.status, 201, planned.text);
      return planned.body.id as string;
    };
    const forum07 = await forumOf(coordinator, '07', round07);
    const forum12 = await forumOf(foreignCoordinator, '12', round12);
    /** In each forum: an open-text poll answered by a guest and closed, and another poll open now. */
    const pollsOf = async (api: Api, forumId: string) => {
      const path = `/api/forums/${forumId}/polls`;
      const poll = (await api.post(path, { kind: 'openText', question: 'Vad?' })).body.id as string;
      const openPoll = (await api.post(path, { kind: 'scale', question: 'Hur?', steps: 5 })).body
        .id as string;
      assert.equal((await api.post(`${path}/${poll}/open`)).status, 200);
      const { joinCode } = (await api.get(`/api/forums/${forumId}`)).body as { joinCode: string };
      const guest = await request(running.url).post('/api/forum-participation/join').send({ joinCode });
      const pass = guest.body.token as string;
      const answered = await request(running.url)
        .put(`/api/forum-participation/polls/${poll}/answer`)
        .set('X-Participant-Token', pass)
        .send({ text: 'Ett svar' });
      assert.equal(answered.status, 200, answered.text);
      assert.equal((await api.post(`${path}/${openPoll}/open`)).status, 200);
      const answer = ((await api.get(path)).body as { texts?: { id: string }[] }[])[0]!.texts![0]!.id;
      return { poll, openPoll, answer, pass };
    };
    const groupOf = async (api: Api, forumId: string, code: string) =>
      (
        (await api.get(`/api/forums/${forumId}`)).body as {
          groups: { id: string; municipalityCodes: string[] }[];
        }
      ).groups.find((g) => g.municipalityCodes.includes(code))!.id;
    const polls07 = await pollsOf(coordinator, forum07);
    const polls12 = await pollsOf(foreignCoordinator, forum12);
    // The text and the case number the matrix writes, written first, so that the reports below stay those of
    // unchanged data.
    const summary = { text: 'Sammanfattning' };
    assert.equal((await coordinator.put(`/api/rounds/${round07}/narratives/summary`, summary)).status, 200);
    for (const [api, round] of [
      [coordinator, round07],
      [foreignCoordinator, round12],
    ] as const)
      assert.equal((await api.patch(`/api/rounds/${round}`, CASE_NUMBER)).status, 200);
    const report07 = await coordinator.post(`/api/rounds/${round07}/reports`, { format: 'xlsx' });
    const report12 = await foreignCoordinator.post(`/api/rounds/${round12}/reports`, { format: 'xlsx' });
    const archive07 = await coordinator.post('/api/archive-exports', { countyCode: '07' });
    const archive12 = await foreignCoordinator.post('/api/archive-exports', { countyCode: '12' });
    for (const [api, id] of [
      [coordinator, archive07.body.id],
      [foreignCoordinator, archive12.body.id],
    ] as const) {
      while ((await api.get(`/api/archive-exports/${id}`)).body.status !== 'done')
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const collection = await admin.post('/api/collections', {
      title: 'Nationell',
      roundIds: [round07, round12],
    });
    assert.equal(collection.status, 201, collection.text);
    // The national text the matrix writes, written first, so that the national export stays that of unchanged data.
    const nationalText = await admin.put(
      `/api/collections/${collection.body.id}/narratives/summary`,
      NATIONAL_TEXT,
    );
    assert.equal(nationalText.status, 200, nationalText.text);
    const collectionReport = await admin.post(`/api/collections/${collection.body.id}/reports`, {
      format: 'xlsx',
    });
    assert.equal(collectionReport.status, 201, collectionReport.text);
    const users = (await admin.get('/api/users')).body as { id: string; email: string }[];
    const userId = (email: string) => users.find((u) => u.email === email)!.id;
    const withdrawnInvitation = async (api: Api, email: string, municipalityCode: string) => {
      const invited = await api.post('/api/users', { email, name: 'X', role: 'reporter', municipalityCode });
      assert.equal(invited.status, 202, invited.text);
      assert.equal((await api.post(`/api/invitations/${invited.body.id}/withdraw`)).status, 200);
      return invited.body.id as string;
    };
    values.own = {
      organisation: region07,
      round: round07,
      user: userId('r0781@k.test'),
      invitation: await withdrawnInvitation(coordinator, 'x0780@k.test', '0780'),
      code: '0780',
      report: report07.body.id,
      archive: archive07.body.id,
      county: '07',
      collection: collection.body.id,
      collectionReport: collectionReport.body.id,
      forum: forum07,
      poll: polls07.poll,
      openPoll: polls07.openPoll,
      answer: polls07.answer,
      group: await groupOf(coordinator, forum07, '0780'),
    };
    pass = polls07.pass;
    values.neighbour = { ...values.own, code: '0781', group: await groupOf(coordinator, forum07, '0781') };
    values.foreign = {
      organisation: await organisationOf(foreignCoordinator, '12'),
      round: round12,
      user: userId('r1280@k.test'),
      invitation: await withdrawnInvitation(foreignCoordinator, 'x1280@k.test', '1280'),
      code: '1280',
      report: report12.body.id,
      archive: archive12.body.id,
      county: '12',
      forum: forum12,
      poll: polls12.poll,
      openPoll: polls12.openPoll,
      answer: polls12.answer,
      group: await groupOf(foreignCoordinator, forum12, '1280'),
    };

    const express = running.app.getHttpAdapter().getInstance() as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    };
    routes = express.router.stack
      .filter((layer) => layer.route)
      .flatMap((layer) =>
        Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`),
      );
  });

  after(async () => {
    await running.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('declares an expectation for every route of the router, and no route that is not there', () => {
    const routed = routes.filter((key) => !isDocumentation(key));
    assert.deepEqual(
      routed.filter((key) => !MATRIX[key]),
      [],
      'routes without a row',
    );
    assert.deepEqual(
      Object.keys(MATRIX).filter((key) => !routed.includes(key)),
      [],
      'rows without a route',
    );
  });

  it('answers every cell as declared, and never shows data the role may not read', async (t) => {
    const differences: string[] = [];
    const leaks: string[] = [];
    let cells = 0;
    const signIn = async (role: Role) => {
      if (role === 'anonymous') {
        const agent = request.agent(running.url);
        return { agent, token: undefined, session: '', csrf: csrfOf((await agent.get('/sign-in')).text) };
      }
      const password = role === 'admin' ? ADMIN.password : PASSWORD;
      const login = await request(running.url)
        .post('/api/auth/login')
        .send({ email: credentials[role], password });
      const { agent, cookie } = await signInOnPage(running.url, credentials[role], password);
      const page = await agent.get('/').redirects(2);
      return {
        agent,
        token: login.body.accessToken as string,
        session: cookie.split(';')[0]!,
        csrf: csrfOf(page.text),
      };
    };
    for (const role of ROLES) {
      const signedIn = await signIn(role);
      const unreadable = [
        'HEMLIG-0780',
        'HEMLIG-0781',
        'HEMLIG-1280',
        'Hemlig omgång Skåne',
        `HEMLIG-${organisations.own}`,
        `HEMLIG-${organisations.neighbour}`,
      ].filter(
        (marker) =>
          !(
            role === 'admin' ||
            (role === 'reporter' && marker === 'HEMLIG-0780') ||
            ((role === 'analyst' || role === 'coordinator') &&
              (marker.startsWith('HEMLIG-07') ||
                marker.includes(organisations.own) ||
                marker.includes(organisations.neighbour)))
          ),
      );
      for (const [key, row] of Object.entries(MATRIX)) {
        const method = key.split(' ')[0]!.toLowerCase() as 'get' | 'post' | 'put' | 'patch';
        for (const target of row.targets ?? (['own'] as const)) {
          const { agent, token, session, csrf } = row.endsAccess ? await signIn(role) : signedIn;
          const fill = (text: string) =>
            text.replace(/\{(\w+)\}/g, (_, name: string) => values[target][name] ?? '');
          const path = fill(row.path);
          const isApi = path.startsWith('/api/');
          // A phone's pages are the pass's alone: tried with it, without the role's session, in a browser of its own.
          const phone = !isApi && row.participant;
          let test = isApi || phone ? request(running.url)[method](path) : agent[method](path);
          if (phone)
            test = test.set(
              'Cookie',
              `${PARTICIPANT_COOKIE}=${pass}; ${ANONYMOUS_CSRF_COOKIE}=${PHONE_CSRF}`,
            );
          if (row.stream) {
            const headers: Record<string, string> = {};
            if (isApi && token) headers.Authorization = `Bearer ${token}`;
            if (isApi && row.participant) headers['X-Participant-Token'] = pass;
            const cookies = [
              ...(!isApi && session ? [session] : []),
              ...(!isApi && row.participant ? [`${PARTICIPANT_COOKIE}=${pass}`] : []),
            ];
            if (cookies.length > 0) headers.Cookie = cookies.join('; ');
            const stream = new AbortController();
            const opened = await fetch(`${running.url}${path}`, {
              headers,
              signal: stream.signal,
              redirect: 'manual',
            });
            stream.abort();
            cells += 1;
            const want = expected(row, role, target);
            if (opened.status !== want)
              differences.push(`${role} ${key} [${target}]: ${opened.status}, expected ${want}`);
            continue;
          }
          if (isApi && token) test = test.set('Authorization', `Bearer ${token}`);
          if (isApi && row.participant) test = test.set('X-Participant-Token', pass);
          const body =
            row.body &&
            Object.fromEntries(
              Object.entries(row.body(target)).map(([k, v]) => [k, typeof v === 'string' ? fill(v) : v]),
            );
          if (method !== 'get')
            test = isApi
              ? test.send(body ?? {})
              : test.type('form').send({ ...body, _csrf: phone ? PHONE_CSRF : csrf });
          const response = await test.redirects(0);
          cells += 1;
          const want = expected(row, role, target);
          if (response.status !== want)
            differences.push(`${role} ${key} [${target}]: ${response.status}, expected ${want}`);
          const text = response.text ?? '';
          for (const marker of unreadable)
            if (text.includes(marker)) leaks.push(`${role} ${key} [${target}] shows ${marker}`);
        }
      }
    }
    assert.deepEqual(differences, []);
    assert.deepEqual(leaks, []);
    t.diagnostic(
      `${routes.length} routes (${routes.filter(isDocumentation).length} of them documentation), ${Object.keys(MATRIX).length} rows, ${cells} cells`,
    );
    assert.equal(cells, 5 * Object.values(MATRIX).reduce((n, row) => n + (row.targets?.length ?? 1), 0));
  });
  it("gives an organisation's reporter its own assessment, as a municipality's reporter has theirs, and nothing else", async () => {
    // Each assessment route, API and pages, tried with the region's reporter on its own organisation, on the other
    // organisation of the round and on a municipality; and with a municipality's reporter and an analyst on the
    // region. Each must answer what the matrix declares for the same standing: own, neighbour, or the county's staff.
    const rows = Object.entries(MATRIX).filter(([, row]) => /\/assessments\/\{code\}/.test(row.path));
    assert.ok(rows.length >= 20, `${rows.length} assessment routes`);
    const tries: { email: string; code: string; as: Role; like: Target }[] = [
      { email: 'region@k.test', code: organisations.own, as: 'reporter', like: 'own' },
      { email: 'region@k.test', code: organisations.neighbour, as: 'reporter', like: 'neighbour' },
      { email: 'region@k.test', code: '0780', as: 'reporter', like: 'neighbour' },
      { email: 'r0780@k.test', code: organisations.own, as: 'reporter', like: 'neighbour' },
      { email: 'a@lst.test', code: organisations.own, as: 'analyst', like: 'own' },
    ];
    const differences: string[] = [];
    const leaks: string[] = [];
    for (const { email, code, as, like } of tries) {
      const login = await request(running.url).post('/api/auth/login').send({ email, password: PASSWORD });
      const { agent } = await signInOnPage(running.url, email, PASSWORD);
      const csrf = csrfOf((await agent.get('/').redirects(2)).text);
      const others = [organisations.own, organisations.neighbour, '0780', '0781']
        .filter((other) => other !== code)
        .map((other) => `HEMLIG-${other}`);
      for (const [key, row] of rows) {
        const method = key.split(' ')[0]!.toLowerCase() as 'get' | 'post' | 'put';
        const fill = (text: string) =>
          text.replace(/\{(\w+)\}/g, (_, name: string) =>
            name === 'code' ? code : (values.own[name] ?? ''),
          );
        const path = fill(row.path);
        const isApi = path.startsWith('/api/');
        const bearer = `Bearer ${login.body.accessToken as string}`;
        const server = request(running.url);
        let test = isApi ? server[method](path).set('Authorization', bearer) : agent[method](path);
        const body = row.body?.('own');
        if (method !== 'get')
          test = isApi ? test.send(body ?? {}) : test.type('form').send({ ...body, _csrf: csrf });
        const response = await test.redirects(0);
        const want = expected(row, as, like);
        if (response.status !== want)
          differences.push(`${email} ${key} [${code}]: ${response.status}, expected ${want}`);
        for (const marker of others)
          if (as === 'reporter' && (response.text ?? '').includes(marker))
            leaks.push(`${email} ${key} shows ${marker}`);
      }
    }
    assert.deepEqual(differences, []);
    assert.deepEqual(leaks, []);
  });
});
