import { ApiProperty } from '@nestjs/swagger';
import { ListOf, Nested, Nullable, OneOf } from '../../common/api-docs';
import { ASSESSMENT_STATUSES, AssessmentStatus } from '../../assessments/workflow';
import { ORGANISATION_KINDS, OrganisationKind } from '../../geography/organisation.entity';
import type { OrganisationFigures, OrganisationRow } from '../county-picture.model';

export class OrganisationSourceBody {
  @ApiProperty() assessmentId!: string;
  @ApiProperty() submission!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class OrganisationRiskBody {
  @ApiProperty() id!: string;
  @Nullable(String) area!: string | null;
  @ApiProperty() title!: string;
  @Nullable(String) level!: string | null;
  @Nullable(String) trend!: string | null;
}

export class OrganisationRowBody implements OrganisationRow {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @OneOf(ORGANISATION_KINDS) kind!: OrganisationKind;
  @ApiProperty() countyCode!: string;
  @OneOf(ASSESSMENT_STATUSES) status!: AssessmentStatus;
  @ApiProperty() late!: boolean;
  @ApiProperty({ description: "Whether its latest submission counts under the picture's include" })
  counted!: boolean;
  @Nested(() => OrganisationSourceBody, {
    nullable: true,
    description: 'The submission its answers are read from',
  })
  source!: OrganisationSourceBody | null;
  @ApiProperty() summary!: string;
  @ListOf(OrganisationRiskBody) risks!: OrganisationRiskBody[];
}

export class OrganisationKindFiguresBody {
  @OneOf(ORGANISATION_KINDS) kind!: OrganisationKind;
  @ApiProperty() expected!: number;
  @ApiProperty() counted!: number;
}

export class OrganisationFiguresBody implements OrganisationFigures {
  @ApiProperty({ description: 'Organisations asked (or that answered though no longer asked)' })
  expected!: number;
  @ApiProperty() submitted!: number;
  @ApiProperty() approved!: number;
  @ApiProperty() late!: number;
  @ApiProperty() counted!: number;
  @ListOf(OrganisationKindFiguresBody) byKind!: OrganisationKindFiguresBody[];
  @ListOf(OrganisationRowBody) rows!: OrganisationRowBody[];
}
