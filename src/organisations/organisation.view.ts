import type { Organisation, OrganisationKind } from '../geography/organisation.entity';

export interface OrganisationView {
  id: string;
  countyCode: string;
  name: string;
  kind: OrganisationKind;
  active: boolean;
  createdAt: string;
}

export const toOrganisationView = (o: Organisation): OrganisationView => ({
  id: o.id,
  countyCode: o.countyCode,
  name: o.name,
  kind: o.kind,
  active: o.active,
  createdAt: o.createdAt.toISOString(),
});
