import { RISK_CHANGES } from '../document-changes';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ROLES, Role } from '../../access/actor';
import { FieldErrorBody, ListOf, Nested, Nullable, OneOf } from '../../common/api-docs';
import type { AssessmentStatusView, OrganisationStatusView } from '../assessment.view';
import type { RespondentKind } from '../respondent';
import { ORGANISATION_KINDS, OrganisationKind } from '../../geography/organisation.entity';
import { SECTION_KEYS, SECTION_STATUSES, SectionKey, SectionStatus } from '../sections';
import { ASSESSMENT_ACTIONS, ASSESSMENT_STATUSES, AssessmentAction, AssessmentStatus } from '../workflow';
import {
  AssessmentDocumentDto,
  MeasureTakenDto,
  ObservedRiskDto,
  PlannedMeasureDto,
} from './assessment-document.dto';

/** The document as it is stored and read back: the same fields a save sends. */
export class DocumentBody extends OmitType(AssessmentDocumentDto, ['version', 'status'] as const) {}

export class RespondentBody {
  @OneOf(['municipality', 'organisation']) kind!: RespondentKind;
  @ApiProperty({ description: "The municipality's code or the organisation's id, as the routes name it" })
  key!: string;
  @ApiProperty() name!: string;
}

export class PrefilledFromBody {
  @ApiProperty() roundId!: string;
  @ApiProperty() version!: number;
}

export class SectionAuthorBody {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class RemovedItemBody {
  @ApiProperty({ enum: ['observedRisks', 'measuresTaken', 'plannedMeasures', 'risksAhead'] }) list!: string;
  @ApiProperty({ description: 'Where it was in its list' }) index!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The item as it was' })
  item!: Record<string, unknown>;
  @ListOf(String, { description: 'For a risk: the measures and plans that linked to it' })
  linkedFrom!: string[];
}

export class SectionBody {
  @ApiProperty({ description: 'Send it back with the next save of the section; 0 before it was first saved' })
  version!: number;
  @OneOf(SECTION_STATUSES) status!: SectionStatus;
  @ApiProperty({ description: 'Whether its author called it complete' }) completed!: boolean;
  @ApiProperty({ description: 'How many things submitting needs are missing in it' }) missing!: number;
  @Nullable(String, { format: 'date-time' }) updatedAt!: string | null;
  @Nested(() => SectionAuthorBody, { nullable: true, description: 'Who saved it last' })
  updatedBy!: SectionAuthorBody | null;
  @Nested(() => RemovedItemBody, {
    nullable: true,
    description: "The item the section's last removal took out, which undoing it on the pages puts back",
  })
  removed!: RemovedItemBody | null;
}

export class SectionsBody {
  @Nested(() => SectionBody) contact!: SectionBody;
  @Nested(() => SectionBody) observedRisks!: SectionBody;
  @Nested(() => SectionBody) measuresTaken!: SectionBody;
  @Nested(() => SectionBody) plannedMeasures!: SectionBody;
  @Nested(() => SectionBody) followUps!: SectionBody;
  @Nested(() => SectionBody) risksAhead!: SectionBody;
  @Nested(() => SectionBody) support!: SectionBody;
}

export class AssessmentBody extends DocumentBody {
  @ApiProperty() roundId!: string;
  @Nested(() => RespondentBody) respondent!: RespondentBody;
  @Nullable(String, { description: 'Null when an organisation answers', example: '0780' })
  municipalityCode!: string | null;
  @Nullable(String) municipalityName!: string | null;
  @OneOf(ASSESSMENT_STATUSES) status!: AssessmentStatus;
  @ApiProperty({ description: 'Send it back with the next save, submit or review' }) version!: number;
  @ApiProperty() late!: boolean;
  @Nullable(String, { format: 'date-time' }) submittedAt!: string | null;
  @Nullable(String, { format: 'date-time' }) updatedAt!: string | null;
  @Nullable(String, { description: "The county's comment when it was returned" }) returnComment!:
    string | null;
  @ApiProperty({ enum: [...ASSESSMENT_ACTIONS], isArray: true }) allowedActions!: AssessmentAction[];
  @Nested(() => PrefilledFromBody, {
    nullable: true,
    description: 'Set while not started: the document is a proposal made of this earlier submission',
  })
  prefilledFrom!: PrefilledFromBody | null;
  @Nested(() => SectionsBody, { description: "Each section's version, status and last author" })
  sections!: SectionsBody;
}

export class AssessmentStatusBody implements AssessmentStatusView {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() municipalityName!: string;
  @Nullable(String) groupCode!: string | null;
  @Nullable(String) mainGroup!: string | null;
  @OneOf(ASSESSMENT_STATUSES) status!: AssessmentStatus;
  @ApiProperty() late!: boolean;
  @ApiProperty() version!: number;
  @Nullable(String, { format: 'date-time' }) submittedAt!: string | null;
  @Nullable(String, { format: 'date-time' }) updatedAt!: string | null;
}

export class OrganisationStatusBody implements OrganisationStatusView {
  @ApiProperty() organisationId!: string;
  @ApiProperty() organisationName!: string;
  @OneOf(ORGANISATION_KINDS) kind!: OrganisationKind;
  @OneOf(ASSESSMENT_STATUSES) status!: AssessmentStatus;
  @ApiProperty() late!: boolean;
  @ApiProperty() version!: number;
  @Nullable(String, { format: 'date-time' }) submittedAt!: string | null;
  @Nullable(String, { format: 'date-time' }) updatedAt!: string | null;
}

export class DraftCheckBody {
  @ListOf(FieldErrorBody, { description: 'What submitting would still miss; empty when complete' })
  missingForSubmission!: FieldErrorBody[];
}

export class ChangeSideBody {
  @ApiProperty() roundId!: string;
  @ApiProperty() submission!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class RiskChangedBody {
  @Nested(() => ObservedRiskDto) before!: ObservedRiskDto;
  @Nested(() => ObservedRiskDto) after!: ObservedRiskDto;
  @ApiProperty({ enum: [...RISK_CHANGES], isArray: true }) changed!: string[];
}

export class PossiblySameBody {
  @ApiProperty({ description: 'The id of a risk in risksAdded' }) addedId!: string;
  @ApiProperty({ description: 'The id of a risk in risksRemoved' }) removedId!: string;
}

export class ChangesBody {
  @Nested(() => ChangeSideBody) from!: ChangeSideBody;
  @Nested(() => ChangeSideBody) to!: ChangeSideBody;
  @ListOf(ObservedRiskDto) risksAdded!: ObservedRiskDto[];
  @ListOf(ObservedRiskDto) risksRemoved!: ObservedRiskDto[];
  @ListOf(RiskChangedBody) risksChanged!: RiskChangedBody[];
  @ListOf(PossiblySameBody, {
    description: 'Hints only: added risks that may be removed ones, by the same area and a similar title',
  })
  possiblySame!: PossiblySameBody[];
  @ListOf(MeasureTakenDto) measuresAdded!: MeasureTakenDto[];
  @ListOf(PlannedMeasureDto) plannedMeasuresAdded!: PlannedMeasureDto[];
}

export class HistoryActorBody {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @Nullable(String, { enum: [...ROLES] }) role!: Role | null;
}

export class HistoryEventBody {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @OneOf(ASSESSMENT_ACTIONS) action!: AssessmentAction;
  @OneOf(ASSESSMENT_STATUSES) fromStatus!: AssessmentStatus;
  @OneOf(ASSESSMENT_STATUSES) toStatus!: AssessmentStatus;
  @ApiProperty() version!: number;
  @Nullable(String) comment!: string | null;
  @Nullable(String, { enum: [...SECTION_KEYS], description: 'For a save of one section, which' })
  section!: SectionKey | null;
  @Nested(() => HistoryActorBody) actor!: HistoryActorBody;
}

export class HistorySubmissionBody {
  @ApiProperty() number!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty() late!: boolean;
  @Nested(() => HistoryActorBody) submittedBy!: HistoryActorBody;
  @Nested(() => DocumentBody) document!: DocumentBody;
}

export class HistoryBody {
  @ListOf(HistoryEventBody) events!: HistoryEventBody[];
  @ListOf(HistorySubmissionBody) submissions!: HistorySubmissionBody[];
}
