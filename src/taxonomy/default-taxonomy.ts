import { Taxonomy, TaxonomyItem } from './taxonomy';

const item = (code: string, sv: string, en: string): TaxonomyItem => ({ code, label: { sv, en } });

/** The default taxonomy, frozen into each round when it opens. Codes are stable; labels may be reworded. */
export const DEFAULT_TAXONOMY: Taxonomy = {
  riskAreas: [
    item('vald_nara_relationer', 'Våld i nära relationer', 'Domestic violence'),
    item(
      'hedersrelaterat_vald',
      'Hedersrelaterat våld och förtryck',
      'Honour-related violence and oppression',
    ),
    item('utsatta_barn_familjer', 'Utsatta barn och familjer', 'Vulnerable children and families'),
    item('alkohol_narkotika', 'Alkohol och narkotika', 'Alcohol and drugs'),
    item('psykisk_ohalsa_isolering', 'Psykisk ohälsa och isolering', 'Mental ill-health and isolation'),
    item('arbetsloshet_syssloloshet', 'Arbetslöshet och sysslolöshet', 'Unemployment and inactivity'),
    item(
      'social_oro',
      'Social oro (ordningsstörningar, skadegörelse, social oro bland unga)',
      'Social unrest (public disorder, vandalism, unrest among young people)',
    ),
    item('nyanlandas_utsatthet', 'Nyanländas utsatthet', 'Vulnerability of newly arrived'),
    item('minskad_social_trygghet', 'Minskad social trygghet', 'Reduced social security'),
    item('ovrigt', 'Övrigt', 'Other'),
  ],
  affectedGroups: [
    item('barn_unga', 'Barn och unga', 'Children and young people'),
    item('utsatta_familjer', 'Utsatta familjer', 'Vulnerable families'),
    item('aldre', 'Äldre', 'Older people'),
    item('funktionsnedsattning', 'Personer med funktionsnedsättning', 'People with disabilities'),
    item('nyanlanda_asylsokande', 'Nyanlända och asylsökande', 'Newly arrived and asylum seekers'),
    item('valdsutsatta', 'Våldsutsatta', 'Victims of violence'),
    item('ovriga', 'Övriga', 'Others'),
  ],
  actors: [
    item('socialtjanst', 'Socialtjänst', 'Social services'),
    item('skola', 'Skola', 'School'),
    item('polis', 'Polis', 'Police'),
    item('region_halso_sjukvard', 'Region/hälso- och sjukvård', 'Region/health care'),
    item('civilsamhalle', 'Civilsamhälle/idéburen sektor', 'Civil society/non-profit sector'),
    item('raddningstjanst', 'Räddningstjänst', 'Rescue services'),
    item('naringsliv', 'Näringsliv', 'Business'),
    item('annan', 'Annan aktör', 'Other actor'),
  ],
  perspectives: [
    item('barnratt', 'Barnrätt', "Children's rights"),
    item('jamstalldhet', 'Jämställdhet', 'Gender equality'),
    item('funktionsratt', 'Funktionsrätt', 'Disability rights'),
    item('manskliga_rattigheter', 'Mänskliga rättigheter', 'Human rights'),
    item('agenda_2030', 'Agenda 2030', 'Agenda 2030'),
  ],
  levels: [
    item('lag', 'Låg', 'Low'),
    item('medel', 'Medel', 'Medium'),
    item('hog', 'Hög', 'High'),
    item('mycket_hog', 'Mycket hög', 'Very high'),
  ],
  trends: [
    item('minskat', 'Minskat', 'Decreased'),
    item('oforandrat', 'Oförändrat', 'Unchanged'),
    item('okat', 'Ökat', 'Increased'),
    item('ny', 'Ny', 'New'),
    item('vet_ej', 'Vet ej', "Don't know"),
  ],
  extents: [
    item('enstaka_fall', 'Enstaka fall', 'Isolated cases'),
    item('flera_omraden', 'Flera områden', 'Several areas'),
    item('hela_kommunen', 'Hela kommunen', 'The whole municipality'),
  ],
  effects: [
    item('inte', 'Inte', 'Not'),
    item('delvis', 'Delvis', 'Partly'),
    item('val', 'Väl', 'Well'),
    item('for_tidigt', 'För tidigt att bedöma', 'Too early to tell'),
  ],
  likelihoods: [
    item('lag', 'Låg', 'Low'),
    item('medel', 'Medel', 'Medium'),
    item('hog', 'Hög', 'High'),
    item('mycket_hog', 'Mycket hög', 'Very high'),
  ],
  eventLinks: [
    item('nej', 'Nej', 'No'),
    item('delvis', 'Delvis', 'Partly'),
    item('ja', 'Ja', 'Yes'),
    item('oklart', 'Oklart', 'Unclear'),
  ],
  followUpStatuses: [
    item('genomford', 'Genomförd', 'Done'),
    item('pagar', 'Pågår', 'Ongoing'),
    item('ej_genomford', 'Ej genomförd', 'Not done'),
    item('stryks', 'Stryks', 'Dropped'),
  ],
};
