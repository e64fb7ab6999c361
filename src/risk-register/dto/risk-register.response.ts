import { ApiProperty } from '@nestjs/swagger';
import { ListOf, Nested, Nullable } from '../../common/api-docs';
import { TaxonomyBody } from '../../rounds/dto/round.response';
import type {
  MatrixCell,
  RegisterEntry,
  RegisterPlan,
  RegisterRisk,
  RegisterRound,
  RiskMatrix,
  RiskRegister,
} from '../risk-register.model';

export class RegisterRoundBody implements RegisterRound {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ description: 'Whether the round asked for RSA scoring' }) scoring!: boolean;
  @ApiProperty({ description: 'The submission the register reads: the latest of the round' })
  submission!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class FollowUpBody {
  @ApiProperty({ description: 'The round whose assessment followed the plan up' }) roundId!: string;
  @Nullable(String) status!: string | null;
  @ApiProperty() comment!: string;
}

export class RegisterPlanBody implements RegisterPlan {
  @ApiProperty() id!: string;
  @ApiProperty() description!: string;
  @ApiProperty() responsible!: string;
  @ApiProperty() period!: string;
  @Nested(() => FollowUpBody, {
    nullable: true,
    description: 'Null until a later round has followed the plan up',
  })
  followUp!: FollowUpBody | null;
}

export class RegisterMeasureBody {
  @ApiProperty() id!: string;
  @ApiProperty() description!: string;
  @Nullable(String) effect!: string | null;
}

export class RegisterEntryBody implements RegisterEntry {
  @ApiProperty() roundId!: string;
  @Nullable(String) area!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @Nullable(String) level!: string | null;
  @Nullable(String) trend!: string | null;
  @Nullable(String) extent!: string | null;
  @Nullable(String) likelihood!: string | null;
  @Nullable(String) consequence!: string | null;
  @Nullable(Number, { description: 'The likelihood on its five-level scale, 1 to 5' }) likelihoodRank!:
    number | null;
  @Nullable(Number, { description: 'The consequence on its five-level scale, 1 to 5' }) consequenceRank!:
    number | null;
  @ListOf(String) protectedValues!: string[];
  @Nullable(String) escalationStage!: string | null;
  @ListOf(RegisterMeasureBody) measures!: RegisterMeasureBody[];
  @ListOf(RegisterPlanBody) plans!: RegisterPlanBody[];
}

export class RegisterRiskBody implements RegisterRisk {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Its number in the register; the matrix names risks by it' }) number!: number;
  @ApiProperty() title!: string;
  @Nullable(String) area!: string | null;
  @ApiProperty({ description: "Whether the municipality's latest assessment still has the risk" })
  current!: boolean;
  @ListOf(RegisterEntryBody, { description: 'Oldest round first' }) entries!: RegisterEntryBody[];
}

export class MatrixCellBody implements MatrixCell {
  @ApiProperty({ minimum: 1, maximum: 5 }) likelihood!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) consequence!: number;
  @ListOf(String) riskIds!: string[];
}

export class RiskMatrixBody implements RiskMatrix {
  @ListOf(MatrixCellBody, { description: 'All 25 cells, lowest likelihood and consequence first' })
  cells!: MatrixCellBody[];
  @ListOf(String, { description: 'Current risks that no round scored' }) unscored!: string[];
}

export class CodeNameBody {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class RiskRegisterBody implements RiskRegister {
  @Nested(() => CodeNameBody) municipality!: CodeNameBody;
  @Nested(() => CodeNameBody) county!: CodeNameBody;
  @ListOf(RegisterRoundBody) rounds!: RegisterRoundBody[];
  @ListOf(RegisterRiskBody) risks!: RegisterRiskBody[];
  @Nested(() => RiskMatrixBody) matrix!: RiskMatrixBody;
  @Nested(() => TaxonomyBody) taxonomy!: TaxonomyBody;
}
