import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import {
  BooleanField,
  CodeField,
  DateField,
  NestedField,
  NestedListField,
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
}

export class CreateRoundDto {
  @Matches(/^\d{2}$/, { message: 'måste vara en länskod med två siffror' })
  @ApiProperty({ example: '07' })
  countyCode!: string;

  @TextField(200, { required: true })
  title!: string;

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
  @IsArray({ message: 'måste vara en lista med antal dagar' })
  @ArrayMaxSize(10, { message: 'högst 10 påminnelser' })
  @ArrayUnique({ message: 'samma dag får inte finnas två gånger' })
  @IsInt({ each: true, message: 'måste vara hela dagar' })
  @Min(-60, { each: true, message: 'högst 60 dagar efter sista dag' })
  @Max(120, { each: true, message: 'högst 120 dagar före sista dag' })
  @ApiProperty({ required: false, type: [Number], example: [7, 2, -1] })
  reminderPlan?: number[];

  @NestedField(() => TaxonomyOverrideDto)
  taxonomy?: TaxonomyOverrideDto;
}
