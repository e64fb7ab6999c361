import { RoundsModule } from '../rounds/rounds.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments/assessments.module';
import { GeographyModule } from '../geography/geography.module';
import { ArchiveExport } from './archive-export.entity';
import { ArchiveController } from './archive.controller';
import { ArchiveService } from './archive.service';

@Module({
  imports: [TypeOrmModule.forFeature([ArchiveExport]), GeographyModule, RoundsModule, AssessmentsModule],
  controllers: [ArchiveController],
  providers: [ArchiveService],
  exports: [ArchiveService],
})
export class ArchiveModule {}
