import { ApiProperty } from '@nestjs/swagger';
import { Nested } from '../../common/api-docs';
import type { MunicipalityView } from '../geography.service';

export class CountyBody {
  @ApiProperty({ example: '07' }) code!: string;
  @ApiProperty({ example: 'Kronobergs län' }) name!: string;
}

/** The municipality's group in SKR's classification. */
export class MunicipalityGroupBody {
  @ApiProperty({ example: 'B5' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'B' }) mainGroup!: string;
  @ApiProperty() mainGroupName!: string;
  @ApiProperty() classificationYear!: number;
}

export class PopulationBody {
  @ApiProperty() value!: number;
  @ApiProperty() year!: number;
}

export class MunicipalityBody implements MunicipalityView {
  @ApiProperty({ example: '0780' }) code!: string;
  @ApiProperty({ example: 'Växjö' }) name!: string;
  @ApiProperty({ example: '07' }) countyCode!: string;
  @Nested(() => MunicipalityGroupBody, { nullable: true }) group!: MunicipalityGroupBody | null;
  @Nested(() => PopulationBody, { nullable: true }) population!: PopulationBody | null;
}
