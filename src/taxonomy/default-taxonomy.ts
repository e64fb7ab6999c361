import { Taxonomy, TaxonomyItem } from './taxonomy';

const item = (code: string, sv: string, en: string): TaxonomyItem => ({ code, label: { sv, en } });

/** The default risk area whose risks can be placed on the escalation stages of social unrest. */
export const SOCIAL_UNREST_AREA = 'social_oro';

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
  rsaLikelihoods: [
    item('mycket_lag', 'Mycket låg sannolikhet', 'Very low likelihood'),
    item('lag', 'Låg sannolikhet', 'Low likelihood'),
    item('medelhog', 'Medelhög sannolikhet', 'Medium likelihood'),
    item('hog', 'Hög sannolikhet', 'High likelihood'),
    item('mycket_hog', 'Mycket hög sannolikhet', 'Very high likelihood'),
  ],
  rsaConsequences: [
    item('mycket_begransade', 'Mycket begränsade konsekvenser', 'Very limited consequences'),
    item('begransade', 'Begränsade konsekvenser', 'Limited consequences'),
    item('allvarliga', 'Allvarliga konsekvenser', 'Serious consequences'),
    item('mycket_allvarliga', 'Mycket allvarliga konsekvenser', 'Very serious consequences'),
    item('katastrofala', 'Katastrofala konsekvenser', 'Catastrophic consequences'),
  ],
  protectedValues: [
    item('liv_halsa', 'Människors liv och hälsa', "People's lives and health"),
    item('samhallets_funktionalitet', 'Samhällets funktionalitet', 'The functioning of society'),
    item(
      'demokrati_rattssakerhet',
      'Demokrati, rättssäkerhet och mänskliga fri- och rättigheter',
      'Democracy, the rule of law and human rights and freedoms',
    ),
    item('miljo_ekonomi', 'Miljö och ekonomiska värden', 'The environment and economic values'),
    item('nationell_suveranitet', 'Nationell suveränitet', 'National sovereignty'),
  ],
  escalationStages: [
    item('segregation', 'Långvarig segregation och utanförskap', 'Long-standing segregation and exclusion'),
    item('fordomar_rykten', 'Fördomar och rykten', 'Prejudice and rumours'),
    item(
      'utlosande_handelse',
      'En utlösande händelse, sann eller falsk',
      'A triggering event, true or false',
    ),
    item('upplopp_vald', 'Upplopp och våld', 'Riots and violence'),
  ],
};
