import { IntersectionType, PickType } from '@nestjs/swagger';
import type { Type } from '@nestjs/common';
import { BooleanField, IntField } from '../../common/dto-fields';
import type { SectionKey } from '../sections';
import { AssessmentDocumentDto } from './assessment-document.dto';

/** What every section save carries besides the section's fields. */
export class SectionGuardDto {
  @IntField(0, 1_000_000, {
    required: true,
    description: "The section's version that was read (0 before its first save)",
  })
  version!: number;

  @BooleanField({
    description: 'Whether the author calls the section complete; kept as it was when left out',
  })
  completed?: boolean;
}

export class ContactSectionDto extends IntersectionType(
  SectionGuardDto,
  PickType(AssessmentDocumentDto, ['contact', 'summary', 'changesSinceLastRound'] as const),
) {}

export class ObservedRisksSectionDto extends IntersectionType(
  SectionGuardDto,
  PickType(AssessmentDocumentDto, ['noRisksObserved', 'observedRisks'] as const),
) {}

export class MeasuresTakenSectionDto extends IntersectionType(
  SectionGuardDto,
  PickType(AssessmentDocumentDto, ['measuresTaken'] as const),
) {}

export class PlannedMeasuresSectionDto extends IntersectionType(
  SectionGuardDto,
  PickType(AssessmentDocumentDto, ['plannedMeasures'] as const),
) {}

export class FollowUpsSectionDto extends IntersectionType(
  SectionGuardDto,
  PickType(AssessmentDocumentDto, ['followUps'] as const),
) {}

export class RisksAheadSectionDto extends IntersectionType(
  SectionGuardDto,
  PickType(AssessmentDocumentDto, ['risksAhead'] as const),
) {}

export class SupportSectionDto extends IntersectionType(
  SectionGuardDto,
  PickType(AssessmentDocumentDto, ['supportWanted', 'forumThemes'] as const),
) {}

export type SectionDto = SectionGuardDto & Partial<Omit<AssessmentDocumentDto, 'version' | 'status'>>;

/** The body each section's save takes. */
export const SECTION_DTOS: Record<SectionKey, Type<SectionDto>> = {
  contact: ContactSectionDto,
  observedRisks: ObservedRisksSectionDto,
  measuresTaken: MeasuresTakenSectionDto,
  plannedMeasures: PlannedMeasuresSectionDto,
  followUps: FollowUpsSectionDto,
  risksAhead: RisksAheadSectionDto,
  support: SupportSectionDto,
};
