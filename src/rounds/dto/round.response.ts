import { ApiProperty } from '@nestjs/swagger';
import { ListOf, Nested, Nullable, OneOf } from '../../common/api-docs';
import type { Label, Taxonomy, TaxonomyItem } from '../../taxonomy/taxonomy';
import { ROUND_STATUSES, RoundStatus } from '../round-lifecycle';
import type { RsaQuestions } from '../round-rules';
import type { RoundView } from '../round.view';

export class LabelBody implements Label {
  @ApiProperty() sv!: string;
  @ApiProperty() en!: string;
}

export class TaxonomyItemBody implements TaxonomyItem {
  @ApiProperty() code!: string;
  @Nested(() => LabelBody) label!: LabelBody;
}

/** The lists a round's assessments are coded against; scales lowest first. */
export class TaxonomyBody implements Taxonomy {
  @ListOf(TaxonomyItemBody) riskAreas!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody) affectedGroups!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody) actors!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody) perspectives!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody) levels!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody) trends!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody) extents!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody) effects!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody) likelihoods!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody) eventLinks!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody) followUpStatuses!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody, {
    description: 'RSA likelihoods, five levels; empty in rounds frozen before RSA scoring',
  })
  rsaLikelihoods!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody, { description: 'RSA consequences, five levels' })
  rsaConsequences!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody, { description: 'Protected values (skyddsvärden)' })
  protectedValues!: TaxonomyItemBody[];
  @ListOf(TaxonomyItemBody, { description: 'The escalation stages of social unrest, earliest first' })
  escalationStages!: TaxonomyItemBody[];
}

export class RsaQuestionsBody implements RsaQuestions {
  @ApiProperty({ description: 'Whether each observed risk is scored by likelihood and consequence' })
  scoring!: boolean;
  @ListOf(String, { description: 'The risk areas whose risks are placed on the escalation stages' })
  escalationAreas!: string[];
}

export class RoundBody implements RoundView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '07' }) countyCode!: string;
  @ApiProperty() title!: string;
  @Nullable(String, { description: 'The event the round asks about' }) triggeringEvent!: string | null;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty() acceptLate!: boolean;
  @Nullable(String, { description: 'The case number (diarienummer) of the report' }) caseNumber!:
    string | null;
  @Nullable(String) contactName!: string | null;
  @Nullable(String) contactEmail!: string | null;
  @Nullable(String) contactPhone!: string | null;
  @ListOf(Number, { description: 'Days before the deadline reminders go out (negative: after it)' })
  reminderPlan!: number[];
  @OneOf(ROUND_STATUSES) status!: RoundStatus;
  @ApiProperty({ description: 'False while planned: the taxonomy is what opening will freeze' })
  taxonomyFrozen!: boolean;
  @Nested(() => TaxonomyBody) taxonomy!: TaxonomyBody;
  @Nested(() => RsaQuestionsBody) rsa!: RsaQuestionsBody;
  @ListOf(String, { description: "The county's organisations the round asks besides its municipalities" })
  organisationIds!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @Nullable(String, { format: 'date-time' }) openedAt!: string | null;
  @Nullable(String, { format: 'date-time' }) closedAt!: string | null;
}
