import { ApiProperty } from '@nestjs/swagger';
import { ListOf, Nested, Nullable, OneOf } from '../../common/api-docs';
import { INCLUDES, Include } from '../../assessments/counted';

const COUNTS = { type: 'object', additionalProperties: { type: 'number' } } as const;

export class TrendRoundBody {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ description: 'Assessments counted in the round' }) answered!: number;
  @ApiProperty({ description: 'Municipalities expected to answer' }) expected!: number;
}

export class TrendPointBody {
  @ApiProperty() roundId!: string;
  @ApiProperty({ description: 'Municipalities reporting the area' }) municipalityCount!: number;
  @Nullable(Number, { description: 'municipalityCount / answered, four decimals' }) share!: number | null;
  @ApiProperty({ ...COUNTS, description: 'Municipalities by the level of their highest risk in the area' })
  levels!: Record<string, number>;
  @ApiProperty({ ...COUNTS, description: 'Municipalities by the trend of that risk' })
  trends!: Record<string, number>;
}

export class AreaTrendBody {
  @ApiProperty() area!: string;
  @ListOf(TrendPointBody, { description: 'One per round whose taxonomy has the area, oldest first' })
  points!: TrendPointBody[];
}

export class TrendsBody {
  @OneOf(INCLUDES) include!: Include;
  @ListOf(TrendRoundBody, { description: 'Oldest first' }) rounds!: TrendRoundBody[];
  @ListOf(AreaTrendBody) riskAreas!: AreaTrendBody[];
}

export class TrendCountyBody {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class CountyTrendsBody extends TrendsBody {
  @Nested(() => TrendCountyBody) county!: TrendCountyBody;
}

export class TrendMunicipalityBody {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() countyCode!: string;
}

export class MunicipalityTrendsBody extends TrendsBody {
  @Nested(() => TrendMunicipalityBody) municipality!: TrendMunicipalityBody;
}
