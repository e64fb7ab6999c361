import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canPrepareForum,
  canReadAudit,
  canReadGroupNotes,
  canReadPreparation,
  canWriteGroupNotes,
  canCreateUser,
  canManageRounds,
  canReadAllCounties,
  canReadMunicipality,
  canReadRespondent,
  canSeeCounty,
  canSeeRound,
  countyToPlanOf,
  standingOf,
} from '../../src/access/access-policy';
import type { Actor } from '../../src/access/actor';

const vaxjo = { code: '0780', countyCode: '07' };
const ljungby = { code: '0781', countyCode: '07' };
const malmo = { code: '1280', countyCode: '12' };
const reporter: Actor = { id: 'r', role: 'reporter', countyCode: '07', municipalityCode: '0780' };
const analyst: Actor = { id: 'a', role: 'analyst', countyCode: '07', municipalityCode: null };
const coordinator: Actor = { id: 'c', role: 'coordinator', countyCode: '07', municipalityCode: null };
const admin: Actor = { id: 'x', role: 'admin', countyCode: null, municipalityCode: null };
const place = (m: { code: string; countyCode: string }) => ({
  kind: 'municipality' as const,
  key: m.code,
  countyCode: m.countyCode,
});
const region = { kind: 'organisation' as const, key: 'org-region', countyCode: '07' };
const redCross = { kind: 'organisation' as const, key: 'org-red-cross', countyCode: '07' };
const skane = { kind: 'organisation' as const, key: 'org-skane', countyCode: '12' };
const regionReporter: Actor = {
  id: 'o',
  role: 'reporter',
  countyCode: '07',
  municipalityCode: null,
  organisationId: 'org-region',
};

describe('access policy', () => {
  it('lets a reporter read only their own municipality', () => {
    assert.equal(canReadMunicipality(reporter, vaxjo), true);
    assert.equal(canReadMunicipality(reporter, ljungby), false);
    assert.equal(canReadMunicipality(reporter, malmo), false);
  });

  it('lets county staff read their county, not another', () => {
    for (const staff of [analyst, coordinator]) {
      assert.equal(canReadMunicipality(staff, ljungby), true);
      assert.equal(canReadMunicipality(staff, malmo), false);
      assert.equal(canSeeCounty(staff, '07'), true);
      assert.equal(canSeeCounty(staff, '12'), false);
    }
  });

  it('shows a planned round to the county staff and admins, not yet to its reporters', () => {
    const planned = { countyCode: '07', status: 'planned' };
    const open = { countyCode: '07', status: 'open' };
    assert.equal(canSeeRound(reporter, planned), false);
    assert.equal(canSeeRound(reporter, open), true);
    for (const actor of [analyst, coordinator, admin]) assert.equal(canSeeRound(actor, planned), true);
    assert.equal(canSeeRound(analyst, { countyCode: '12', status: 'open' }), false);
  });

  it('has coordinators plan their own county on the pages, and only admins read all counties', () => {
    assert.equal(countyToPlanOf(coordinator), '07');
    for (const actor of [reporter, analyst, admin]) assert.equal(countyToPlanOf(actor), null);
    assert.equal(canReadAllCounties(admin), true);
    for (const actor of [reporter, analyst, coordinator]) assert.equal(canReadAllCounties(actor), false);
  });

  it('lets admins read everything', () => {
    assert.equal(canReadMunicipality(admin, malmo), true);
    assert.equal(canSeeCounty(admin, '25'), true);
  });

  it('lets only the county coordinator and admins manage rounds', () => {
    assert.equal(canManageRounds(coordinator, '07'), true);
    assert.equal(canManageRounds(coordinator, '12'), false);
    assert.equal(canManageRounds(analyst, '07'), false);
    assert.equal(canManageRounds(reporter, '07'), false);
    assert.equal(canManageRounds(admin, '12'), true);
  });

  it('gives the standing the workflow needs', () => {
    assert.equal(standingOf(reporter, place(vaxjo)), 'reporter');
    assert.equal(standingOf(reporter, place(ljungby)), 'outsider');
    assert.equal(standingOf(analyst, place(vaxjo)), 'county_reviewer');
    assert.equal(standingOf(analyst, place(malmo)), 'outsider');
    assert.equal(standingOf(admin, place(vaxjo)), 'admin');
    assert.equal(standingOf(regionReporter, region), 'reporter');
    assert.equal(standingOf(regionReporter, redCross), 'outsider');
    assert.equal(standingOf(reporter, region), 'outsider');
    assert.equal(standingOf(analyst, region), 'county_reviewer');
  });

  it("lets an organisation's reporter read only their organisation, and no municipality", () => {
    assert.equal(canReadRespondent(regionReporter, region), true);
    assert.equal(canReadRespondent(regionReporter, redCross), false);
    assert.equal(canReadRespondent(regionReporter, skane), false);
    assert.equal(canReadMunicipality(regionReporter, vaxjo), false);
    assert.equal(canReadRespondent(reporter, region), false);
    assert.equal(canReadRespondent(coordinator, redCross), true);
    assert.equal(canReadRespondent(coordinator, skane), false);
    assert.equal(canReadRespondent(admin, skane), true);
  });

  it('lets coordinators create reporters and analysts of their own county only', () => {
    assert.equal(canCreateUser(coordinator, { role: 'reporter', countyCode: '07' }), true);
    assert.equal(canCreateUser(coordinator, { role: 'analyst', countyCode: '07' }), true);
    assert.equal(canCreateUser(coordinator, { role: 'coordinator', countyCode: '07' }), false);
    assert.equal(canCreateUser(coordinator, { role: 'admin', countyCode: null }), false);
    assert.equal(canCreateUser(coordinator, { role: 'reporter', countyCode: '12' }), false);
    assert.equal(canCreateUser(analyst, { role: 'reporter', countyCode: '07' }), false);
    assert.equal(canCreateUser(admin, { role: 'coordinator', countyCode: '12' }), true);
  });

  it("lets a county's coordinators and admins read its audit log, and only admins the whole log", () => {
    assert.equal(canReadAudit(coordinator, '07'), true);
    assert.equal(canReadAudit(coordinator, '12'), false);
    assert.equal(canReadAudit(coordinator, null), false);
    assert.equal(canReadAudit(analyst, '07'), false);
    assert.equal(canReadAudit(reporter, '07'), false);
    assert.equal(canReadAudit(admin, '12'), true);
    assert.equal(canReadAudit(admin, null), true);
  });

  it("lets a municipality's reporters prepare for a forum, and its county staff read what they prepared", () => {
    assert.equal(canPrepareForum(reporter, '0780'), true);
    assert.equal(canPrepareForum(reporter, '0781'), false);
    assert.equal(canPrepareForum(coordinator, '0780'), false);
    assert.equal(canReadPreparation(reporter, '07', '0781'), false);
    assert.equal(canReadPreparation(analyst, '07', '0781'), true);
    assert.equal(canReadPreparation(analyst, '12', '1280'), false);
    assert.equal(canReadPreparation(admin, '12', '1280'), true);
  });

  it("lets a group's municipalities and the county's staff write its notes, and admins read them", () => {
    const group = ['0780', '0781'];
    assert.equal(canWriteGroupNotes(reporter, '07', group), true);
    assert.equal(canWriteGroupNotes(reporter, '07', ['0781']), false);
    assert.equal(canWriteGroupNotes(analyst, '07', ['0781']), true);
    assert.equal(canWriteGroupNotes(analyst, '12', ['1280']), false);
    assert.equal(canWriteGroupNotes(admin, '07', group), false);
    assert.equal(canReadGroupNotes(admin, '07', group), true);
    assert.equal(canReadGroupNotes(reporter, '07', ['0781']), false);
  });
});
