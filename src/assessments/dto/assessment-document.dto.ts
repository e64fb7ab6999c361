import {
  BooleanField,
  CodeField,
  CodeListField,
  EmailField,
  EnumField,
  IntField,
  ItemIdField,
  ItemIdListField,
  NestedField,
  NestedListField,
  TextField,
  TextListField,
} from '../../common/dto-fields';
import { ASSESSMENT_STATUSES } from '../workflow';

/** Bounds of the document: generous for real answers, small enough that no request can flood the database. */
export const LIMITS = {
  shortText: 200,
  longText: 5000,
  items: 50,
  followUps: 100,
  codes: 20,
  forumThemes: 20,
} as const;

export class ContactDto {
  @TextField(LIMITS.shortText)
  name?: string;

  @TextField(LIMITS.shortText)
  role?: string;

  @EmailField()
  email?: string;

  @TextField(50)
  phone?: string;
}

export class ObservedRiskDto {
  @ItemIdField()
  id?: string;

  @CodeField({ description: 'riskAreas' })
  area?: string | null;

  @TextField(LIMITS.shortText)
  title?: string;

  @TextField(LIMITS.longText)
  description?: string;

  @CodeField({ description: 'levels' })
  level?: string | null;

  @CodeField({ description: 'trends' })
  trend?: string | null;

  @CodeField({ description: 'extents' })
  extent?: string | null;

  @CodeListField(LIMITS.codes, 'affectedGroups')
  affectedGroups?: string[];

  @TextField(300)
  location?: string;

  @CodeField({ description: 'eventLinks' })
  eventLink?: string | null;

  @TextField(2000)
  basis?: string;

  @CodeField({ description: 'rsaLikelihoods; only in rounds that ask for RSA scoring' })
  likelihood?: string | null;

  @CodeField({ description: 'rsaConsequences; only in rounds that ask for RSA scoring' })
  consequence?: string | null;

  @CodeListField(LIMITS.codes, 'protectedValues; only in rounds that ask for RSA scoring')
  protectedValues?: string[];

  @CodeField({ description: "escalationStages; only for risks of the round's escalation areas" })
  escalationStage?: string | null;
}

export class MeasureTakenDto {
  @ItemIdField()
  id?: string;

  @TextField(LIMITS.longText)
  description?: string;

  @ItemIdListField(LIMITS.items, 'ids of observed risks in this document')
  riskIds?: string[];

  @CodeListField(LIMITS.codes, 'actors')
  actors?: string[];

  @CodeListField(LIMITS.codes, 'perspectives')
  perspectives?: string[];

  @CodeField({ description: 'effects' })
  effect?: string | null;
}

export class PlannedMeasureDto {
  @ItemIdField()
  id?: string;

  @TextField(LIMITS.longText)
  description?: string;

  @ItemIdListField(LIMITS.items, 'ids of observed risks in this document')
  riskIds?: string[];

  @TextField(LIMITS.shortText)
  responsible?: string;

  @TextField(100)
  period?: string;
}

export class FollowUpDto {
  @ItemIdField({ required: true })
  plannedMeasureId!: string;

  @CodeField({ description: 'followUpStatuses' })
  status?: string | null;

  @TextField(2000)
  comment?: string;
}

export class RiskAheadDto {
  @CodeField({ description: 'riskAreas' })
  area?: string | null;

  @TextField(LIMITS.longText)
  description?: string;

  @CodeField({ description: 'likelihoods' })
  likelihood?: string | null;
}

/** The whole draft as saved with PUT; `version` is the one that was read. */
export class AssessmentDocumentDto {
  @IntField(0, 1_000_000, { required: true })
  version!: number;

  /** Read-only: accepted so that a document read with GET can be sent back as it is, and ignored. */
  @EnumField(ASSESSMENT_STATUSES)
  status?: string;

  @NestedField(() => ContactDto)
  contact?: ContactDto;

  @TextField(LIMITS.longText)
  summary?: string;

  @TextField(LIMITS.longText)
  changesSinceLastRound?: string;

  @BooleanField()
  noRisksObserved?: boolean;

  @NestedListField(() => ObservedRiskDto, LIMITS.items)
  observedRisks?: ObservedRiskDto[];

  @NestedListField(() => MeasureTakenDto, LIMITS.items)
  measuresTaken?: MeasureTakenDto[];

  @NestedListField(() => PlannedMeasureDto, LIMITS.items)
  plannedMeasures?: PlannedMeasureDto[];

  @NestedListField(() => FollowUpDto, LIMITS.followUps)
  followUps?: FollowUpDto[];

  @NestedListField(() => RiskAheadDto, LIMITS.items)
  risksAhead?: RiskAheadDto[];

  @TextField(LIMITS.longText)
  supportWanted?: string;

  @TextListField(LIMITS.forumThemes, LIMITS.shortText)
  forumThemes?: string[];
}
