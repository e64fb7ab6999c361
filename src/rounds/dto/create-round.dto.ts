import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import {
  BooleanField,
  CodeField,
  CodeListField,
  EmailField,
  DateField,
  IdListField,
  NestedField,
  NestedListField,
  says,
  TextField,
} from '../../common/dto-fields';

export class LabelDto {
  @TextField(200, { required: true })
  sv!: string;

  @TextField(200, { required: true })
  en!: string;
}

export class TaxonomyItemDto {
  @CodeField({ required: true })
  code!: string;

  @NestedField(() => LabelDto, { required: true })
  label!: LabelDto;
}

const LIST_MAX = 60;
/** The most organisations a round asks besides its municipalities. */
export const ORGANISATIONS_MAX = 100;

/** A round's own lists in place of the defaults; lists left out keep the defaults. */
export class TaxonomyOverrideDto {
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) riskAreas?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) affectedGroups?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) actors?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) perspectives?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) levels?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) trends?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) extents?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) effects?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) likelihoods?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) eventLinks?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) followUpStatuses?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) rsaLikelihoods?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) rsaConsequences?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) protectedValues?: TaxonomyItemDto[];
  @NestedListField(() => TaxonomyItemDto, LIST_MAX) escalationStages?: TaxonomyItemDto[];
}

/** What the round asks of each observed risk for the municipalities' risk and vulnerability analyses (RSA). */
export class RsaQuestionsDto {
  /** Each risk's likelihood and consequence on five-level scales, and the protected values it threatens. Default false. */
  @BooleanField()
  scoring?: boolean;

  /** The risk areas whose risks are placed on the escalation stages of social unrest, e.g. ["social_oro"]. */
  @CodeListField(LIST_MAX, 'riskAreas')
  escalationAreas?: string[];
}

/** What the report's cover says of who sent it: the case number and a contact. Each may be set or changed at any time. */
export class ReportDetailsDto {
  @TextField(60, { description: "The county board's case number (diarienummer) for the report" })
  caseNumber?: string;

  @TextField(200, { description: 'Who answers questions about the report' })
  contactName?: string;

  @EmailField()
  contactEmail?: string;

  @TextField(40)
  contactPhone?: string;
}

export class CreateRoundDto extends ReportDetailsDto {
  @Matches(/^\d{2}$/, says('county_code'))
  @ApiProperty({ example: '07' })
  countyCode!: string;

  @TextField(200, { required: true })
  title!: string;

  @TextField(200, {
    description:
      'The event the round asks about, e.g. "covid-19-pandemin"; the form names it in its question',
  })
  triggeringEvent?: string;

  @DateField({ required: true })
  periodStart!: string;

  @DateField({ required: true })
  periodEnd!: string;

  @DateField({ required: true })
  deadline!: string;

  /** Whether submissions after the deadline are still accepted (marked late). Default true. */
  @BooleanField()
  acceptLate?: boolean;

  /** Days before the deadline to remind municipalities that have not submitted (negative: after it). Default 7, 2, -1. */
  @IsOptional()
  @IsArray(says('days_list'))
  @ArrayMaxSize(10, says('max_reminders', { max: 10 }))
  @ArrayUnique(says('duplicate_day'))
  @IsInt({ each: true, ...says('whole_days') })
  @Min(-60, { each: true, ...says('max_days_after', { max: 60 }) })
  @Max(120, { each: true, ...says('max_days_before', { max: 120 }) })
  @ApiProperty({ required: false, type: [Number], example: [7, 2, -1] })
  reminderPlan?: number[];

  @NestedField(() => TaxonomyOverrideDto)
  taxonomy?: TaxonomyOverrideDto;

  @NestedField(() => RsaQuestionsDto)
  rsa?: RsaQuestionsDto;

  @IdListField(ORGANISATIONS_MAX, {
    description: "The county's organisations the round asks besides its municipalities",
  })
  organisationIds?: string[];
}

/** The organisations a round asks besides its municipalities, chosen again while it is planned or open. */
export class RoundOrganisationsDto {
  @IdListField(ORGANISATIONS_MAX, {
    required: true,
    description: "The county's organisations the round asks",
  })
  organisationIds!: string[];
}
