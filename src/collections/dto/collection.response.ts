import { ApiProperty, PickType } from '@nestjs/swagger';
import { ListOf, Nested } from '../../common/api-docs';
import {
  CountyPictureBody,
  PictureRoundBody,
  ResponseBody,
  RiskAreaBody,
} from '../../county-picture/dto/county-picture.response';
import { StoredReportBody } from '../../reports/dto/report.response';
import { CountyTrendsBody } from '../../trends/dto/trends.response';
import type { CollectionReportView, CollectionView } from '../collection.view';

export class CollectionRoundBody {
  @ApiProperty() roundId!: string;
  @ApiProperty() countyCode!: string;
  @ApiProperty() countyName!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
}

export class CollectionBody implements CollectionView {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ListOf(CollectionRoundBody, { description: 'In county code order' }) rounds!: CollectionRoundBody[];
}

export class CollectionReportBody extends StoredReportBody implements CollectionReportView {
  @ApiProperty() collectionId!: string;
}

export class CollectionInfoBody {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CountyResponseBody extends PickType(ResponseBody, [
  'expected',
  'submitted',
  'approved',
  'late',
  'counted',
] as const) {}

/** One county of the national picture, exactly as its own county picture has it. */
export class CountyEntryBody {
  @ApiProperty() countyCode!: string;
  @ApiProperty() countyName!: string;
  @Nested(() => PictureRoundBody) round!: PictureRoundBody;
  @ApiProperty() snapshotHash!: string;
  @Nested(() => CountyResponseBody) response!: CountyResponseBody;
  @ListOf(RiskAreaBody) riskAreas!: RiskAreaBody[];
}

export class NationalPictureBody extends CountyPictureBody {
  @Nested(() => CollectionInfoBody) collection!: CollectionInfoBody;
  @ListOf(CountyEntryBody) counties!: CountyEntryBody[];
  @ApiProperty() snapshotHash!: string;
}

export class TrendCollectionBody {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
}

export class CollectionTrendsBody {
  @Nested(() => TrendCollectionBody) collection!: TrendCollectionBody;
  @ListOf(CountyTrendsBody, { description: "Each county's trends up to its round in the collection" })
  counties!: CountyTrendsBody[];
}
