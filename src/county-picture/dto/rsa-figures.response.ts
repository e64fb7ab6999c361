import { ApiProperty } from '@nestjs/swagger';
import { ListOf, Nullable } from '../../common/api-docs';
import type { EscalationFigures, MatrixCellFigures, RiskMatrixFigures } from '../county-picture.model';

export class CountyMatrixRiskBody {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() riskId!: string;
}

export class CountyMatrixCellBody implements MatrixCellFigures {
  @ApiProperty({ minimum: 1, maximum: 5 }) likelihood!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) consequence!: number;
  @ApiProperty({ description: 'Counted risks in the cell' }) count!: number;
  @ListOf(String, { description: 'The municipalities whose risks they are' }) from!: string[];
  @ListOf(CountyMatrixRiskBody) risks!: CountyMatrixRiskBody[];
}

export class AreaMatrixBody {
  @ApiProperty() area!: string;
  @ApiProperty() scored!: number;
  @ListOf(CountyMatrixCellBody) cells!: CountyMatrixCellBody[];
}

export class CountyMatrixBody implements RiskMatrixFigures {
  @ApiProperty({ description: 'Whether the round asked for RSA scoring' }) scoring!: boolean;
  @ApiProperty() scored!: number;
  @ApiProperty({ description: 'Counted risks without a likelihood or a consequence' }) unscored!: number;
  @ListOf(CountyMatrixCellBody, { description: 'All 25 cells, lowest likelihood and consequence first' })
  cells!: CountyMatrixCellBody[];
  @ListOf(AreaMatrixBody, { description: 'Each risk area with scored risks' }) byArea!: AreaMatrixBody[];
}

export class StageTallyBody {
  @ApiProperty() code!: string;
  @ApiProperty() count!: number;
  @ListOf(String) from!: string[];
  @Nullable(Number, { description: 'Of the counted municipalities' }) share!: number | null;
}

export class EscalationRiskBody {
  @ApiProperty() riskId!: string;
  @ApiProperty() title!: string;
  @Nullable(String) stage!: string | null;
}

export class MunicipalityEscalationBody {
  @ApiProperty() municipalityCode!: string;
  @Nullable(String, { description: 'Its highest stage' }) highest!: string | null;
  @ListOf(EscalationRiskBody) risks!: EscalationRiskBody[];
}

export class EscalationBody implements EscalationFigures {
  @ListOf(String, { description: 'The risk areas the round asked the escalation stage for' })
  areas!: string[];
  @ListOf(StageTallyBody, { description: 'Municipalities by their highest stage' }) stages!: StageTallyBody[];
  @ApiProperty() counted!: number;
  @ListOf(MunicipalityEscalationBody) byMunicipality!: MunicipalityEscalationBody[];
}
