import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { GeographyModule } from '../geography/geography.module';
import { RoundsModule } from '../rounds/rounds.module';
import { RiskRegisterController } from './risk-register.controller';
import { RiskRegisterService } from './risk-register.service';

@Module({
  imports: [RoundsModule, GeographyModule, AssessmentsModule],
  controllers: [RiskRegisterController],
  providers: [RiskRegisterService],
  exports: [RiskRegisterService],
})
export class RiskRegisterModule {}
