import { OrganisationFiguresBody } from './organisation-figures.response';
import { ApiProperty } from '@nestjs/swagger';
import { ListOf, Nested, Nullable, OneOf, TextMap } from '../../common/api-docs';
import {
  MeasureTakenDto,
  ObservedRiskDto,
  PlannedMeasureDto,
  RiskAheadDto,
} from '../../assessments/dto/assessment-document.dto';
import { ASSESSMENT_STATUSES, AssessmentStatus } from '../../assessments/workflow';
import { TaxonomyBody } from '../../rounds/dto/round.response';
import { INCLUDES, Include } from '../county-picture.model';
import { TrendsBody } from '../../trends/dto/trends.response';
import { ForumResultBody } from '../../forums/dto/forum.response';
import { CountyMatrixBody, EscalationBody } from './rsa-figures.response';

const From = () => ListOf(String, { description: 'The municipalities (codes) behind the figure' });

export class TallyBody {
  @ApiProperty() code!: string;
  @ApiProperty() count!: number;
  @From() from!: string[];
}

export class ReportContactBody {
  @Nullable(String) name!: string | null;
  @Nullable(String) email!: string | null;
  @Nullable(String) phone!: string | null;
}

export class PictureRoundBody {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() countyCode!: string;
  @ApiProperty() countyName!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty() status!: string;
  @Nullable(String, { description: 'The case number (diarienummer) of the report' }) caseNumber!:
    string | null;
  @Nested(() => ReportContactBody) contact!: ReportContactBody;
}

export class PreviousRoundBody {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
}

export class MunicipalityRowBody {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @Nullable(String) groupCode!: string | null;
  @Nullable(String) groupName!: string | null;
  @Nullable(String) mainGroup!: string | null;
  @Nullable(String) mainGroupName!: string | null;
  @Nullable(Number) population!: number | null;
}

export class SourceRefBody {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() assessmentId!: string;
  @ApiProperty() submission!: number;
  @ApiProperty() version!: number;
  @OneOf(ASSESSMENT_STATUSES) status!: AssessmentStatus;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class ResponseGroupBody {
  @ApiProperty() group!: string;
  @ApiProperty() name!: string;
  @ApiProperty() expected!: number;
  @ApiProperty() submitted!: number;
  @ApiProperty() approved!: number;
  @ApiProperty() late!: number;
  @ListOf(String) missing!: string[];
}

export class ResponseStatusBody {
  @ApiProperty() municipalityCode!: string;
  @OneOf(ASSESSMENT_STATUSES) status!: AssessmentStatus;
  @ApiProperty() late!: boolean;
  @Nullable(String, { format: 'date-time' }) submittedAt!: string | null;
}

export class ResponseBody {
  @ApiProperty() expected!: number;
  @ApiProperty() submitted!: number;
  @ApiProperty() approved!: number;
  @ApiProperty() late!: number;
  @ListOf(String) missing!: string[];
  @ListOf(String) returned!: string[];
  @ListOf(String) lateMunicipalities!: string[];
  @ApiProperty({ description: 'Assessments the figures are made of' }) counted!: number;
  @ListOf(ResponseGroupBody) byMainGroup!: ResponseGroupBody[];
  @ListOf(ResponseGroupBody) byGroup!: ResponseGroupBody[];
  @ListOf(ResponseStatusBody) statuses!: ResponseStatusBody[];
}

export class GroupShareBody {
  @ApiProperty() group!: string;
  @ApiProperty() expected!: number;
  @ApiProperty() counted!: number;
  @ApiProperty() reporting!: number;
  @Nullable(Number, { description: 'reporting of counted; null when none is counted' }) share!: number | null;
  @From() from!: string[];
}

export class RiskDescriptionBody {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() riskId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @Nullable(String) level!: string | null;
  @Nullable(String) trend!: string | null;
  @Nullable(String) extent!: string | null;
  @ApiProperty() location!: string;
}

export class PreviousAreaBody {
  @ApiProperty() municipalityCount!: number;
  @ApiProperty({ description: 'Assessments counted in the previous round: the base of its share' })
  counted!: number;
  @Nullable(Number) share!: number | null;
  @ListOf(TallyBody) levels!: TallyBody[];
  @From() from!: string[];
}

export class ChangePanelBody {
  @ApiProperty({ description: 'Municipalities counted in both rounds' }) municipalities!: number;
  @ApiProperty({ description: 'Of them, how many report the area now' }) reportingNow!: number;
  @ApiProperty({ description: 'Of them, how many reported it in the previous round' })
  reportingBefore!: number;
}

export class ChangeBody {
  @ApiProperty({
    description:
      'Municipalities reporting now less those reporting before; the bases may differ, so read it with the share',
  })
  municipalityCount!: number;
  @Nullable(Number, {
    description: 'The share now less the share before, in percentage points (two decimals)',
  })
  shareDelta!: number | null;
  @Nested(() => ChangePanelBody) panel!: ChangePanelBody;
}

export class RiskAreaBody {
  @ApiProperty() area!: string;
  @ApiProperty() municipalityCount!: number;
  @Nullable(Number) share!: number | null;
  @From() from!: string[];
  @ListOf(TallyBody) levels!: TallyBody[];
  @ListOf(TallyBody) trends!: TallyBody[];
  @ListOf(TallyBody) extents!: TallyBody[];
  @ListOf(TallyBody) affectedGroups!: TallyBody[];
  @ListOf(GroupShareBody) byMainGroup!: GroupShareBody[];
  @Nested(() => PreviousAreaBody, { nullable: true }) previous!: PreviousAreaBody | null;
  @Nested(() => ChangeBody, {
    nullable: true,
    description: 'Against the previous round: the change of share and the like-for-like panel',
  })
  change!: ChangeBody | null;
  @ListOf(RiskDescriptionBody) descriptions!: RiskDescriptionBody[];
}

export class HeatmapCellBody {
  @ApiProperty() area!: string;
  @Nullable(String) level!: string | null;
  @Nullable(String) trend!: string | null;
  @ApiProperty() risks!: number;
}

export class HeatmapRowBody {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() name!: string;
  @Nullable(String) mainGroup!: string | null;
  @ApiProperty() counted!: boolean;
  @ListOf(HeatmapCellBody) cells!: HeatmapCellBody[];
}

export class HeatmapBody {
  @ListOf(String) areas!: string[];
  @ListOf(HeatmapRowBody) rows!: HeatmapRowBody[];
}

export class MeasureItemBody {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() description!: string;
  @ListOf(String) actors!: string[];
  @ListOf(String) perspectives!: string[];
  @Nullable(String) effect!: string | null;
}

export class MeasureFiguresBody {
  @Nullable(String, { description: 'null: measures linked to no observed risk' }) area!: string | null;
  @ApiProperty() count!: number;
  @From() from!: string[];
  @ListOf(TallyBody) actors!: TallyBody[];
  @ListOf(TallyBody) perspectives!: TallyBody[];
  @ListOf(TallyBody) effects!: TallyBody[];
  @ListOf(MeasureItemBody) items!: MeasureItemBody[];
}

export class PlannedItemBody {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() description!: string;
  @ApiProperty() responsible!: string;
  @ApiProperty() period!: string;
}

export class PlannedFiguresBody {
  @Nullable(String) area!: string | null;
  @ApiProperty() count!: number;
  @From() from!: string[];
  @ListOf(PlannedItemBody) items!: PlannedItemBody[];
}

export class FollowUpItemBody {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() plannedMeasureId!: string;
  @ApiProperty() description!: string;
  @Nullable(String) status!: string | null;
  @ApiProperty() comment!: string;
}

export class FollowUpsBody {
  @ListOf(TallyBody) statuses!: TallyBody[];
  @ListOf(FollowUpItemBody) items!: FollowUpItemBody[];
}

export class RiskAheadItemBody {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() description!: string;
  @Nullable(String) likelihood!: string | null;
}

export class RiskAheadFiguresBody {
  @ApiProperty() area!: string;
  @ApiProperty() count!: number;
  @From() from!: string[];
  @ListOf(TallyBody) likelihoods!: TallyBody[];
  @ListOf(RiskAheadItemBody) items!: RiskAheadItemBody[];
}

export class MunicipalityTextBody {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() text!: string;
}

export class AppendixBody {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() changesSinceLastRound!: string;
  @ApiProperty() contactName!: string;
  @ApiProperty() noRisksObserved!: boolean;
}

/** An item of a counted assessment, with the municipality it is from. */
export class ObservedRiskItemBody extends ObservedRiskDto {
  @ApiProperty() municipalityCode!: string;
}
export class MeasureTakenItemBody extends MeasureTakenDto {
  @ApiProperty() municipalityCode!: string;
}
export class PlannedMeasureItemBody extends PlannedMeasureDto {
  @ApiProperty() municipalityCode!: string;
}
export class RiskAheadEntryBody extends RiskAheadDto {
  @ApiProperty() municipalityCode!: string;
}

export class PictureItemsBody {
  @ListOf(ObservedRiskItemBody) observedRisks!: ObservedRiskItemBody[];
  @ListOf(MeasureTakenItemBody) measuresTaken!: MeasureTakenItemBody[];
  @ListOf(PlannedMeasureItemBody) plannedMeasures!: PlannedMeasureItemBody[];
  @ListOf(RiskAheadEntryBody) risksAhead!: RiskAheadEntryBody[];
}

/** The county picture: every figure of the dashboard, the PDF and the workbook, with the municipalities behind it. */
export class LargestChangeBody {
  @ApiProperty() area!: string;
  @Nullable(Number) share!: number | null;
  @Nullable(Number) previousShare!: number | null;
  @ApiProperty({ description: 'In percentage points' }) shareDelta!: number;
}

export class NewRiskBody {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() riskId!: string;
  @Nullable(String) area!: string | null;
  @ApiProperty() title!: string;
  @Nullable(String) level!: string | null;
}

export class AreaShareBody {
  @ApiProperty() area!: string;
  @ApiProperty() municipalityCount!: number;
  @Nullable(Number) share!: number | null;
}

export class HighLevelBody extends AreaShareBody {
  @ListOf(String, { description: 'The top two levels of the scale' }) levels!: string[];
}

export class HighlightsBody {
  @ListOf(AreaShareBody, { description: 'Largest share first, at most three' })
  mostReported!: AreaShareBody[];
  @ListOf(HighLevelBody, {
    description: 'Areas with municipalities at the top two levels, largest share first',
  })
  highLevels!: HighLevelBody[];
  @ListOf(LargestChangeBody, { description: 'Largest change of share first, at most five' })
  largestChanges!: LargestChangeBody[];
  @ListOf(NewRiskBody, { description: 'Counted risks whose trend is new' }) newRisks!: NewRiskBody[];
}

export class CountyPictureBody {
  @Nested(() => PictureRoundBody) round!: PictureRoundBody;
  @OneOf(INCLUDES) include!: Include;
  @Nested(() => PreviousRoundBody, { nullable: true }) previousRound!: PreviousRoundBody | null;
  @Nested(() => TaxonomyBody) taxonomy!: TaxonomyBody;
  @ListOf(MunicipalityRowBody) municipalities!: MunicipalityRowBody[];
  @ListOf(SourceRefBody, { description: 'The submission of each assessment counted' })
  sources!: SourceRefBody[];
  @Nested(() => ResponseBody) response!: ResponseBody;
  @ListOf(RiskAreaBody) riskAreas!: RiskAreaBody[];
  @Nested(() => HeatmapBody) heatmap!: HeatmapBody;
  @ListOf(MeasureFiguresBody) measures!: MeasureFiguresBody[];
  @ListOf(PlannedFiguresBody) plannedMeasures!: PlannedFiguresBody[];
  @Nested(() => FollowUpsBody) followUps!: FollowUpsBody;
  @ListOf(RiskAheadFiguresBody) risksAhead!: RiskAheadFiguresBody[];
  @ListOf(MunicipalityTextBody) forumThemes!: MunicipalityTextBody[];
  @ListOf(MunicipalityTextBody) supportWanted!: MunicipalityTextBody[];
  @ListOf(AppendixBody) appendix!: AppendixBody[];
  @Nested(() => PictureItemsBody) items!: PictureItemsBody;
  @TextMap("The county's own texts, by section") narratives!: Record<string, string>;
  @Nested(() => HighlightsBody) highlights!: HighlightsBody;
  @Nested(() => TrendsBody, {
    nullable: true,
    description: "Each risk area over the county's rounds up to this one; null for a national picture",
  })
  trends!: TrendsBody | null;
  @ListOf(ForumResultBody, { description: 'The dialogue forums of the round, each item traced to its forum' })
  forums!: ForumResultBody[];
  @Nested(() => CountyMatrixBody) riskMatrix!: CountyMatrixBody;
  @Nested(() => EscalationBody) escalation!: EscalationBody;
  @Nested(() => OrganisationFiguresBody, {
    description: 'The organisations the round asked besides the municipalities, never counted with them',
  })
  organisations!: OrganisationFiguresBody;
}

export class CountyPictureWithHashBody extends CountyPictureBody {
  @ApiProperty({ description: 'sha256 of the picture: the same data gives the same hash' })
  snapshotHash!: string;
}
