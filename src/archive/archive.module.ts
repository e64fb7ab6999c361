import { RoundsModule } from '../rounds/rounds.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeographyModule } from '../geography/geography.module';
import { ArchiveExport } from './archive-export.entity';
import { ArchiveController } from './archive.controller';
import { ArchiveService } from './archive.service';
import { ArchiveWriter } from './archive-writer';

@Module({
  imports: [TypeOrmModule.forFeature([ArchiveExport]), GeographyModule, RoundsModule],
  controllers: [ArchiveController],
  providers: [ArchiveService, ArchiveWriter],
  exports: [ArchiveService],
})
export class ArchiveModule {}
